import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Onderwerpsoort, OordeelAantalDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { visitatiesClient } from './visitatie-client';

const SOORTEN: readonly Onderwerpsoort[] = ['wijkprogramma', 'professioneleInzet', 'initiatief'];

/**
 * What the adopted reports teach (R6.2, G-1): per perspective how the marks spread over the four-point scale, drawn as
 * bars whose labels and counts are text (the chart is its own text alternative), and the themes the narratives share.
 * No wijk or organisation by name and no order of who did best: the API does not even send them.
 */
@Component({
  selector: 'app-leeroverzicht',
  imports: [RouterLink, GemeenteKiezer, Keuzeveld, Laadblok],
  template: `
    <h1 class="utrecht-heading-1">{{ T.leerTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.leerUitleg }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/visitaties" [queryParams]="slug() ? { gemeente: slug() } : {}">{{ T.naarRapporten }}</a></p>
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeenteLeren" [knop]="T.lezen" />
    } @else {
      <div class="filter">
        <app-keuzeveld veldId="leeroverzicht-soort" [label]="T.leerSoort" [leeg]="T.alleSoorten" [keuzes]="soorten"
          [waarde]="soort()" (waardeChange)="soort.set($any($event))" />
      </div>
      <app-laadblok [bron]="overzicht" [ladenTekst]="T.leerLaden" />
      @if (overzicht.waarde(); as o) {
        @if (o.rapporten === 0) {
          <p class="utrecht-paragraph">{{ T.leerLeeg }}</p>
        } @else {
          <p class="utrecht-paragraph">{{ T.leerOmvang(o.rapporten, o.wijken) }}</p>
          <p class="utrecht-paragraph klein">{{ T.leerJaren }} {{ jaren(o.jaren) }}</p>
          @for (p of o.perspectieven; track p.naam) {
            <section class="perspectief" [attr.aria-labelledby]="'leer-' + $index">
              <h2 class="utrecht-heading-2" [id]="'leer-' + $index">{{ p.naam }}</h2>
              <figure class="grafiek">
                <figcaption class="utrecht-paragraph klein">{{ T.verdelingKop(totaal(p.verdeling)) }}</figcaption>
                <dl class="balken">
                  @for (v of p.verdeling; track v.oordeel) {
                    <div class="balk-rij">
                      <dt>{{ T.oordeelNaam[v.oordeel] }}</dt>
                      <dd>
                        <span class="balk" aria-hidden="true" [style.inline-size.%]="aandeel(v, p.verdeling)"></span>
                        <span class="aantal">{{ T.keer(v.aantal) }}</span>
                      </dd>
                    </div>
                  }
                </dl>
              </figure>
              <h3 class="utrecht-heading-3">{{ T.themasKop }}</h3>
              @if (p.themas.length) {
                <ul class="themas">
                  @for (t of p.themas; track t.thema) {
                    <li>{{ t.thema }} <span class="klein">({{ T.inToelichtingen(t.teksten) }})</span></li>
                  }
                </ul>
              } @else {
                <p class="utrecht-paragraph klein">{{ T.geenThemas }}</p>
              }
            </section>
          }
        }
      }
    }
  `,
  styles: `
    .uitleg { max-inline-size: 70ch; }
    .filter { max-inline-size: 20rem; margin-block: 1rem; }
    .klein { font-size: 0.875em; }
    .perspectief { margin-block: 2rem; }
    .grafiek { margin: 0; }
    .balken { margin: 0; display: grid; gap: 0.5rem; max-inline-size: 40rem; }
    .balk-rij { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; align-items: center; gap: 0.75rem; }
    .balk-rij dt { font-weight: bold; }
    .balk-rij dd { margin: 0; display: flex; align-items: center; gap: 0.5rem; }
    .balk { display: inline-block; flex: none; block-size: 1.25rem; min-inline-size: 2px; max-inline-size: calc(100% - 5rem); background: var(--utrecht-color-blue-40, #1a5c99); }
    .aantal { white-space: nowrap; }
    .themas { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
    .themas li { border: 1px solid currentColor; border-radius: 1rem; padding-block: 0.125rem; padding-inline: 0.75rem; }
    @media (max-width: 30rem) { .balk-rij { grid-template-columns: 1fr; gap: 0.25rem; } }
  `,
})
export class Leeroverzicht {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = visitatiesClient();
  protected readonly soort = signal<Onderwerpsoort | ''>('');
  protected readonly soorten = SOORTEN.map((s) => ({ id: s, naam: T.soortNaam[s] }));
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly overzicht = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), s: this.soort() || null } : undefined),
    laad: ({ c, s }) => c.getLeeroverzicht(s, null, null),
  });

  protected totaal(verdeling: readonly OordeelAantalDto[]): number {
    return verdeling.reduce((som, v) => som + v.aantal, 0);
  }

  /** The bar's share of the perspective's marks, in percent. */
  protected aandeel(v: OordeelAantalDto, verdeling: readonly OordeelAantalDto[]): number {
    const totaal = this.totaal(verdeling);
    return totaal === 0 ? 0 : Math.round((v.aantal / totaal) * 100);
  }

  protected jaren(jaren: readonly { jaar: number; rapporten: number }[]): string {
    return jaren.map((j) => T.jaarAantal(j.jaar, j.rapporten)).join(', ');
  }
}
