import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AdministratieperiodeDto, AdministratiesClient, JournaalpostDto, JournaalregelDto, RekeningsaldoDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { bewaar, documentLader } from '../gedeeld/document';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { vandaagIso } from '../subsidies/termijn';
import { ADMINISTRATIES_ROLLEN } from './administraties.routes';
import { BoekingFormulier, OpeningsbalansFormulier, TegenboekingFormulier } from './boek-stappen';
import { periodeSoort } from './journaalpost';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A group's administratie: who keeps it and what that costs, the trial balance, the months with what blocks closing
 * them, and the journal entries. The host's back office books here (the opening balance once, entries in balance, a
 * reversal for a mistake) and closes past months; the gemeente, the auditor and the group read.
 */
@Component({
  selector: 'app-administratie-detail',
  imports: [
    RouterLink, Foutsamenvatting, Gegevens, Gegeven, Laadblok, StatusBadge, Tabel, TabelRij, BoekingFormulier, OpeningsbalansFormulier, TegenboekingFormulier,
  ],
  template: `
    <app-laadblok [bron]="administratie" [ladenTekst]="T.detailLaden" />
    @if (administratie.waarde(); as a) {
      <h1 class="utrecht-heading-1">{{ T.detailKop(a.groepNaam) }}</h1>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="[]" [algemeen]="actie.algemeen()" />
      <dl app-gegevens>
        <div app-gegeven [term]="T.host">{{ a.hostNaam }}</div>
        <div app-gegeven [term]="T.startdatum">{{ datum(a.startdatum) }}</div>
        <div app-gegeven [term]="T.afgeslotenTot">{{ a.afgeslotenTot ? datum(a.afgeslotenTot) : T.nogNiets }}</div>
        <div app-gegeven [term]="T.hostkosten">{{ T.hostkostenUitleg(euro(a.hostkostenDitJaarEurocent)) }}</div>
      </dl>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" [routerLink]="['/administraties', a.id, 'openbaar']" [queryParams]="{ gemeente: sessie.tenant() }">{{ T.openbaarLink }}</a>
        · <a class="utrecht-link" routerLink="/declaraties" [queryParams]="{ administratie: a.id }">{{ T.declaratiesLink }}</a>
        · <a class="utrecht-link" [routerLink]="['/administraties', a.id, 'bank']">{{ T.bankLink }}</a>
      </p>

      @if (magBoeken() && !a.heeftOpeningsbalans && rekeningen.waarde(); as r) {
        <app-openingsbalans-formulier [administratieId]="a.id" [rekeningen]="r" (geboekt)="klaar(T.openingMelding)" />
      }

      <h2 class="utrecht-heading-2">{{ T.balansKop }}</h2>
      <app-laadblok [bron]="balans" [ladenTekst]="T.laden" />
      @if (balans.waarde(); as b) {
        <p class="utrecht-paragraph">{{ T.balansUitleg(datum(b.peildatum)) }}</p>
        <app-tabel [label]="T.balansKop" [kolommen]="balansKolommen" [rijen]="b.rekeningen" [leegTekst]="T.geenBoekingen" [sleutel]="rekeningSleutel">
          <ng-template [appTabelRij]="b.rekeningen" let-r>
            <th class="utrecht-table__header-cell" scope="row">{{ r.code }} {{ r.omschrijving }}</th>
            <td class="utrecht-table__cell">{{ r.rgsCode }}</td>
            <td class="utrecht-table__cell">{{ T.soortNaam[r.soort] }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.debetEurocent) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.creditEurocent) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.saldoEurocent) }}</td>
          </ng-template>
        </app-tabel>
        <dl app-gegevens>
          <div app-gegeven [term]="T.totaal">{{ T.lopendTotaal(euro(b.totaalDebetEurocent), euro(b.totaalCreditEurocent)) }}</div>
          <div app-gegeven [term]="T.liquide"><strong>{{ euro(b.liquideMiddelenEurocent) }}</strong></div>
          <div app-gegeven [term]="T.resultaat">{{ euro(b.resultaatEurocent) }}</div>
        </dl>
      }

      <h2 class="utrecht-heading-2">{{ T.periodenKop }}</h2>
      <p class="utrecht-paragraph">{{ T.periodenUitleg }}</p>
      <app-laadblok [bron]="perioden" [ladenTekst]="T.laden" />
      @if (perioden.waarde(); as l) {
        <app-tabel [label]="T.periodenKop" [kolommen]="periodeKolommen" [rijen]="l.items" [leegTekst]="T.periodenLeeg" [pagina]="l" [eenheid]="T.maanden"
          [sleutel]="periodeSleutel" (kiesPagina)="periodePagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-p>
            <th class="utrecht-table__header-cell" scope="row">{{ maandNaam(p) }}</th>
            <td class="utrecht-table__cell">
              <app-status-badge [tekst]="T.periodeStatusNaam[p.status]" [soort]="periodeSoort(p.status, p.blokkades.length)" />
              @if (p.afgeslotenOp) { <br /><span class="klein">{{ T.afgeslotenDoor(p.afgeslotenDoor ?? '', datum(p.afgeslotenOp)) }}</span> }
            </td>
            <td class="utrecht-table__cell">
              @if (p.status === 'open' && !p.voorbij) { {{ T.nogNietVoorbij }} }
              @else if (p.blokkades.length === 0) { {{ T.geenBlokkades }} }
              @else {
                <ul class="utrecht-unordered-list">
                  @for (k of p.blokkades; track k.soort) { <li class="utrecht-unordered-list__item">{{ T.blokkadeNaam[k.soort] }}: {{ k.toelichting }}</li> }
                </ul>
              }
            </td>
            <td class="utrecht-table__cell">
              <div class="utrecht-button-group">
                @if (magBoeken() && p.status === 'open' && p.voorbij && p.blokkades.length === 0) {
                  <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="sluit(p)">
                    {{ T.afsluiten(maandNaam(p)) }}</button>
                }
                <button type="button" class="utrecht-button utrecht-button--subtle" [attr.aria-disabled]="actie.bezig() || null" (click)="csv(p)">
                  {{ T.csvKnop(maandNaam(p)) }}</button>
              </div>
            </td>
          </ng-template>
        </app-tabel>
      }

      <h2 class="utrecht-heading-2">{{ T.auditfileKop }}</h2>
      <p class="utrecht-paragraph">{{ T.auditfileUitleg }}</p>
      <form class="auditfile" (submit)="$event.preventDefault(); auditfile()">
        <label class="utrecht-form-label" for="auditfile-jaar">{{ T.boekjaar }}</label>
        <select id="auditfile-jaar" class="utrecht-select utrecht-select--html-select" (change)="jaar.set(+$any($event.target).value)">
          @for (j of jaren(); track j) { <option [value]="j" [selected]="j === jaar()">{{ j }}</option> }
        </select>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.auditfileKnop }}</button>
      </form>

      <h2 class="utrecht-heading-2">{{ T.postenKop }}</h2>
      <app-laadblok [bron]="posten" [ladenTekst]="T.laden" />
      @if (posten.waarde(); as l) {
        <app-tabel [label]="T.postenKop" [kolommen]="postKolommen" [rijen]="l.items" [leegTekst]="T.postenLeeg" [pagina]="l" [eenheid]="T.posten"
          [sleutel]="postSleutel" (kiesPagina)="postPagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-j>
            <th class="utrecht-table__header-cell" scope="row">{{ j.nummer }}</th>
            <td class="utrecht-table__cell">{{ datum(j.boekdatum) }}</td>
            <td class="utrecht-table__cell omschrijving">
              {{ j.omschrijving }}
              <br /><span class="klein">{{ soortTekst(j) }}</span>
              @if (j.tegengeboektDoorId) { <br /><app-status-badge [tekst]="T.tegengeboekt" soort="warning" /> }
            </td>
            <td class="utrecht-table__cell regels">
              @for (r of j.regels; track $index) { <span class="regel">{{ regelTekst(r) }}</span> }
            </td>
            <td class="utrecht-table__cell">
              @if (magBoeken() && j.soort === 'boeking' && !j.tegengeboektDoorId) {
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="tegen.set(j)">{{ T.tegenboeken }}</button>
              }
            </td>
          </ng-template>
        </app-tabel>
      }
      @if (tegen(); as j) {
        <app-tegenboeking-formulier [post]="j" (geboekt)="klaar(T.tegengeboektMelding(j.nummer))" (annuleer)="tegen.set(null)" />
      }

      @if (magBoeken() && a.heeftOpeningsbalans && rekeningen.waarde(); as r) {
        <app-boeking-formulier [administratieId]="a.id" [rekeningen]="r" (geboekt)="klaar(T.geboektMelding($event.nummer))" />
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/administraties">{{ T.lijstTitel }}</a></p>
    }
  `,
  styles: `
    /* Group names are long Dutch compounds: break them at a syllable on a phone, not anywhere. */
    h1 { hyphens: auto; }
    .auditfile { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .klein { font-size: 0.875em; }
    .omschrijving { min-inline-size: 14rem; }
    .regels { min-inline-size: 16rem; }
    .regel { display: block; white-space: nowrap; }
  `,
})
export class AdministratieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  protected readonly sessie = inject(Sessie);
  private readonly client = inject(AdministratiesClient);
  protected readonly administratie = laadbaar({ params: () => this.id(), laad: (id) => this.client.getAdministratie(id) });
  protected readonly rekeningen = laadbaar({ params: () => this.id(), laad: (id) => this.client.listGrootboekrekeningen(id, 1, 100).pipe(map((l) => l.items)) });
  protected readonly balans = laadbaar({ params: () => this.id(), laad: (id) => this.client.getAdministratiebalans(id, null) });
  protected readonly periodePagina = signal(1);
  protected readonly perioden = laadbaar({ params: () => ({ id: this.id(), p: this.periodePagina() }), laad: ({ id, p }) => this.client.listAdministratieperioden(id, p, 12) });
  protected readonly postPagina = signal(1);
  protected readonly posten = laadbaar({ params: () => ({ id: this.id(), p: this.postPagina() }), laad: ({ id, p }) => this.client.listJournaalposten(id, p, 20) });
  protected readonly magBoeken = computed(() => this.sessie.heeftRol(...ADMINISTRATIES_ROLLEN.boeken));
  protected readonly tegen = signal<JournaalpostDto | null>(null);
  protected readonly actie = new Formulier({});
  private readonly document = documentLader();
  /** The bookkeeping years the auditfile can cover: from the start year to this year. */
  protected readonly jaren = computed(() => {
    const start = Number((this.administratie.waarde()?.startdatum ?? vandaagIso()).slice(0, 4));
    const nu = Number(vandaagIso().slice(0, 4));
    return Array.from({ length: Math.max(nu - start + 1, 1) }, (_, i) => nu - i);
  });
  protected readonly jaar = signal(Number(vandaagIso().slice(0, 4)));
  protected readonly melding = signal('');
  protected readonly balansKolommen: readonly Kolom[] = [
    { kop: T.rekening }, { kop: T.rgs }, { kop: T.soort }, { kop: T.debet, numeriek: true }, { kop: T.credit, numeriek: true }, { kop: T.saldo, numeriek: true },
  ];
  protected readonly periodeKolommen: readonly Kolom[] = [{ kop: T.maand }, { kop: T.status }, { kop: T.blokkades }, { kop: '' }];
  protected readonly postKolommen: readonly Kolom[] = [{ kop: T.nummer }, { kop: T.boekdatum }, { kop: T.omschrijving }, { kop: T.regels }, { kop: '' }];
  protected readonly rekeningSleutel = (r: RekeningsaldoDto) => r.code;
  protected readonly periodeSleutel = (p: AdministratieperiodeDto) => p.code;
  protected readonly postSleutel = (j: JournaalpostDto) => j.id;
  protected readonly periodeSoort = periodeSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected maandNaam(p: AdministratieperiodeDto): string {
    return `${MAANDEN[p.maand - 1]} ${p.jaar}`;
  }

  protected soortTekst(j: JournaalpostDto): string {
    return j.beschikkingKenmerk ? `${T.postSoortNaam[j.soort]}, ${T.subsidieVan(j.beschikkingKenmerk)}` : T.postSoortNaam[j.soort];
  }

  protected regelTekst(r: JournaalregelDto): string {
    const debet = r.debetEurocent > 0;
    return T.regelTekst(`${r.rekening} ${r.omschrijving}`, formatEuro(debet ? r.debetEurocent : r.creditEurocent), debet ? T.dKort : T.cKort);
  }

  protected sluit(p: AdministratieperiodeDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.client.closeAdministratieperiode(this.id(), p.code), () => this.klaar(T.afgeslotenMelding(this.maandNaam(p))));
  }

  protected csv(p: AdministratieperiodeDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.document(`/administraties/${this.id()}/perioden/${p.code}/export.csv`, `administratie-${p.code}.csv`), bewaar);
  }

  protected auditfile(): void {
    this.melding.set('');
    this.actie.verstuur(() => this.document(`/administraties/${this.id()}/auditfile?jaar=${this.jaar()}`, `auditfile-${this.jaar()}.xaf`), bewaar);
  }

  /** After a booking, a reversal or a close: everything on the page follows from the ledger, so all of it is read again. */
  protected klaar(melding: string): void {
    this.tegen.set(null);
    this.melding.set(melding);
    for (const bron of [this.administratie, this.balans, this.perioden, this.posten]) bron.herlaad();
  }
}
