import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { UitdagingDto, UitdagingStatus, UitdagingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { uitdagingSoort } from './uitdaging';
import { UITDAGINGEN_ROLLEN } from './uitdagingen.routes';

const STATUSSEN: readonly UitdagingStatus[] = [
  'ingediend', 'ontvankelijk', 'nietOntvankelijk', 'inBeoordeling', 'toegekend', 'afgewezen', 'overgedragen', 'gemonitord', 'geevalueerd',
];

/**
 * The challenges, newest first, filtered by status: for the gemeente the queue with each deadline (an overdue
 * ontvankelijkheid in red), for a bewonersorganisatie its own (the API filters).
 */
@Component({
  selector: 'app-uitdagingen-lijst',
  imports: [RouterLink, Formulierveld, VeldInvoer, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ behandelaar() ? T.lijstUitleg : T.lijstUitlegEigen }}</p>
    @if (magIndienen()) {
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/uitdagingen/indienen">{{ T.indienenKnop }}</a>
      </p>
    }
    <form class="filters" role="search" [attr.aria-label]="T.filters" (submit)="$event.preventDefault(); pasToe()">
      <app-formulierveld veldId="filter-status" [label]="T.filterStatus">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer = $any($event.target).value">
          <option value="">{{ T.alleStatussen }}</option>
          @for (s of statussen; track s) { <option [value]="s">{{ T.statusNaam[s] }}</option> }
        </select>
      </app-formulierveld>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.filter }}</button>
    </form>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-u>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="['/uitdagingen', u.id]">{{ u.taak }}</a><br /><span class="klein">{{ u.kenmerk }}</span></th>
          <td class="utrecht-table__cell">{{ u.uitdager }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(u.bedragEurocent) }}</td>
          <td class="utrecht-table__cell">{{ datum(u.ingediendOp) }}</td>
          <td class="utrecht-table__cell">
            @if (u.status === 'ingediend') {
              {{ T.ontvankelijkUiterlijk(datum(u.ontvankelijkheidUiterlijk)) }}
              @if (u.ontvankelijkheidTeLaat) { <br /><app-status-badge [tekst]="T.teLaat" soort="danger" /> }
            } @else if (u.besluitUiterlijk && (u.status === 'ontvankelijk' || u.status === 'inBeoordeling')) {
              {{ T.besluitUiterlijk(datum(u.besluitUiterlijk)) }}
            }
          </td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[u.status]" [soort]="soort(u.status)" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-block: 1rem; }
    .filters > button { flex: 0 0 auto; }
    .klein { font-size: 0.875em; }
  `,
})
export class UitdagingenLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(UitdagingenClient);
  protected readonly statussen = STATUSSEN;
  /** What the filter holds; applied on submit. */
  protected invoer = '';
  private readonly status = signal('');
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), s: this.status() }),
    laad: ({ p, s }) => this.client.listUitdagingen(p, 20, s || null, null),
  });
  protected readonly behandelaar = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.behandelen, 'auditor'));
  protected readonly magIndienen = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.indienen));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.taak }, { kop: T.uitdager }, { kop: T.bedrag, numeriek: true }, { kop: T.ingediendOp }, { kop: T.termijn }, { kop: T.status },
  ];
  protected readonly sleutel = (u: UitdagingDto) => u.id;
  protected readonly soort = uitdagingSoort;
  protected readonly datum = formatDatum;
  protected readonly euro = formatEuro;

  pasToe(): void {
    this.pagina.set(1);
    this.status.set(this.invoer);
  }
}
