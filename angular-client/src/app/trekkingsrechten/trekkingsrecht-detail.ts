import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TrekkingDto, TrekkingsrechtDto, TrekkingsrechtenClient, WijkbudgettenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { organisatieNamen } from '../organisaties/organisatie-namen';
import { TREKKINGSRECHTEN_TEKSTEN as T } from './teksten';
import { TrekkingFormulier } from './trekking-formulier';
import { rechtSoort } from './trekkingsrecht';
import { TREKKINGSRECHTEN_ROLLEN } from './trekkingsrechten.routes';

/**
 * One trekkingsrecht: holder, suppliers, the budget line it is paid from, validity, size, what was drawn and the
 * balance; each draw with its supplier and whether the holder confirmed it. A supplier records a draw here while the
 * right runs; the holder's members confirm. The API decides who is supplier or holder; the page only offers the step.
 */
@Component({
  selector: 'app-trekkingsrecht-detail',
  imports: [RouterLink, Laadblok, Foutsamenvatting, StatusBadge, Gegevens, Gegeven, Tabel, TabelRij, TrekkingFormulier],
  template: `
    <app-laadblok [bron]="recht" [ladenTekst]="T.detailLaden" />
    @if (recht.waarde(); as r) {
      <h1 class="utrecht-heading-1">{{ T.detailKop(houder(r)) }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead tekst">{{ r.doel }}</p>
      <p class="utrecht-paragraph"><app-status-badge [tekst]="T.statusNaam[r.status]" [soort]="soort(r.status)" /></p>
      @if (r.verlopenOp) {
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{{ T.verlopenOp(datum(r.verlopenOp), euro(r.terugvloeiEurocent ?? 0)) }}</p>
        </div>
      }
      <dl app-gegevens>
        <div app-gegeven [term]="T.omvang">{{ T.omvangTekst(r.eenheid, r.omvang) }}@if (r.tariefEurocent) { · {{ T.tarief(euro(r.tariefEurocent)) }} }</div>
        <div app-gegeven [term]="T.getrokken">{{ T.omvangTekst(r.eenheid, r.getrokken) }}</div>
        <div app-gegeven [term]="T.saldo"><strong>{{ T.omvangTekst(r.eenheid, r.saldo) }}</strong></div>
        <div app-gegeven [term]="T.geldigheid">{{ T.tijdvak(datum(r.van), datum(r.tot)) }}</div>
        <div app-gegeven [term]="T.leveranciers">{{ leveranciers(r) }}</div>
        <div app-gegeven [term]="T.uitBudget">
          @if (budget.waarde(); as b) {
            <a class="utrecht-link" [routerLink]="['/wijkbudgetten', b.id]">{{ T.budgetregel(b.wijkNaam, regelDoel()) }}</a>
          }
        </div>
        <div app-gegeven [term]="T.waarde">{{ euro(r.vastgelegdEurocent) }}</div>
      </dl>

      <h2 class="utrecht-heading-2">{{ T.trekkingenKop }}</h2>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.actieFout" [fouten]="[]" [algemeen]="actie.algemeen()" />
      <app-tabel [label]="T.trekkingenKop" [kolommen]="kolommen" [rijen]="r.trekkingen" [leegTekst]="T.geenTrekkingen" [eenheid]="T.eenheidTrekkingen"
        [sleutel]="sleutel">
        <ng-template [appTabelRij]="r.trekkingen" let-t>
          <th class="utrecht-table__header-cell" scope="row">{{ t.nummer }}</th>
          <td class="utrecht-table__cell">{{ datum(t.datum) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ T.omvangTekst(r.eenheid, t.omvang) }}</td>
          <td class="utrecht-table__cell tekst">{{ t.doel }}</td>
          <td class="utrecht-table__cell">{{ leverancier(t) }}</td>
          <td class="utrecht-table__cell">
            @if (t.bevestigd) {
              <app-status-badge [tekst]="T.bevestigd" soort="success" /> {{ T.bevestigdDoor(t.bevestigdDoor ?? '', datum(t.bevestigdOp!)) }}
            } @else if (magBevestigen()) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="bevestig(r, t)">
                {{ T.bevestigen }}<span class="visueel-verborgen"> {{ T.bevestigenVan(t.nummer) }}</span></button>
            } @else {
              <app-status-badge [tekst]="T.nietBevestigd" soort="warning" />
            }
          </td>
        </ng-template>
      </app-tabel>

      @if (magTrekken(r)) {
        <app-trekking-formulier [recht]="r" (getrokken)="getrokken($event)" />
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/trekkingsrechten">{{ T.terugNaarLijst }}</a></p>
    }
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class TrekkingsrechtDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(TrekkingsrechtenClient);
  private readonly budgetten = inject(WijkbudgettenClient);
  private readonly organisaties = organisatieNamen();
  protected readonly recht = laadbaar({ params: () => this.id(), laad: (id) => this.client.getTrekkingsrecht(id) });
  private readonly budgetId = computed(() => this.recht.waarde()?.wijkbudgetId);
  protected readonly budget = laadbaar({ params: () => this.budgetId(), laad: (id) => this.budgetten.getWijkbudget(id) });
  protected readonly regelDoel = computed(() => this.budget.waarde()?.regels.find((g) => g.id === this.recht.waarde()?.budgetregelId)?.doel ?? '');
  protected readonly magBevestigen = computed(() => this.sessie.heeftRol(...TREKKINGSRECHTEN_ROLLEN.bevestigen));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.nummer, numeriek: true }, { kop: T.datum }, { kop: T.omvang, numeriek: true }, { kop: T.doel }, { kop: T.leverancier }, { kop: T.bevestiging },
  ];
  protected readonly sleutel = (t: TrekkingDto) => String(t.nummer);
  protected readonly actie = new Formulier({});
  protected readonly melding = signal('');
  protected readonly soort = rechtSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected houder(r: TrekkingsrechtDto): string {
    const naam = this.organisaties.naam(r.organisatieId);
    return r.groepsnaam ? T.viaHost(naam, r.groepsnaam) : naam;
  }

  protected leveranciers(r: TrekkingsrechtDto): string {
    return [...r.leveranciers.map((id) => this.organisaties.naam(id)), ...(r.gemeenteLevert ? [T.deGemeente] : [])].join(', ');
  }

  protected leverancier(t: TrekkingDto): string {
    return t.leverancierId ? this.organisaties.naam(t.leverancierId) : T.deGemeente;
  }

  /** A professional may be a named supplier, the gemeente when it supplies itself; while there is a balance and it runs. */
  protected magTrekken(r: TrekkingsrechtDto): boolean {
    if (r.status === 'verlopen' || r.status === 'uitgeput') return false;
    const gemeente = this.sessie.heeftRol(...TREKKINGSRECHTEN_ROLLEN.toekennen);
    return gemeente ? r.gemeenteLevert : this.sessie.heeftRol('professional');
  }

  protected bevestig(r: TrekkingsrechtDto, t: TrekkingDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.client.confirmTrekking(r.id, t.nummer), (x) => {
      this.recht.zet(x);
      this.melding.set(T.bevestigdMelding(t.nummer));
    });
  }

  protected getrokken(x: TrekkingsrechtDto): void {
    this.recht.zet(x);
    this.melding.set(T.getrokkenMelding(x.trekkingen[x.trekkingen.length - 1].nummer));
  }
}
