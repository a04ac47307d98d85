import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { VisitatieSamenvattingDto, VisitatieStatus, VisitatiesClient } from '../api/api-client';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { formatDatum } from '../wijkbeelden/datum';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { STAPPEN, statusSoort } from './visitatie';

/** The visitaties the reader takes part in (the gemeente: all), the latest planned first, filterable by stand. */
@Component({
  selector: 'app-visitaties-lijst',
  imports: [RouterLink, Keuzeveld, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.dossiersTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.dossiersUitleg }}</p>
    <div class="filter">
      <app-keuzeveld veldId="visitaties-status" [label]="T.filterStatus" [leeg]="T.alleStanden" [keuzes]="standen"
        [waarde]="status()" (waardeChange)="kiesStatus($event)" />
    </div>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.dossiersLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.dossiersTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.dossiersLeeg" [pagina]="l" [eenheid]="T.dossiersEenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-v>
          <th class="utrecht-table__header-cell onderwerp" scope="row">
            <a class="utrecht-link" [routerLink]="['/visitaties/dossiers', v.id]">{{ v.onderwerpNaam }}</a><br />
            <span class="klein">{{ T.soortNaam[v.soort] }}</span>
          </th>
          <td class="utrecht-table__cell">{{ datum(v.geplandOp) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[v.status]" [soort]="soort(v.status)" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .uitleg { max-inline-size: 70ch; }
    .filter { max-inline-size: 20rem; margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    .onderwerp { white-space: normal; overflow-wrap: anywhere; min-inline-size: 10rem; }
  `,
})
export class VisitatiesLijst {
  protected readonly T = T;
  private readonly client = inject(VisitatiesClient);
  protected readonly pagina = signal(1);
  protected readonly status = signal<VisitatieStatus | ''>('');
  protected readonly standen = STAPPEN.map((s) => ({ id: s, naam: T.statusNaam[s] }));
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), s: this.status() || null }),
    laad: ({ p, s }) => this.client.listVisitaties(p, 20, s),
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.onderwerpKolom }, { kop: T.geplandKolom }, { kop: T.statusKolom }];
  protected readonly sleutel = (v: VisitatieSamenvattingDto) => v.id;
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;

  protected kiesStatus(status: string): void {
    this.status.set(status as VisitatieStatus | '');
    this.pagina.set(1);
  }
}
