import { Component, computed, inject, input, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { EtalageClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { ETALAGE_ROLLEN } from './etalage.routes';
import { ETALAGE_TEKSTEN as T } from './teksten';
import { VerhaalBlok } from './verhaal-blok';

/** The public etalage of a gemeente: the published stories, newest first, each with photos, lessons and contact. */
@Component({
  selector: 'app-etalage-lijst',
  imports: [RouterLink, GemeenteKiezer, Laadblok, Paginering, VerhaalBlok],
  template: `
    <h1 class="utrecht-heading-1">{{ T.titel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.uitleg }}</p>
    @if (magNomineren() || magBeheren()) {
      <div class="utrecht-button-group acties">
        @if (magNomineren()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/etalage/nomineren">{{ T.nomineren }}</a>
        }
        @if (magBeheren()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/etalage/beheer">{{ T.beheren }}</a>
        }
      </div>
    }
    @if (gemeenteSlug(); as s) {
      <app-laadblok [bron]="verhalen" [ladenTekst]="T.laden" />
      @if (verhalen.waarde(); as l) {
        @for (v of l.items; track v.id) {
          <article class="verhaal" [attr.aria-labelledby]="'verhaal-' + v.id">
            <h2 class="utrecht-heading-2" [id]="'verhaal-' + v.id">{{ v.titel }}</h2>
            <app-verhaal-blok [verhaal]="v" [slug]="s" />
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
    .verhaal { border-block-start: 1px solid var(--utrecht-color-grey-80, #ccc); margin-block: 2rem; padding-block-start: 1rem; }
  `,
})
export class EtalageLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  protected readonly pagina = signal(1);
  /** Signed in: the gemeente of the session; else the one asked for in the address. */
  protected readonly gemeenteSlug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  protected readonly verhalen = laadbaar({
    params: () => (this.gemeenteSlug() ? { s: this.gemeenteSlug()!, p: this.pagina() } : undefined),
    // Always the public path: the etalage is what the public sees, also for the gemeente (its curation is under /beheer).
    laad: ({ s, p }) => new EtalageClient(this.http, publiekeBasis(s)).listEtalageverhalen(p, 10, 'gepubliceerd'),
  });
  protected readonly magNomineren = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...ETALAGE_ROLLEN.nominators));
  protected readonly magBeheren = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...ETALAGE_ROLLEN.gemeente));
}
