import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BeleidskadersClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { BELEIDSKADER_ROLLEN } from './beleidskader.routes';
import { formatDatum } from './datum';
import { publiekeKaderClient } from './kader-client';
import { KaderWeergave } from './kader-weergave';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/**
 * The kader in force, readable by everybody: a member of the gemeente reads their own; without signing in the
 * gemeente comes from `?gemeente=<slug>` (asked for when missing). A 404 means the raad has not adopted one yet.
 */
@Component({
  selector: 'app-geldend-kader',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Gegevens, Gegeven, KaderWeergave],
  template: `
    @if (kader.waarde(); as k) {
      <div class="titelregel">
        <h1 class="utrecht-heading-1">{{ k.titel }}</h1>
        @if (magVersiesZien()) { <a class="utrecht-link" routerLink="versies">{{ T.naarVersies }}</a> }
      </div>
      @if (k.raadsbesluit; as b) {
        <dl app-gegevens>
          <div app-gegeven [term]="T.raadsbesluit">
            {{ T.raadsbesluitTekst(datum(b.datum), b.kenmerk) }}
            @if (b.documentUrl) { · <a class="utrecht-link" [href]="b.documentUrl" rel="noopener">{{ T.raadsbesluitLezen }}</a> }
          </div>
        </dl>
      }
      <app-kader-weergave [kader]="k" />
    } @else if (geenKader()) {
      <div class="titelregel">
        <h1 class="utrecht-heading-1">{{ T.geldendTitel }}</h1>
        @if (magVersiesZien()) { <a class="utrecht-link" routerLink="versies">{{ T.naarVersies }}</a> }
      </div>
      <div class="utrecht-alert utrecht-alert--info" role="status">
        <div class="utrecht-alert__content">
          <p class="utrecht-paragraph"><strong>{{ T.geenKader }}</strong></p>
          <p class="utrecht-paragraph">{{ T.geenKaderUitleg }}</p>
        </div>
      </div>
    } @else if (bron() === null) {
      <h1 class="utrecht-heading-1">{{ T.geldendTitel }}</h1>
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <h1 class="utrecht-heading-1">{{ T.geldendTitel }}</h1>
    }
    @if (!geenKader()) { <app-laadblok [bron]="kader" [ladenTekst]="T.laden" /> }
  `,
})
export class GeldendKader {
  protected readonly T = T;
  /** The gemeente's slug for a reader who is not signed in (query parameter). */
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly eigen = inject(BeleidskadersClient);
  private readonly publiek = publiekeKaderClient();
  /** The client to read with: the member's own gemeente, or the one in the address; null: ask which gemeente. */
  protected readonly bron = computed<BeleidskadersClient | null>(() => {
    if (this.sessie.tenant()) return this.eigen;
    const slug = this.gemeente()?.trim();
    return slug ? this.publiek(slug) : null;
  });
  protected readonly kader = laadbaar({ params: () => this.bron() ?? undefined, laad: (c) => c.getGeldendBeleidskader() });
  protected readonly geenKader = computed(() => this.kader.probleem()?.status === 404);
  protected readonly magVersiesZien = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...BELEIDSKADER_ROLLEN.versies));
  protected readonly datum = formatDatum;

}
