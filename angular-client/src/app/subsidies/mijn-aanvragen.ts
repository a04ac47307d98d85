import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SubsidieaanvraagDto, SubsidieaanvragenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { aanvraagNamen } from './aanvraag-namen';
import { aanvraagSoort } from './subsidie-client';
import { Termijn } from './termijn-weergave';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The applications of the applicant's organisation, concepts included, with their status and beslistermijn. */
@Component({
  selector: 'app-mijn-aanvragen',
  imports: [RouterLink, Laadblok, Tabel, TabelRij, StatusBadge, Termijn],
  template: `
    <h1 class="utrecht-heading-1">{{ T.mijnKop }}</h1>
    <p class="utrecht-paragraph">{{ T.mijnUitleg }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies">{{ T.naarRegelingen }}</a></p>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.aanvragenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.mijnTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.mijnLeeg" [pagina]="l"
        [eenheid]="T.eenheidAanvragen" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-a>
          <th class="utrecht-table__header-cell" scope="row">
            <a class="utrecht-link" [routerLink]="['/subsidies/aanvragen', a.id]">{{ namen.regeling(a.regelingId) || T.aanvraagTitel }}</a>
            @if (a.groepsnaam) { <br /><span class="klein">{{ T.groepViaHost(a.groepsnaam) }}</span> }
          </th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(a.bedragEurocent) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.aanvraagStatusNaam[a.status]" [soort]="soort(a.status)" /></td>
          <td class="utrecht-table__cell">
            @if (a.beslistermijn && a.status !== 'besloten') {
              {{ datum(a.beslistermijn) }}<br /><app-termijn [beslistermijn]="a.beslistermijn" [gepauzeerd]="a.status === 'aanvullingGevraagd'" />
            } @else if (a.besluit) {
              {{ T.besluitSoortNaam[a.besluit.soort] }} {{ datum(a.besluit.op) }}
            } @else {
              {{ T.nogNietIngediend }}
            }
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `.klein { font-size: 0.9em; font-weight: normal; }`,
})
export class MijnAanvragen {
  protected readonly T = T;
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly namen = aanvraagNamen();
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listSubsidieaanvragen(p, 20, null) });
  protected readonly kolommen: Kolom[] = [{ kop: T.regeling }, { kop: T.bedrag, numeriek: true }, { kop: T.status }, { kop: T.beslistermijn }];
  protected readonly sleutel = (a: SubsidieaanvraagDto) => a.id;
  protected readonly soort = aanvraagSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
}
