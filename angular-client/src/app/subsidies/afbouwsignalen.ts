import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AfbouwsignaalDto, AfbouwsignaalSoort, AfbouwsignalenClient } from '../api/api-client';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { BadgeSoort, StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** Badge variant of a signal: a refusal or a cut needs the raad's attention most, an ending subsidy a decision in time. */
export function afbouwSoort(soort: AfbouwsignaalSoort): BadgeSoort {
  return soort === 'aflopend' ? 'warning' : 'danger';
}

/**
 * Awb 4:51 and G-9 (no silent cuts): the organisations subsidised three years or more in a row whose subsidy ends within
 * a year, or that were refused or cut with a phase-out term, in the API's order (the date, soonest first), never by
 * amount. For the gemeente, the auditor, the raad and the griffie.
 */
@Component({
  selector: 'app-afbouwsignalen',
  imports: [RouterLink, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.afbouwKop }}</h1>
    <p class="utrecht-paragraph">{{ T.afbouwUitleg }}</p>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.afbouwLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.afbouwTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.afbouwLeeg" [pagina]="l" [eenheid]="T.eenheidAfbouw"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-s>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="['/organisaties', s.organisatieId]">{{ s.organisatie }}</a></th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ T.aantalJaren(s.aaneengeslotenJaren) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.afbouwSoortNaam[s.soort]" [soort]="soort(s.soort)" /></td>
          <td class="utrecht-table__cell">{{ s.kenmerk }}</td>
          <td class="utrecht-table__cell">{{ datum(s.looptTot) }}</td>
          <td class="utrecht-table__cell">{{ s.afbouwTot ? datum(s.afbouwTot) : T.geenAfbouwtermijn }}</td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class Afbouwsignalen {
  protected readonly T = T;
  private readonly client = inject(AfbouwsignalenClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listAfbouwsignalen(p, 20) });
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.organisatie }, { kop: T.jarenAchterElkaar, numeriek: true }, { kop: T.signaal }, { kop: T.kenmerk }, { kop: T.looptTot }, { kop: T.afbouwTotKop },
  ];
  protected readonly sleutel = (s: AfbouwsignaalDto) => `${s.soort}:${s.kenmerk}`;
  protected readonly soort = afbouwSoort;
  protected readonly datum = formatDatum;
}
