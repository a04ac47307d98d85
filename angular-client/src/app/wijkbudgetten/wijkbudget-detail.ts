import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { BudgetGrafiek } from './budget-grafiek';
import { WijkbudgetToekennen } from './wijkbudget-toekennen';
import { wijkbudgetClients, wijkbudgetSoort } from './wijkbudget-client';
import { WIJKBUDGETTEN_ROLLEN } from './wijkbudgetten.routes';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

const PROCENT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * The public budget page of one wijk (R4.2): the budget per year with its begrotingsvoorbehoud, what it is for and
 * what it serves, where the money comes from, the raad's decision and every change since (G-9). The griffie and the
 * gemeente-beheerder record the grant of a proposal here.
 */
@Component({
  selector: 'app-wijkbudget-detail',
  imports: [RouterLink, Laadblok, StatusBadge, WijkbudgetToekennen, BudgetGrafiek],
  template: `
    <app-laadblok [bron]="budget" [ladenTekst]="T.detailLaden" />
    @if (budget.waarde(); as b) {
      <h1 class="utrecht-heading-1">{{ T.detailTitel }} {{ b.wijkNaam }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {{ T.periodeTekst(b.startJaar, b.eindJaar) }} · {{ euro(b.totaalEurocent) }} ·
        <app-status-badge [tekst]="T.statusNaam[b.status]" [soort]="soort(b.status)" />
      </p>
      @if (b.status !== 'voorgesteld') {
        <p class="utrecht-paragraph">{{ T.verleendEnResterend(euro(b.verleendEurocent), euro(b.totaalEurocent - b.verleendEurocent)) }}</p>
      }
      @if (b.toekenning; as t) {
        <p class="utrecht-paragraph">{{ T.toekenning }}: {{ T.besluit(datum(t.datum), t.kenmerk) }}
          @if (t.documentUrl) { · <a class="utrecht-link" [href]="t.documentUrl">{{ T.besluitLezen }}</a> }
        </p>
      } @else {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.nogNietToegekend }}</p></div>
      }

      <h2 class="utrecht-heading-2">{{ T.tranches }}</h2>
      <p class="utrecht-paragraph">{{ T.tranchesUitleg }}</p>
      <app-budget-grafiek [budget]="b" />
      <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.tranches">
        <table class="utrecht-table">
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ T.jaar }}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ T.bedrag }}</th>
            <th class="utrecht-table__header-cell" scope="col">{{ T.status }}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            @for (t of b.tranches; track t.jaar) {
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{{ t.jaar }}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(t.bedragEurocent) }}</td>
                <td class="utrecht-table__cell">
                  <app-status-badge [tekst]="T.trancheStatusNaam[t.status]" [soort]="t.status === 'vrijgegeven' ? 'success' : 'neutral'" />
                  @if (t.vrijgegevenOp) { {{ T.vrijgegevenOp(datum(t.vrijgegevenOp)) }} }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{{ T.regels }}</h2>
      <p class="utrecht-paragraph">{{ T.vloer(procent(b.ondersteuningsVloerProcent) + ' %') }}</p>
      @if (b.jarenOnderVloer.length > 0) {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.onderVloer(b.jarenOnderVloer.join(', ')) }}</p></div>
      }
      <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.regels">
        <table class="utrecht-table">
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ T.doel }}</th>
            <th class="utrecht-table__header-cell" scope="col">{{ T.categorie }}</th>
            <th class="utrecht-table__header-cell" scope="col">{{ T.dient }}</th>
            @for (t of b.tranches; track t.jaar) { <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ t.jaar }}</th> }
          </tr></thead>
          <tbody class="utrecht-table__body">
            @for (r of b.regels; track r.id) {
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{{ r.doel }}</th>
                <td class="utrecht-table__cell">{{ T.categorieNaam[r.categorie] }}</td>
                <td class="utrecht-table__cell">{{ r.ambitieId ? T.ambitieVanDeWijk : T.publiekeWaarde }}</td>
                @for (j of r.bedragen; track j.jaar) { <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(j.bedragEurocent) }}</td> }
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{{ T.bronnen }}</h2>
      <ul class="utrecht-unordered-list">
        @for (bron of b.bronnen; track bron.financieringsbronId) { <li class="utrecht-unordered-list__item">{{ bron.naam }}: {{ procent(bron.aandeelProcent) }} %</li> }
      </ul>

      <h2 class="utrecht-heading-2">{{ T.wijzigingen }}</h2>
      <p class="utrecht-paragraph">{{ T.wijzigingenUitleg }}</p>
      @if (b.wijzigingen.length === 0) {
        <p class="utrecht-paragraph">{{ T.geenWijzigingen }}</p>
      } @else {
        <ol class="utrecht-ordered-list">
          @for (w of b.wijzigingen; track w.op) {
            <li class="utrecht-ordered-list__item">
              <strong>{{ datum(w.op) }}</strong>: {{ w.toelichting }}
              ({{ w.raadsbesluit ? T.besluit(datum(w.raadsbesluit.datum), w.raadsbesluit.kenmerk) : T.zonderBesluit }})
              <ul class="utrecht-unordered-list">
                @for (v of w.verschillen; track v.jaar) { <li class="utrecht-unordered-list__item">{{ T.verschil(v.jaar, euro(v.oudEurocent), euro(v.nieuwEurocent)) }}</li> }
              </ul>
            </li>
          }
        </ol>
      }
      @if (b.evaluatie) {
        <h2 class="utrecht-heading-2">{{ T.evaluatie }}</h2>
        <p class="utrecht-paragraph tekst">{{ b.evaluatie }}</p>
      }
      @if (b.status === 'voorgesteld' && magOpstellen()) {
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--secondary-action" routerLink="wijzigen">{{ T.wijzigenLink }}</a></p>
      }
      @if ((b.status === 'toegekend' || b.status === 'lopend') && magAanpassen()) {
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--secondary-action" routerLink="aanpassen">{{ T.aanpassenLink }}</a></p>
      }
      @if (b.status === 'voorgesteld' && magToekennen()) {
        <app-wijkbudget-toekennen [id]="b.id" (toegekend)="budget.zet($event)" />
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijkbudgetten" [queryParams]="gemeenteParam()">{{ T.terugNaarLijst }}</a></p>
    }
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class WijkbudgetDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly clients = wijkbudgetClients();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly budget = laadbaar({ params: () => ({ c: this.clients(this.slug()), id: this.id() }), laad: ({ c, id }) => c.budgetten.getWijkbudget(id) });
  protected readonly magOpstellen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.opstellen));
  protected readonly magAanpassen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.aanpassen));
  protected readonly magToekennen = computed(() => this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.besluiten));
  protected readonly soort = wijkbudgetSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly procent = (p: number) => PROCENT.format(p);
}
