import { Component, computed, input } from '@angular/core';
import { WijkbudgetDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { budgetStaven, CATEGORIEEN } from './budget-staven';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/**
 * The budget over the years as a bar chart by purpose. The tables below it hold the same amounts, so the chart is a
 * picture with a summary for screen readers; the legend names the colours in words.
 */
@Component({
  selector: 'app-budget-grafiek',
  template: `
    <figure class="grafiek">
      <div class="grafiek__staven" role="img" [attr.aria-label]="samenvatting()">
        @for (s of staven(); track s.jaar) {
          <div class="staaf">
            <span class="staaf__jaar">{{ s.jaar }}</span>
            <svg class="staaf__balk" viewBox="0 0 100 10" preserveAspectRatio="none">
              @for (d of s.delen; track d.categorie) {
                <rect [attr.x]="d.begin" y="0" [attr.width]="d.lengte" height="10" [attr.class]="'deel--' + d.categorie" />
              }
            </svg>
            <span class="staaf__bedrag">{{ euro(s.totaalEurocent) }}@if (s.voorbehouden) { · {{ T.trancheStatusNaam['voorbehouden'] }} }</span>
          </div>
        }
      </div>
      <figcaption>
        <ul class="grafiek__legenda">
          @for (c of categorieen(); track c) { <li><span class="blok deel--{{ c }}" aria-hidden="true"></span>{{ T.categorieNaam[c] }}</li> }
        </ul>
      </figcaption>
    </figure>
  `,
  styles: `
    .grafiek { margin: 0 0 1.5rem; max-inline-size: 48rem; }
    .staaf { display: grid; grid-template-columns: 3.5rem 1fr; column-gap: 0.75rem; align-items: center; margin-block-end: 0.5rem; }
    .staaf__jaar { font-weight: bold; }
    .staaf__balk { display: block; inline-size: 100%; block-size: 1.25rem; }
    .staaf__bedrag { grid-column: 2; font-size: 0.9em; }
    .grafiek__legenda { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.75rem 0 0; padding: 0; }
    .blok { display: inline-block; inline-size: 0.9em; block-size: 0.9em; margin-inline-end: 0.4em; vertical-align: -0.1em; }
    .deel--organisatorischeOndersteuning { fill: #1f5f99; background: #1f5f99; }
    .deel--activiteiten { fill: #b35900; background: #b35900; }
    .deel--bewonersinitiatieven { fill: #2e7d32; background: #2e7d32; }
    .deel--professioneleOndersteuning { fill: #6a1b9a; background: #6a1b9a; }
    .deel--overig { fill: #5d4037; background: #5d4037; }
  `,
})
export class BudgetGrafiek {
  protected readonly T = T;
  readonly budget = input.required<WijkbudgetDto>();
  protected readonly staven = computed(() => budgetStaven(this.budget()));
  protected readonly categorieen = computed(() => CATEGORIEEN.filter((c) => this.staven().some((s) => s.delen.some((d) => d.categorie === c))));
  protected readonly samenvatting = computed(() =>
    T.grafiekSamenvatting(this.staven().map((s) => `${s.jaar} ${formatEuro(s.totaalEurocent)}`).join(', ')));
  protected readonly euro = formatEuro;
}
