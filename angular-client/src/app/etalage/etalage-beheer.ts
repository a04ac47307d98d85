import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EtalageClient, EtalageStatus, EtalageverhaalDto } from '../api/api-client';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { ETALAGE_TEKSTEN as T } from './teksten';

const STANDEN: readonly EtalageStatus[] = ['genomineerd', 'gepubliceerd', 'gearchiveerd'];

/** The gemeente's curation: every story, nominated, published or archived, with whether the initiative gave consent. */
@Component({
  selector: 'app-etalage-beheer',
  imports: [RouterLink, Keuzeveld, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.beheerTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.beheerUitleg }}</p>
    <div class="filter">
      <app-keuzeveld veldId="etalage-status" [label]="T.filterStatus" [leeg]="T.alleStanden" [keuzes]="standen"
        [waarde]="status()" (waardeChange)="kies($event)" />
    </div>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.beheerTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-v>
          <th class="utrecht-table__header-cell titel" scope="row"><a class="utrecht-link" [routerLink]="['/etalage', v.id]">{{ v.titel }}</a></th>
          <td class="utrecht-table__cell">{{ T.herkomstNaam[v.herkomst] }}</td>
          <td class="utrecht-table__cell">{{ v.toestemming ? T.ja : T.nee }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[v.status]" [soort]="v.status === 'genomineerd' ? 'warning' : v.status === 'gepubliceerd' ? 'success' : 'neutral'" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `.filter { max-inline-size: 20rem; margin-block: 1rem; } .titel { white-space: normal; min-inline-size: 12rem; }`,
})
export class EtalageBeheer {
  protected readonly T = T;
  private readonly client = inject(EtalageClient);
  protected readonly pagina = signal(1);
  protected readonly status = signal<EtalageStatus | ''>('');
  protected readonly standen = STANDEN.map((s) => ({ id: s, naam: T.statusNaam[s] }));
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), s: this.status() || null }),
    laad: ({ p, s }) => this.client.listEtalageverhalen(p, 20, s),
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.titelKolom }, { kop: T.herkomstKolom }, { kop: T.toestemmingKolom }, { kop: T.statusKolom }];
  protected readonly sleutel = (v: EtalageverhaalDto) => v.id;

  protected kies(status: string): void {
    this.status.set(status as EtalageStatus | '');
    this.pagina.set(1);
  }
}
