import { Component, Directive, TemplateRef, contentChild, inject, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Eenheid, Paginainfo, Paginering } from './paginering';
import { GEDEELD_TEKSTEN as T } from './teksten';

export interface Kolom {
  kop: string;
  /** Right-aligned, tabular figures. */
  numeriek?: boolean;
}

/**
 * The cells of one row, as a template: `<ng-template [appTabelRij]="lijst.items" let-g>` (the input only
 * types `g`). The first cell is usually `<th class="utrecht-table__header-cell" scope="row">`, the others
 * `<td class="utrecht-table__cell">`.
 */
@Directive({ selector: 'ng-template[appTabelRij]' })
export class TabelRij<T> {
  readonly appTabelRij = input<readonly T[]>();
  readonly sjabloon = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(_rij: TabelRij<T>, context: unknown): context is { $implicit: T } {
    return true;
  }
}

/**
 * A list as an NL Design System table: a scrollable, labelled region, column headers, one row per item
 * (cells from the projected `appTabelRij` template), the empty state, and paging when `pagina` is given.
 */
@Component({
  selector: 'app-tabel',
  imports: [NgTemplateOutlet, Paginering],
  template: `
    @if (rijen().length === 0) {
      <p class="utrecht-paragraph tabel__leeg">{{ leegTekst() }}</p>
    } @else {
      <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="label()">
        <table class="utrecht-table utrecht-table--html-table">
          @if (bijschrift(); as b) { <caption class="utrecht-table__caption visueel-verborgen">{{ b }}</caption> }
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              @for (k of kolommen(); track k.kop) {
                <th class="utrecht-table__header-cell" [class.utrecht-table__header-cell--numeric]="k.numeriek" scope="col">{{ k.kop }}</th>
              }
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            @for (r of rijen(); track sleutel()(r, $index)) {
              <tr class="utrecht-table__row"><ng-container *ngTemplateOutlet="rij().sjabloon; context: { $implicit: r }" /></tr>
            }
          </tbody>
        </table>
      </div>
    }
    @if (pagina(); as p) {
      @if (rijen().length > 0) { <app-paginering [lijst]="p" [eenheid]="eenheid()" [label]="label()" (kies)="kiesPagina.emit($event)" /> }
    }
  `,
})
export class Tabel<T> {
  readonly kolommen = input.required<readonly Kolom[]>();
  readonly rijen = input.required<readonly T[]>();
  /** Names the table region (and the paging). */
  readonly label = input.required<string>();
  /** A caption for screen readers, when the label alone is not enough. */
  readonly bijschrift = input<string>();
  readonly leegTekst = input.required<string>();
  /** The API's PagedList (or its paging fields): shows previous/next and the count. */
  readonly pagina = input<Paginainfo>();
  /** What is counted ("gemeenten"). */
  readonly eenheid = input<Eenheid>(T.resultaten);
  /** Identity of a row for rendering (default: its position). */
  readonly sleutel = input<(rij: T, index: number) => unknown>((_r, i) => i);
  readonly kiesPagina = output<number>();
  protected readonly rij = contentChild.required(TabelRij<T>);
}
