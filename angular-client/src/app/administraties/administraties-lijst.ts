import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdministratieDto, AdministratiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { ADMINISTRATIES_ROLLEN } from './administraties.routes';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** The administraties the reader may see (the backoffice its host's groups, a group its own), with how far the months are closed. */
@Component({
  selector: 'app-administraties-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    @if (magBeheren()) {
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/administraties/nieuw">{{ T.nieuwKnop }}</a>
      </p>
    }
    <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-a>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="['/administraties', a.id]">{{ a.groepNaam }}</a></th>
          <td class="utrecht-table__cell">{{ a.hostNaam }}</td>
          <td class="utrecht-table__cell">{{ datum(a.startdatum) }}</td>
          <td class="utrecht-table__cell">{{ a.afgeslotenTot ? datum(a.afgeslotenTot) : T.nogNiets }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ a.aantalJournaalposten }}</td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class AdministratiesLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(AdministratiesClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listAdministraties(p, 20, null) });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...ADMINISTRATIES_ROLLEN.beheren));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.groep }, { kop: T.host }, { kop: T.startdatum }, { kop: T.afgeslotenTot }, { kop: T.boekingen, numeriek: true },
  ];
  protected readonly sleutel = (a: AdministratieDto) => a.id;
  protected readonly datum = formatDatum;
}
