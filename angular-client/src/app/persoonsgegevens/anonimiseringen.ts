import { Component, inject, signal } from '@angular/core';
import { AnonimiseringDto, PersoonsgegevensClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';
import { formatMoment } from './verzoek-invoer';

const PAGINAGROOTTE = 20;

/** The erasures carried out, newest first, with their pseudonym and reason (never who it was), paged. */
@Component({
  selector: 'app-anonimiseringen',
  imports: [Laadblok, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.anonimiseringenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.anonimiseringenIntro }}</p>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [kolommen]="kolommen" [rijen]="l.items" [label]="T.anonimiseringenTitel" [leegTekst]="T.anonimiseringenLeeg"
        [pagina]="l" [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-a>
          <th class="utrecht-table__header-cell" scope="row">{{ moment(a.uitgevoerdOp) }}</th>
          <td class="utrecht-table__cell">{{ a.pseudoniem }}</td>
          <td class="utrecht-table__cell reden">{{ a.reden }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ a.aantalGegevens }}</td>
          <td class="utrecht-table__cell">{{ a.accountGewist ? T.ja : T.nee }}</td>
          <td class="utrecht-table__cell">{{ a.uitgevoerdDoor }}</td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .reden {
      min-inline-size: 12rem;
      white-space: normal;
    }
  `,
})
export class Anonimiseringen {
  protected readonly T = T;
  private readonly client = inject(PersoonsgegevensClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listAnonimiseringen(p, PAGINAGROOTTE), houdVast: true });
  protected readonly kolommen: Kolom[] = [
    { kop: T.kolomOp },
    { kop: T.kolomPseudoniem },
    { kop: T.kolomReden },
    { kop: T.kolomAantal, numeriek: true },
    { kop: T.kolomAccount },
    { kop: T.kolomDoor },
  ];
  protected readonly sleutel = (a: AnonimiseringDto) => a.id;
  protected readonly moment = formatMoment;
}
