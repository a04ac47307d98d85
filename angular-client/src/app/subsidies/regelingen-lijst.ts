import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SubsidieregelingDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { regelingSoort, regelingenClient } from './subsidie-client';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { OPEN_DATA_TEKSTEN } from './open-data-teksten';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The subsidieregelingen of the gemeente, newest first; the public reads the published ones with `?gemeente=<slug>`. */
@Component({
  selector: 'app-regelingen-lijst',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstKop }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies/open-data" [queryParams]="gemeenteParam()">{{ OPEN_DATA.startLink }}</a></p>
      @if (magAanvragen()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies/mijn-aanvragen">{{ T.mijnLink }}</a></p>
      }
      @if (magBehandelen()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies/aanvragen">{{ T.wachtrijLink }}</a></p>
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--primary-action" routerLink="/subsidies/regelingen/nieuw">{{ T.nieuwLink }}</a></p>
      }
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-r>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="['regelingen', r.id]" [queryParams]="gemeenteParam()">{{ r.titel }}</a>
            </th>
            <td class="utrecht-table__cell">{{ T.tijdvak(datum(r.plafondVan), datum(r.plafondTot)) }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.regelingStatusNaam[r.status]" [soort]="soort(r.status)" /></td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.plafondEurocent) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.resterendEurocent) }}</td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
})
export class RegelingenLijst {
  protected readonly T = T;
  protected readonly OPEN_DATA = OPEN_DATA_TEKSTEN;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = regelingenClient();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly magBehandelen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly magAanvragen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...SUBSIDIES_ROLLEN.aanvragen));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), p: this.pagina() } : undefined),
    laad: ({ c, p }) => c.listSubsidieregelingen(p, 20),
  });
  protected readonly kolommen: Kolom[] = [
    { kop: T.regeling }, { kop: T.tijdvakKop }, { kop: T.status }, { kop: T.plafond, numeriek: true }, { kop: T.resterend, numeriek: true },
  ];
  protected readonly sleutel = (r: SubsidieregelingDto) => r.id;
  protected readonly soort = regelingSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

}
