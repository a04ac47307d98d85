import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { switchMap, map } from 'rxjs';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { wijkbudgetClients } from './wijkbudget-client';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * The methodiek in force, for everybody (R4.1): the envelope per year from the beleidskader's sources, the criteria with
 * their weights, the floor and the notice period; then the proposal per wijk with its calculation line by line and the
 * rounding rule that makes the cents add up.
 */
@Component({
  selector: 'app-methodiek',
  imports: [RouterLink, Laadblok],
  template: `
    <h1 class="utrecht-heading-1">{{ T.methodiekTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.methodiekUitleg }}</p>
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.methodiekLaden" />
    @if (gegevens.waarde(); as g) {
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ g.methodiek.titel }}
        @if (g.methodiek.raadsbesluit; as r) { · {{ T.besluit(datum(r.datum), r.kenmerk) }} }
      </p>
      <h2 class="utrecht-heading-2">{{ T.envelop }}: {{ euro(g.methodiek.envelopPerJaarEurocent) }}</h2>
      <ul class="utrecht-unordered-list">
        @for (e of g.methodiek.inhoud.envelop; track e.financieringsbronId) { <li class="utrecht-unordered-list__item">{{ e.naam }}: {{ euro(e.bedragPerJaarEurocent) }}</li> }
      </ul>
      <h2 class="utrecht-heading-2">{{ T.criteria }}</h2>
      <ul class="utrecht-unordered-list">
        @for (c of g.methodiek.inhoud.criteria; track c.id) {
          <li class="utrecht-unordered-list__item">{{ c.naam }} ({{ T.criteriumSoortNaam[c.soort] }}): {{ getal(c.gewichtProcent) }} %</li>
        }
      </ul>
      <p class="utrecht-paragraph">{{ T.vloer(getal(g.methodiek.inhoud.ondersteuningsVloerProcent) + ' %') }}</p>
      <p class="utrecht-paragraph">{{ T.opzegtermijn(g.methodiek.inhoud.opzegtermijnMaanden) }}</p>

      <h2 class="utrecht-heading-2">{{ T.toedeling }}</h2>
      @if (!g.toedeling.berekend) {
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{{ T.ontbrekend }}</p>
          <ul class="utrecht-unordered-list">@for (o of g.toedeling.ontbrekend; track o) { <li class="utrecht-unordered-list__item">{{ o }}</li> }</ul>
        </div>
      } @else {
        <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.toedeling">
          <table class="utrecht-table">
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{{ T.wijk }}</th>
              @for (c of g.toedeling.criteria; track c.criteriumId) { <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ c.naam }}</th> }
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ T.totaal }}</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
              @for (w of g.toedeling.wijken; track w.wijkId) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">{{ w.naam }}</th>
                  @for (r of w.regels; track r.criteriumId) {
                    <td class="utrecht-table__cell utrecht-table__cell--numeric"><span [title]="r.toelichting">{{ euro(r.bedragEurocent) }}</span></td>
                  }
                  <td class="utrecht-table__cell utrecht-table__cell--numeric"><strong>{{ euro(w.totaalEurocent) }}</strong></td>
                </tr>
              }
            </tbody>
            <tfoot class="utrecht-table__footer"><tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{{ T.totaal }}</th>
              @for (c of g.toedeling.criteria; track c.criteriumId) { <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(c.bedragEurocent) }}</td> }
              <td class="utrecht-table__cell utrecht-table__cell--numeric"><strong>{{ euro(g.toedeling.envelopEurocent) }}</strong></td>
            </tr></tfoot>
          </table>
        </div>
        @for (w of eerste(g.toedeling.wijken); track w.wijkId) {
          <h3 class="utrecht-heading-3">{{ T.berekening(w.naam) }}</h3>
          <ul class="utrecht-unordered-list">
            @for (r of w.regels; track r.criteriumId) { <li class="utrecht-unordered-list__item">{{ r.criterium }}: {{ r.toelichting }} → {{ euro(r.bedragEurocent) }}</li> }
          </ul>
        }
        <h3 class="utrecht-heading-3">{{ T.afronding }}</h3>
        <p class="utrecht-paragraph">{{ g.toedeling.afronding }}</p>
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijkbudgetten" [queryParams]="gemeenteParam()">{{ T.terugNaarLijst }}</a></p>
    }
  `,
})
export class Methodiek {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly clients = wijkbudgetClients();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly gegevens = laadbaar({
    params: () => this.clients(this.slug()),
    laad: (c) => c.methodieken.getGeldendeBudgetmethodiek().pipe(
      switchMap((methodiek) => c.methodieken.getToedeling(methodiek.id).pipe(map((toedeling) => ({ methodiek, toedeling }))))),
  });
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly getal = (n: number) => GETAL.format(n);
  /** The worked calculation of the first wijken; the table holds every wijk. */
  protected readonly eerste = <W>(wijken: W[]) => wijken.slice(0, 3);
}
