import { Component, computed, input, model } from '@angular/core';
import { BudgetCategorie } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Bronrij, Regelrij, jarenOnderVloer, legeRij, somAandelen, totaalPerJaar } from './budgetregels';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** What a line can serve: the ambities of the wijk's agendas and the publieke waarden of the kader in force. */
export interface Verwijzingen {
  ambities: readonly { id: string; titel: string }[];
  waarden: readonly { id: string; naam: string }[];
}

const PROCENT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * The lines of a wijkbudget with an amount per year and the mix of funding sources; shows the total per year and
 * whether organisational support reaches the methodiek's floor while the person types.
 */
@Component({
  selector: 'app-budget-invoer',
  imports: [Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <app-veldgroep veldId="regels" [legenda]="T.regels" [uitleg]="T.regelsUitleg" [fouten]="regelsFouten()">
      @for (r of rijen(); track $index; let i = $index) {
        <app-veldgroep class="regel" [veldId]="'regel-' + i" [legenda]="T.regel(i + 1)" [fouten]="foutenVan(i)">
          <app-formulierveld [veldId]="'regel-' + i + '-doel'" [label]="T.doel">
            <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input" maxlength="200" autocomplete="off" [value]="r.doel"
              (input)="wijzig(i, { doel: $any($event.target).value })" />
          </app-formulierveld>
          <app-formulierveld [veldId]="'regel-' + i + '-categorie'" [label]="T.categorie">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="wijzig(i, { categorie: $any($event.target).value })">
              @for (c of categorieen; track c) { <option [value]="c" [selected]="c === r.categorie">{{ T.categorieNaam[c] }}</option> }
            </select>
          </app-formulierveld>
          <app-formulierveld [veldId]="'regel-' + i + '-dient'" [label]="T.dient">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="wijzig(i, { dient: $any($event.target).value })">
              <option value="" [selected]="!r.dient">{{ T.kiesDient }}</option>
              @if (verwijzingen().ambities.length > 0) {
                <optgroup [label]="T.ambities">
                  @for (a of verwijzingen().ambities; track a.id) { <option [value]="'ambitie:' + a.id" [selected]="r.dient === 'ambitie:' + a.id">{{ a.titel }}</option> }
                </optgroup>
              }
              <optgroup [label]="T.publiekeWaarden">
                @for (w of verwijzingen().waarden; track w.id) { <option [value]="'waarde:' + w.id" [selected]="r.dient === 'waarde:' + w.id">{{ w.naam }}</option> }
              </optgroup>
            </select>
          </app-formulierveld>
          <div class="bedragen">
            @for (jaar of jaren(); track jaar; let j = $index) {
              <app-formulierveld [veldId]="'regel-' + i + '-bedrag-' + jaar" [label]="T.bedragInJaar(jaar)">
                <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input bedrag" inputmode="decimal" autocomplete="off"
                  [value]="r.bedragen[j]" (input)="wijzigBedrag(i, j, $any($event.target).value)" />
              </app-formulierveld>
            }
          </div>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijder(i)">{{ T.regelVerwijderen(i + 1) }}</button>
        </app-veldgroep>
      }
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.regelToevoegen }}</button>
      </div>
    </app-veldgroep>

    <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.totaalPerJaar">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{{ T.totaalPerJaar }}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">{{ T.jaar }}</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ T.totaal }}</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ T.ondersteuning }}</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
          @for (jaar of jaren(); track jaar; let j = $index) {
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{{ jaar }}</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(totalen()[j]) }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(steun()[j]) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="utrecht-paragraph">{{ T.vloer(procent(vloerProcent()) + ' %') }}</p>
    <div aria-live="polite">
      @if (onderVloer().length > 0) {
        <div class="utrecht-alert utrecht-alert--warning"><p class="utrecht-paragraph">{{ T.onderVloer(onderVloer().join(', ')) }}</p></div>
      } @else if (totalen().some(positief)) {
        <div class="utrecht-alert utrecht-alert--ok"><p class="utrecht-paragraph">{{ T.vloerGehaald }}</p></div>
      }
    </div>

    <app-veldgroep veldId="bronnen" [legenda]="T.bronnen" [uitleg]="T.bronnenUitleg" [fouten]="bronnenFouten()">
      <div class="bedragen">
        @for (b of bronnen(); track b.financieringsbronId; let i = $index) {
          <app-formulierveld [veldId]="'bron-' + i" [label]="T.aandeelVan(b.naam)">
            <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input bedrag" inputmode="decimal" autocomplete="off" [value]="b.procent"
              (input)="wijzigBron(i, $any($event.target).value)" />
          </app-formulierveld>
        }
      </div>
      <p class="utrecht-paragraph">{{ T.somAandelen(procent(som())) }}</p>
    </app-veldgroep>
  `,
  styles: `
    .regel { display: block; margin-block-end: 1.5rem; padding-inline-start: 1rem; border-inline-start: 2px solid; }
    .bedragen { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bedrag { max-inline-size: 10rem; }
  `,
})
export class BudgetInvoer {
  protected readonly T = T;
  readonly jaren = input.required<readonly number[]>();
  readonly verwijzingen = input.required<Verwijzingen>();
  readonly vloerProcent = input.required<number>();
  readonly regelsFouten = input<readonly string[]>([]);
  readonly rijFouten = input<readonly (readonly string[])[]>([]);
  readonly bronnenFouten = input<readonly string[]>([]);
  readonly rijen = model.required<Regelrij[]>();
  readonly bronnen = model.required<Bronrij[]>();
  protected readonly categorieen = Object.keys(T.categorieNaam) as BudgetCategorie[];
  protected readonly totalen = computed(() => totaalPerJaar(this.rijen(), this.jaren().length));
  protected readonly steun = computed(() => totaalPerJaar(this.rijen().filter((r) => r.categorie === 'organisatorischeOndersteuning'), this.jaren().length));
  protected readonly onderVloer = computed(() => jarenOnderVloer(this.rijen(), this.jaren(), this.vloerProcent()));
  protected readonly som = computed(() => somAandelen(this.bronnen()));
  protected readonly euro = formatEuro;
  protected readonly procent = (p: number) => PROCENT.format(p);
  protected readonly positief = (n: number) => n > 0;

  /** The row's errors; a row added after the last check has none yet. */
  protected foutenVan(i: number): readonly string[] {
    return this.rijFouten()[i] ?? [];
  }

  protected wijzig(i: number, deel: Partial<Regelrij>): void {
    this.rijen.update((rijen) => rijen.map((r, k) => (k === i ? { ...r, ...deel } : r)));
  }

  protected wijzigBedrag(i: number, j: number, tekst: string): void {
    this.wijzig(i, { bedragen: this.rijen()[i].bedragen.map((b, k) => (k === j ? tekst : b)) });
  }

  protected wijzigBron(i: number, procent: string): void {
    this.bronnen.update((bronnen) => bronnen.map((b, k) => (k === i ? { ...b, procent } : b)));
  }

  protected voegToe(): void {
    this.rijen.update((rijen) => [...rijen, legeRij(this.jaren().length)]);
  }

  protected verwijder(i: number): void {
    this.rijen.update((rijen) => rijen.filter((_, k) => k !== i));
  }
}
