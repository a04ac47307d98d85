import { Component, computed, input } from '@angular/core';
import { FinancieleVerantwoordingDto, VerantwoordingsregelDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

const PROCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** The API's share realised (98.5 means 98.5 %) in Dutch notation; null where a line has no budget. */
export function formatPercentage(percentage: number | null): string | null {
  return percentage === null ? null : PROCENT.format(percentage / 100);
}

/**
 * The financial part of a report as the host's books show it (G-4, ADR 0028): per account what was budgeted (where
 * there is a budget), realised, the difference and the share realised, then the totals and the saldo; who keeps the
 * books, the period and when it was drawn up. Shown on the report form (the ledger today) and with a submitted
 * report (the figures as they were then); the explanation above it is the caller's.
 */
@Component({
  selector: 'app-financiele-verantwoording',
  imports: [Tabel, TabelRij, Gegevens, Gegeven],
  template: `
    @let f = financieel();
    <dl app-gegevens>
      <div app-gegeven [term]="T.boekenHost">{{ f.host }}</div>
      <div app-gegeven [term]="T.boekenPeriode">{{ T.boekenPeriodeWaarde(datum(f.van), datum(f.tot)) }}</div>
      <div app-gegeven [term]="T.boekenOpgesteldOp">{{ datum(f.opgesteldOp) }}</div>
    </dl>
    <app-tabel [label]="T.boekenTabel" [kolommen]="kolommen" [rijen]="rijen()" [leegTekst]="T.boekenLeeg">
      <ng-template [appTabelRij]="rijen()" let-r>
        <th class="utrecht-table__header-cell" scope="row" [class.totaal]="!r.rekening">
          @if (r.rekening) { <span class="rekening">{{ r.rekening }}</span> }{{ r.omschrijving }}</th>
        <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.totaal]="!r.rekening">
          @if (r.begrootEurocent !== null) { {{ euro(r.begrootEurocent) }} }</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.totaal]="!r.rekening">{{ euro(r.gerealiseerdEurocent) }}</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.totaal]="!r.rekening">
          @if (r.verschilEurocent !== null) { {{ euro(r.verschilEurocent) }} }</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.totaal]="!r.rekening">{{ procent(r.percentage) }}</td>
      </ng-template>
    </app-tabel>
  `,
  styles: `
    .rekening { font-variant-numeric: tabular-nums; margin-inline-end: 0.5em; }
    .totaal { font-weight: bold; }
  `,
})
export class FinancieleVerantwoording {
  protected readonly T = T;
  readonly financieel = input.required<FinancieleVerantwoordingDto>();
  /**
   * The lines per account, then the totals of income and costs and the saldo (a total has no account number; a line
   * without a budget leaves begroot, verschil and percentage empty).
   */
  protected readonly rijen = computed<VerantwoordingsregelDto[]>(() => {
    const f = this.financieel();
    const saldo: VerantwoordingsregelDto = {
      rekening: '', omschrijving: T.boekenSaldo, soort: 'baten', begrootEurocent: null, gerealiseerdEurocent: f.saldoEurocent, verschilEurocent: null, percentage: null,
    };
    return f.regels.length === 0 ? [] : [...f.regels, f.totaalBaten, f.totaalLasten, saldo];
  });
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.boekenRekening },
    { kop: T.boekenBegroot, numeriek: true },
    { kop: T.boekenGerealiseerd, numeriek: true },
    { kop: T.boekenVerschil, numeriek: true },
    { kop: T.boekenPercentage, numeriek: true },
  ];
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly procent = formatPercentage;
}
