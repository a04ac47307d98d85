import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BuurtTopSamenvattingDto, BuurtTopsClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { formatDatum } from '../wijkbeelden/datum';
import { publiekeBuurtTops } from './buurttop-client';
import { BUURTTOPS_ROLLEN } from './buurttops.routes';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { statusSoort } from './weergave';

/** The BuurtTops per wijk, newest first; the public reads them with `?gemeente=<slug>`. */
@Component({
  selector: 'app-buurttops-lijst',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    @if (bron() === null) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-b>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="b.id" [queryParams]="gemeenteParam()">{{ b.wijkNaam }}: {{ b.titel }}</a>
            </th>
            <td class="utrecht-table__cell">{{ datum(b.datum) }}</td>
            <td class="utrecht-table__cell">{{ b.plek ?? T.nogOnbekend }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[b.status]" [soort]="soort(b.status)" /></td>
          </ng-template>
        </app-tabel>
      }
      @if (isTeam()) {
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="nieuw">{{ T.aankondigen }}</a></p>
      }
      @if (isGemeente()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="cyclus">{{ T.cyclusTitel }}</a></p>
      }
    }
  `,
})
export class BuurtTopsLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly eigen = inject(BuurtTopsClient);
  private readonly publiek = publiekeBuurtTops();
  protected readonly bron = computed<BuurtTopsClient | null>(() => {
    if (this.sessie.tenant()) return this.eigen;
    const slug = this.gemeente()?.trim();
    return slug ? this.publiek(slug) : null;
  });
  protected readonly gemeenteParam = computed(() => (this.sessie.tenant() ? {} : { gemeente: this.gemeente()?.trim() }));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => {
      const c = this.bron();
      return c ? { c, p: this.pagina() } : undefined;
    },
    laad: ({ c, p }) => c.listBuurtTops(p, 20, null),
  });
  protected readonly isTeam = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...BUURTTOPS_ROLLEN.team));
  protected readonly isGemeente = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...BUURTTOPS_ROLLEN.gemeente));
  protected readonly kolommen: Kolom[] = [{ kop: T.detailTitel }, { kop: T.datum }, { kop: T.plek }, { kop: T.status }];
  protected readonly sleutel = (b: BuurtTopSamenvattingDto) => b.id;
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;

}
