import { Component, computed, input, model } from '@angular/core';
import { GrootboekrekeningDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { LEGE_REGEL, RegelFout, RegelInvoer, totalen } from './journaalpost';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/**
 * The lines of a journal entry as a small grid: per line an account and an amount on the debit or the credit side,
 * with the running totals below, so the book-keeper sees when the entry is in balance.
 */
@Component({
  selector: 'app-regels-invoer',
  imports: [Formulierveld, VeldInvoer],
  template: `
    <fieldset class="utrecht-form-fieldset regels" [id]="veldId()" tabindex="-1">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.regelsLabel }}</legend>
      @for (r of regels(); track $index; let i = $index) {
        <div class="regel">
          <app-formulierveld [veldId]="veldId() + '-rekening-' + i" [label]="T.regelRekening(i + 1)" [fouten]="fout(i)">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="zet(i, { rekening: $any($event.target).value })">
              <option value="" [selected]="!r.rekening">{{ T.kies }}</option>
              @for (k of rekeningen(); track k.code) { <option [value]="k.code" [selected]="k.code === r.rekening">{{ k.code }} {{ k.omschrijving }}</option> }
            </select>
          </app-formulierveld>
          <app-formulierveld [veldId]="veldId() + '-debet-' + i" [label]="T.regelDebet(i + 1)">
            <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input bedrag" inputmode="decimal" autocomplete="off" [value]="r.debet"
              (input)="zet(i, { debet: $any($event.target).value })" />
          </app-formulierveld>
          <app-formulierveld [veldId]="veldId() + '-credit-' + i" [label]="T.regelCredit(i + 1)">
            <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input bedrag" inputmode="decimal" autocomplete="off" [value]="r.credit"
              (input)="zet(i, { credit: $any($event.target).value })" />
          </app-formulierveld>
          <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(i)">{{ T.regelVerwijderen(i + 1) }}</button>
        </div>
      }
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.regelToevoegen }}</button>
      <p class="utrecht-paragraph" aria-live="polite">
        {{ T.lopendTotaal(euro(som().debet), euro(som().credit)) }}:
        <strong>{{ som().debet === som().credit ? T.inEvenwicht : T.nietInEvenwicht }}</strong>
      </p>
    </fieldset>
  `,
  styles: `
    .regels { border: 0; padding: 0; margin-block: 1rem; }
    .regel { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; border-block-end: 1px solid var(--utrecht-color-grey-90, #ddd); margin-block-end: 0.75rem; }
    .regel > app-formulierveld:first-child { flex: 2 1 16rem; }
    .regel > app-formulierveld { flex: 1 1 8rem; }
    .bedrag { max-inline-size: 10rem; }
  `,
})
export class RegelsInvoer {
  protected readonly T = T;
  readonly veldId = input.required<string>();
  readonly rekeningen = input.required<readonly GrootboekrekeningDto[]>();
  /** The check of each line (null: fine), from the form's last check. */
  readonly fouten = input<readonly (RegelFout | null)[]>([]);
  readonly regels = model<RegelInvoer[]>([]);
  protected readonly som = computed(() => totalen(this.regels()));
  protected readonly euro = formatEuro;

  protected fout(i: number): readonly string[] {
    const f = this.fouten()[i];
    return f ? [T.regelFout[f]] : [];
  }

  protected zet(i: number, wijziging: Partial<RegelInvoer>): void {
    this.regels.update((l) => l.map((r, j) => (j === i ? { ...r, ...wijziging } : r)));
  }

  protected voegToe(): void {
    this.regels.update((l) => [...l, { ...LEGE_REGEL }]);
  }

  protected verwijder(i: number): void {
    this.regels.update((l) => l.filter((_, j) => j !== i));
  }
}
