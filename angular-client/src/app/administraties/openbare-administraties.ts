import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdministratiesClient, OpenbareAdministratieSamenvattingDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** For everybody (`?gemeente=<slug>`): the groups whose books a host keeps, with what each has left, each linked to its public balance. */
@Component({
  selector: 'app-openbare-administraties',
  imports: [RouterLink, GemeenteKiezer, Laadblok, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.openbareLijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.openbareLijstUitleg }}</p>
    @if (!gemeenteSlug()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.openbareLijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.groepen"
          [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-a>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="['/administraties', a.id, 'openbaar']" [queryParams]="{ gemeente: gemeenteSlug() }">{{ a.groep }}</a>
            </th>
            <td class="utrecht-table__cell">{{ a.host }}</td>
            <td class="utrecht-table__cell">{{ datum(a.startdatum) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(a.overEurocent) }}</td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
})
export class OpenbareAdministraties {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  protected readonly gemeenteSlug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => {
      const slug = this.gemeenteSlug();
      return slug ? { c: new AdministratiesClient(this.http, publiekeBasis(slug)), p: this.pagina() } : undefined;
    },
    laad: ({ c, p }) => c.listOpenbareAdministraties(p, 20),
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.groep }, { kop: T.host }, { kop: T.startdatum }, { kop: T.over, numeriek: true }];
  protected readonly sleutel = (a: OpenbareAdministratieSamenvattingDto) => a.id;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
}
