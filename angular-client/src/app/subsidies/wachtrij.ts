import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AanvraagStatus, SubsidieaanvraagDto, SubsidieaanvragenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { aanvraagNamen } from './aanvraag-namen';
import { aanvraagSoort } from './subsidie-client';
import { Termijn } from './termijn-weergave';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The statuses the gemeente sees (a concept is the applicant's own until it is sent). */
const STATUSSEN: readonly AanvraagStatus[] = ['ingediend', 'inBehandeling', 'aanvullingGevraagd', 'besloten'];

/**
 * The gemeente's queue: the submitted applications, nearest beslistermijn first (the API's order), with the days left
 * and the overdue ones marked; filtered by regeling (by the API) and by status (within the page shown).
 */
@Component({
  selector: 'app-wachtrij',
  imports: [RouterLink, Laadblok, Tabel, TabelRij, StatusBadge, Termijn, Formulierveld, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ T.wachtrijKop }}</h1>
    <p class="utrecht-paragraph">{{ T.wachtrijUitleg }}</p>
    <form class="filters" [attr.aria-label]="T.filters" (submit)="$event.preventDefault()">
      <app-formulierveld veldId="filter-regeling" [label]="T.regeling">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesRegeling($any($event.target).value)">
          <option value="">{{ T.alleRegelingen }}</option>
          @for (r of regelingOpties(); track r[0]) { <option [value]="r[0]" [selected]="r[0] === regelingId()">{{ r[1] }}</option> }
        </select>
      </app-formulierveld>
      <app-formulierveld veldId="filter-status" [label]="T.status">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="status.set($any($event.target).value)">
          <option value="">{{ T.alleStatussen }}</option>
          @for (s of statussen; track s) { <option [value]="s" [selected]="s === status()">{{ T.aanvraagStatusNaam[s] }}</option> }
        </select>
      </app-formulierveld>
    </form>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.aanvragenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.wachtrijTitel" [kolommen]="kolommen" [rijen]="zichtbaar()" [leegTekst]="status() ? T.geenMetStatus : T.wachtrijLeeg" [pagina]="l"
        [eenheid]="T.eenheidAanvragen" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="zichtbaar()" let-a>
          <th class="utrecht-table__header-cell" scope="row">
            <a class="utrecht-link" [routerLink]="a.id">{{ namen.organisatie(a.organisatieId) || T.aanvraagTitel }}</a>
            @if (a.groepsnaam) { <br /><span class="klein">{{ T.groepViaHost(a.groepsnaam) }}</span> }
          </th>
          <td class="utrecht-table__cell">{{ namen.regeling(a.regelingId) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(a.bedragEurocent) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.aanvraagStatusNaam[a.status]" [soort]="soort(a.status)" /></td>
          <td class="utrecht-table__cell">
            @if (a.beslistermijn && a.status !== 'besloten') {
              {{ datum(a.beslistermijn) }}<br /><app-termijn [beslistermijn]="a.beslistermijn" [gepauzeerd]="a.status === 'aanvullingGevraagd'" />
            } @else if (a.besluit) {
              {{ T.besluitSoortNaam[a.besluit.soort] }} {{ datum(a.besluit.op) }}
            }
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin-block-end: 1rem; }
    .klein { font-size: 0.9em; font-weight: normal; }
  `,
})
export class Wachtrij {
  protected readonly T = T;
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly namen = aanvraagNamen();
  protected readonly statussen = STATUSSEN;
  protected readonly pagina = signal(1);
  protected readonly regelingId = signal('');
  protected readonly status = signal<AanvraagStatus | ''>('');
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), regeling: this.regelingId() || null }),
    laad: ({ p, regeling }) => this.client.listSubsidieaanvragen(p, 50, regeling),
  });
  protected readonly zichtbaar = computed(() => (this.lijst.waarde()?.items ?? []).filter((a) => !this.status() || a.status === this.status()));
  protected readonly regelingOpties = computed(() => [...(this.namen.regelingen.waarde() ?? new Map<string, string>()).entries()]);
  protected readonly kolommen: Kolom[] = [
    { kop: T.aanvrager }, { kop: T.regeling }, { kop: T.bedrag, numeriek: true }, { kop: T.status }, { kop: T.beslistermijn },
  ];
  protected readonly sleutel = (a: SubsidieaanvraagDto) => a.id;
  protected readonly soort = aanvraagSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected kiesRegeling(id: string): void {
    this.regelingId.set(id);
    this.pagina.set(1);
  }
}
