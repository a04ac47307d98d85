import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { WijkbudgetSamenvattingDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { wijkbudgetClients, wijkbudgetSoort } from './wijkbudget-client';
import { WIJKBUDGETTEN_ROLLEN } from './wijkbudgetten.routes';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** The wijkbudgetten of the gemeente, newest period first; the public reads them with `?gemeente=<slug>` (what the raad granted). */
@Component({
  selector: 'app-wijkbudgetten-lijst',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijkbudgetten/methodiek" [queryParams]="gemeenteParam()">{{ T.methodiekLink }}</a></p>
      @if (magBesluiten()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijkbudgetten/begrotingen">{{ T.begrotingenLink }}</a></p>
      }
      @if (magOpstellen()) {
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--primary-action" routerLink="/wijkbudgetten/nieuw">{{ T.voorstellenLink }}</a></p>
      }
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-b>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="b.id" [queryParams]="gemeenteParam()">{{ b.wijkNaam }}</a>
            </th>
            <td class="utrecht-table__cell">{{ T.periodeTekst(b.startJaar, b.eindJaar) }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[b.status]" [soort]="soort(b.status)" /></td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(b.totaalEurocent) }}</td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
})
export class WijkbudgettenLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = wijkbudgetClients();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly magOpstellen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.opstellen));
  protected readonly magBesluiten = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.besluiten));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), p: this.pagina() } : undefined),
    laad: ({ c, p }) => c.budgetten.listWijkbudgetten(p, 20, null),
  });
  protected readonly kolommen: Kolom[] = [{ kop: T.wijk }, { kop: T.periode }, { kop: T.status }, { kop: T.totaal, numeriek: true }];
  protected readonly sleutel = (b: WijkbudgetSamenvattingDto) => b.id;
  protected readonly soort = wijkbudgetSoort;
  protected readonly euro = formatEuro;

}
