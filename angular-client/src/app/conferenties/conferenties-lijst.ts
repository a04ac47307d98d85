import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { ConferentieBlok } from './conferentie-blok';
import { conferentieClient } from './conferentie-client';
import { CONFERENTIES_ROLLEN } from './conferenties.routes';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

/** The gemeente's ervaringsconferenties, public: the latest day first, each with its programme and, afterwards, its lessons. */
@Component({
  selector: 'app-conferenties-lijst',
  imports: [RouterLink, ConferentieBlok, GemeenteKiezer, Laadblok, Paginering],
  template: `
    <h1 class="utrecht-heading-1">{{ T.titel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.uitleg }}</p>
    @if (magPlannen()) {
      <div class="utrecht-button-group acties">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/ervaringsconferenties/nieuw">{{ T.nieuw }}</a>
      </div>
    }
    @if (client()) {
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        @for (c of l.items; track c.id) {
          <article class="conferentie" [attr.aria-labelledby]="'conferentie-' + c.id">
            <h2 class="utrecht-heading-2" [id]="'conferentie-' + c.id">{{ c.titel }}</h2>
            <app-conferentie-blok [conferentie]="c" />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" [routerLink]="['/ervaringsconferenties', c.id]" [queryParams]="sessie.tenant() ? {} : { gemeente: gemeente() }">{{ T.bekijken(c.titel) }}</a>
            </p>
          </article>
        } @empty {
          <p class="utrecht-paragraph">{{ T.leeg }}</p>
        }
        <app-paginering [lijst]="l" [eenheid]="T.eenheid" (kies)="pagina.set($event)" />
      }
    } @else {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    }
  `,
  styles: `
    .uitleg { max-inline-size: 70ch; }
    .acties { margin-block: 1rem; }
    .conferentie { border-block-start: 1px solid var(--utrecht-color-grey-80, #ccc); margin-block: 2rem; padding-block-start: 1rem; }
  `,
})
export class ConferentiesLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = conferentieClient();
  protected readonly pagina = signal(1);
  protected readonly client = computed(() => this.clients(this.sessie.tenant() ? null : this.gemeente()));
  protected readonly lijst = laadbaar({
    params: () => (this.client() ? { c: this.client()!, p: this.pagina() } : undefined),
    laad: ({ c, p }) => c.listErvaringsconferenties(p, 10),
  });
  protected readonly magPlannen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...CONFERENTIES_ROLLEN.gemeente));
}
