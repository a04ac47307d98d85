import { Component, computed, input } from '@angular/core';
import { CijferDto, PubliekePlekDto, SoortWerk, WijkbeeldDto } from '../api/api-client';
import { DIENSTVERLENING_TEKSTEN } from '../dienstverleningsafspraken/teksten';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Cijfergrafiek } from './cijfergrafiek';
import { getal, lenzen, procent } from './cijfers';
import { formatDatum } from './datum';
import { ItemVoet } from './item-voet';
import { Plekkenkaart } from './plekkenkaart';
import { markeringen } from './plekken';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

/** The wijkbeeld's figures (G-6: vitality first, beside problems), its places on a map, and every part. */
@Component({
  selector: 'app-wijkbeeld-weergave',
  imports: [Tabel, TabelRij, Cijfergrafiek, Plekkenkaart, ItemVoet],
  template: `
    @let w = wijkbeeld();
    <h2 class="utrecht-heading-2">{{ T.cijfers }}</h2>
    <div class="lenzen">
      @for (l of lenzen(); track l.sleutel) {
        <section class="lens" [attr.aria-labelledby]="'lens-' + l.sleutel">
          <h3 class="utrecht-heading-3" [id]="'lens-' + l.sleutel">{{ l.titel }}</h3>
          @if (l.ontbreekt) {
            <div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content">
              <p class="utrecht-paragraph">{{ l.ontbreekt }}</p>
            </div></div>
          } @else if (l.cijfers.length) {
            <app-cijfergrafiek [cijfers]="l.cijfers" [label]="l.titel + ': ' + T.grafiekLabel" />
            <app-tabel [label]="l.titel" [bijschrift]="l.titel" [kolommen]="cijferKolommen" [rijen]="l.cijfers" [leegTekst]="T.geenCijfers">
              <ng-template [appTabelRij]="l.cijfers" let-c>
                <th class="utrecht-table__header-cell" scope="row">{{ c.titel }}@if (c.eenheid) { ({{ c.eenheid }}) }</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.waarde) }}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.gemeente) }}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.vorigJaar) }}</td>
                <td class="utrecht-table__cell">{{ c.bron }}, {{ c.jaar }}</td>
              </ng-template>
            </app-tabel>
          } @else {
            <p class="utrecht-paragraph">{{ T.geenCijfers }}</p>
          }
        </section>
      }
    </div>
    @if (w.cijfers.context.length) {
      <h3 class="utrecht-heading-3">{{ T.context }}</h3>
      <app-cijfergrafiek [cijfers]="w.cijfers.context" [label]="T.context + ': ' + T.grafiekLabel" />
      <app-tabel [label]="T.context" [bijschrift]="T.context" [kolommen]="cijferKolommen" [rijen]="w.cijfers.context" [leegTekst]="T.geenCijfers">
        <ng-template [appTabelRij]="w.cijfers.context" let-c>
          <th class="utrecht-table__header-cell" scope="row">{{ c.titel }}@if (c.eenheid) { ({{ c.eenheid }}) }</th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.waarde) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.gemeente) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.vorigJaar) }}</td>
          <td class="utrecht-table__cell">{{ c.bron }}, {{ c.jaar }}</td>
        </ng-template>
      </app-tabel>
    }

    <h2 class="utrecht-heading-2">{{ T.plekken }}</h2>
    @if (markers().length) { <app-plekkenkaart [markeringen]="markers()" [label]="T.kaartLabel" /> }
    <app-tabel [label]="T.plekken" [kolommen]="plekKolommen" [rijen]="plekken()" [leegTekst]="T.geenPlekken">
      <ng-template [appTabelRij]="plekken()" let-p>
        <th class="utrecht-table__header-cell" scope="row">{{ p.naam }}</th>
        <td class="utrecht-table__cell">{{ T.plekSoortNaam[p.soort] }}</td>
        <td class="utrecht-table__cell">{{ plaats(p) }}</td>
        <td class="utrecht-table__cell">{{ T.eigenaarNaam[p.eigenaar] }}</td>
        <td class="utrecht-table__cell">{{ T.plekStatusNaam[p.status] }}</td>
      </ng-template>
    </app-tabel>

    <h2 class="utrecht-heading-2">{{ T.duiding }}</h2>
    <p class="utrecht-paragraph tekst">{{ w.inhoud.duiding || T.geenItems }}</p>

    <h2 class="utrecht-heading-2">{{ T.geschiedenis }}</h2>
    @if (w.inhoud.geschiedenis.length) {
      <ol class="tijdlijn">
        @for (g of w.inhoud.geschiedenis; track g.id) {
          <li>
            <p class="utrecht-paragraph"><strong>{{ g.periode }}</strong>: {{ g.gebeurtenis }}</p>
            @if (g.spanningen) { <p class="utrecht-paragraph">{{ T.spanningen }}: {{ g.spanningen }}</p> }
            @if (g.bron) { <p class="utrecht-paragraph">{{ T.bron }}: {{ g.bron }}</p> }
            <app-item-voet [herkomst]="g.herkomst" [opmerkingen]="g.opmerkingen" />
          </li>
        }
      </ol>
    } @else { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.informeleStructuren }}</h2>
    @for (x of w.inhoud.informeleStructuren; track x.id) {
      <div class="item">
        <p class="utrecht-paragraph"><strong>{{ x.soort }}</strong>: {{ x.omschrijving }} ({{ T.lokaliseerbaar }}: {{ T.lokaliseerbaarNaam[x.lokaliseerbaar] }})</p>
        <app-item-voet [herkomst]="x.herkomst" [opmerkingen]="x.opmerkingen" />
      </div>
    } @empty { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.initiatieven }}</h2>
    @for (x of w.inhoud.initiatieven; track x.id) {
      <div class="item">
        <p class="utrecht-paragraph"><strong>{{ x.naam }}</strong>: {{ x.omschrijving }}</p>
        @if (x.behoeften) { <p class="utrecht-paragraph">{{ T.behoeften }}: {{ x.behoeften }}</p> }
        <app-item-voet [herkomst]="x.herkomst" [opmerkingen]="x.opmerkingen" />
      </div>
    } @empty { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.inzet }}</h2>
    <app-tabel [label]="T.inzet" [kolommen]="inzetKolommen" [rijen]="w.inhoud.inzet" [leegTekst]="T.geenItems">
      <ng-template [appTabelRij]="w.inhoud.inzet" let-x>
        <th class="utrecht-table__header-cell" scope="row">{{ x.organisatie }}</th>
        <td class="utrecht-table__cell">{{ x.functie }}</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(x.urenInWijk) }}</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(x.urenElders) }}</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ procent(x.wijkgebondenheid) }}</td>
        <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ x.jarenAanwezig }}</td>
        <td class="utrecht-table__cell">{{ T.financieringNaam[x.financiering] }}</td>
        <td class="utrecht-table__cell">{{ x.herkomst ? T.kantNaam[x.herkomst.kant] : '' }}</td>
      </ng-template>
    </app-tabel>

    @if (afgesproken().length > 0) {
      <h3 class="utrecht-heading-3">{{ T.afgesprokenInzet }}</h3>
      <p class="utrecht-paragraph">{{ T.afgesprokenInzetUitleg }}</p>
      <app-tabel [label]="T.afgesprokenInzet" [kolommen]="afgesprokenKolommen" [rijen]="afgesproken()" [leegTekst]="T.geenItems">
        <ng-template [appTabelRij]="afgesproken()" let-x>
          <th class="utrecht-table__header-cell" scope="row">{{ x.aanbieder }}</th>
          <td class="utrecht-table__cell">{{ soortWerk(x.soortWerk) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(x.urenInWijk) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(x.urenElders) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ procent(x.wijkgebondenheid) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ x.dienstverleningsafspraken.length }}</td>
        </ng-template>
      </app-tabel>
    }

    <h2 class="utrecht-heading-2">{{ T.samenwerkingen }}</h2>
    @for (x of w.inhoud.samenwerkingen; track x.id) {
      <div class="item">
        <p class="utrecht-paragraph"><strong>{{ x.partijen }}</strong>@if (x.sindsJaar) { ({{ T.sindsJaar }} {{ x.sindsJaar }}) }: {{ x.wat }}</p>
        <p class="utrecht-paragraph">{{ T.waaromHetWerkt }}: {{ x.waaromHetWerkt }}</p>
        <app-item-voet [herkomst]="x.herkomst" [opmerkingen]="x.opmerkingen" />
      </div>
    } @empty { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.gespreksrondes }}</h2>
    @for (x of w.inhoud.gespreksrondes; track x.id) {
      <div class="item">
        <h3 class="utrecht-heading-3">{{ datum(x.datum) }}</h3>
        <p class="utrecht-paragraph">{{ T.deelnemers }}: {{ T.bewoners }} {{ x.deelnemers.bewoners }}, {{ T.professionals }} {{ x.deelnemers.professionals }},
          {{ T.ambtenaren }} {{ x.deelnemers.ambtenaren }}, {{ T.ondernemers }} {{ x.deelnemers.ondernemers }}</p>
        <p class="utrecht-paragraph">{{ T.vragen }}: {{ x.vragen }}</p>
        <p class="utrecht-paragraph">{{ T.bevindingen }}: {{ x.bevindingen }}</p>
        @if (x.gespreksleider) { <p class="utrecht-paragraph">{{ T.gespreksleider }}: {{ x.gespreksleider }}</p> }
        <app-item-voet [herkomst]="x.herkomst" [opmerkingen]="x.opmerkingen" />
      </div>
    } @empty { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.behoeften }}</h2>
    @for (x of w.inhoud.behoeften; track x.id) {
      <div class="item">
        <p class="utrecht-paragraph"><strong>{{ T.behoefteNaam[x.soort] }}</strong>: {{ x.omschrijving }}</p>
        <app-item-voet [herkomst]="x.herkomst" [opmerkingen]="x.opmerkingen" />
      </div>
    } @empty { <p class="utrecht-paragraph">{{ T.geenItems }}</p> }

    <h2 class="utrecht-heading-2">{{ T.wijkopbouwpunt }}</h2>
    @if (w.inhoud.wijkopbouwpunt; as b) {
      <p class="utrecht-paragraph"><strong>{{ T.keuzeNaam[b.keuze] }}</strong>: {{ b.redenen }}</p>
      <app-item-voet [herkomst]="b.herkomst" />
    } @else { <p class="utrecht-paragraph">{{ T.geenWijkopbouwpunt }}</p> }
  `,
  styles: `
    .lenzen { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); }
    .lens { min-inline-size: 0; }
    .tijdlijn { list-style: none; padding-inline-start: 0; border-inline-start: 3px solid currentColor; }
    .tijdlijn > li { position: relative; padding-inline-start: 1.25rem; margin-block-end: 1rem; }
    .tijdlijn > li::before { content: ''; position: absolute; inset-inline-start: -0.55rem; inset-block-start: 0.4rem; inline-size: 0.8rem; block-size: 0.8rem; border-radius: 50%; background: currentColor; }
    .item { margin-block-end: 1rem; }
    .tekst { white-space: pre-line; }
  `,
})
export class WijkbeeldWeergave {
  protected readonly T = T;
  readonly wijkbeeld = input.required<WijkbeeldDto>();
  readonly plekken = input.required<readonly PubliekePlekDto[]>();
  protected readonly lenzen = computed(() => lenzen(this.wijkbeeld().cijfers));
  protected readonly markers = computed(() => markeringen(this.plekken()));
  protected readonly cijferKolommen: Kolom[] = [
    { kop: T.maatstaf }, { kop: T.deWijk, numeriek: true }, { kop: T.deGemeente, numeriek: true }, { kop: T.vorigJaar, numeriek: true }, { kop: T.bron },
  ];
  protected readonly plekKolommen: Kolom[] = [{ kop: T.naam }, { kop: T.soort }, { kop: T.plaats }, { kop: T.eigenaar }, { kop: T.status }];
  protected readonly inzetKolommen: Kolom[] = [
    { kop: T.organisatie }, { kop: T.functie }, { kop: T.urenInWijk, numeriek: true }, { kop: T.urenElders, numeriek: true },
    { kop: T.wijkgebondenheid, numeriek: true }, { kop: T.jarenAanwezig, numeriek: true }, { kop: T.financiering }, { kop: T.geschrevenKop },
  ];
  /** The agreed deployment the server reads from running agreements (none in an older answer). */
  protected readonly afgesproken = computed(() => this.wijkbeeld().afgesprokenInzet ?? []);
  protected readonly afgesprokenKolommen: Kolom[] = [
    { kop: T.aanbieder }, { kop: T.soortWerk }, { kop: T.urenInWijk, numeriek: true }, { kop: T.urenElders, numeriek: true },
    { kop: T.wijkgebondenheid, numeriek: true }, { kop: T.aantalAfspraken, numeriek: true },
  ];
  protected readonly getal = getal;
  protected soortWerk(soorten: readonly SoortWerk[]): string {
    return soorten.map((s) => DIENSTVERLENING_TEKSTEN.soortWerkNaam[s]).join(', ');
  }
  protected readonly procent = procent;
  protected readonly datum = formatDatum;
  protected plaats(p: PubliekePlekDto): string {
    return p.adres ?? (p.locatie ? `${getal(p.locatie.breedtegraad)} NB, ${getal(p.locatie.lengtegraad)} OL` : '');
  }
  protected cijfer(c: CijferDto): string {
    return getal(c.waarde);
  }
}
