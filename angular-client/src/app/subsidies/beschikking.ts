import { Component, inject, input, viewChild } from '@angular/core';
import { AanvraagbesluitDto, BeschikkingenClient, VaststellingDto, VoorschotDto, WijzigingsbesluitDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { bewaar, documentLader } from '../gedeeld/document';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { VerantwoordingSectie } from './verantwoording-sectie';
import { Wijzigingen } from './wijzigingen';

/**
 * The decision on an application and its beschikking: for a verlening the activities and obligations, the amount per
 * year (and which years are still under begrotingsvoorbehoud, Awb 4:34) and the voorschotten with what is paid; the
 * letter with the bezwaarclausule as a PDF; then the verantwoording and vaststelling, and the wijzigingen and intrekking.
 */
@Component({
  selector: 'app-beschikking',
  imports: [Foutsamenvatting, Gegevens, Gegeven, Laadblok, StatusBadge, Tabel, TabelRij, VerantwoordingSectie, Wijzigingen],
  template: `
    <section [attr.aria-label]="T.besluitTitel">
      <h2 class="utrecht-heading-2">{{ T.besluitTitel }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.besluitSoort">{{ T.besluitSoortNaam[besluit().soort] }}</div>
        @if (besluit().soort === 'verlening') { <div app-gegeven [term]="T.verleendBedrag">{{ euro(besluit().bedragEurocent) }}</div> }
        <div app-gegeven [term]="besluit().soort === 'verlening' ? T.motivering : T.grond"><span class="tekst">{{ besluit().motivering }}</span></div>
        <div app-gegeven [term]="T.besluitDatum">{{ datum(besluit().op) }}</div>
        @if (beschikking.waarde(); as b) {
          <div app-gegeven [term]="T.kenmerk">{{ b.kenmerk }}</div>
          @if (b.soort === 'verlening' && b.bedragEurocent !== besluit().bedragEurocent) { <div app-gegeven [term]="T.huidigBedrag">{{ euro(b.bedragEurocent) }}</div> }
          @if (b.afbouwTot) { <div app-gegeven [term]="T.afbouwTotBeschikking">{{ datum(b.afbouwTot) }}</div> }
          @if (b.ingetrokkenOp) { <div app-gegeven [term]="T.statusKop"><app-status-badge [tekst]="T.ingetrokkenOp(datum(b.ingetrokkenOp))" soort="danger" /></div> }
        }
      </dl>
      <app-laadblok [bron]="beschikking" [ladenTekst]="T.beschikkingLaden" />
      @if (beschikking.waarde(); as b) {
        @if (b.soort === 'verlening') {
          <h3 class="utrecht-heading-3">{{ T.activiteiten }}</h3>
          <p class="utrecht-paragraph tekst">{{ b.activiteiten }}</p>
          <h3 class="utrecht-heading-3">{{ T.verplichtingen }}</h3>
          <ul class="utrecht-unordered-list">
            @for (v of b.verplichtingen; track $index) { <li class="utrecht-unordered-list__item">{{ v }}</li> }
          </ul>
          <h3 class="utrecht-heading-3">{{ T.bedragPerJaar }}</h3>
          <app-tabel [label]="T.bedragPerJaar" [kolommen]="jaarKolommen" [rijen]="b.jaren" [leegTekst]="T.bedragPerJaar">
            <ng-template [appTabelRij]="b.jaren" let-j>
              <th class="utrecht-table__header-cell" scope="row">{{ j.jaar }}</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(j.bedragEurocent) }}</td>
              <td class="utrecht-table__cell">{{ j.onderVoorbehoud ? T.onderVoorbehoud : T.begrotingVastgesteld }}</td>
            </ng-template>
          </app-tabel>
          <h3 class="utrecht-heading-3">{{ T.voorschotten }}</h3>
          <p class="utrecht-paragraph">{{ T.voorschottenUitleg(euro(b.betaaldEurocent), euro(b.bedragEurocent)) }}</p>
          <app-tabel [label]="T.voorschotten" [kolommen]="voorschotKolommen" [rijen]="b.voorschotten" [leegTekst]="T.geenVoorschotten">
            <ng-template [appTabelRij]="b.voorschotten" let-v>
              <th class="utrecht-table__header-cell" scope="row">{{ v.nummer }}</th>
              <td class="utrecht-table__cell">{{ datum(v.datum) }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(v.bedragEurocent) }}</td>
              <td class="utrecht-table__cell">{{ betaling(v) }}</td>
            </ng-template>
          </app-tabel>
        }
      }
      <p class="utrecht-paragraph">{{ T.bezwaar }}</p>
      <app-foutsamenvatting [titel]="T.downloadFout" [fouten]="[]" [algemeen]="formulier.algemeen()" />
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="download()">
          {{ formulier.bezig() ? T.bezig : T.beschikkingDownloaden }}</button>
      </div>
    </section>
    @if (beschikking.waarde(); as b) {
      @if (b.soort === 'verlening') {
        <app-verantwoording-sectie [beschikking]="b" (gewijzigd)="vastgesteld($event)" />
        <app-wijzigingen [beschikking]="b" (gewijzigd)="gewijzigd($event)" />
      }
    }
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class Beschikking {
  protected readonly T = T;
  readonly besluit = input.required<AanvraagbesluitDto>();
  private readonly client = inject(BeschikkingenClient);
  protected readonly beschikking = laadbaar({ params: () => this.besluit().beschikkingId, laad: (id) => this.client.getBeschikking(id) });
  private readonly laad = documentLader();
  protected readonly formulier = new Formulier({});
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly jaarKolommen: readonly Kolom[] = [{ kop: T.jaar }, { kop: T.bedrag, numeriek: true }, { kop: T.begroting }];
  protected readonly voorschotKolommen: readonly Kolom[] = [{ kop: T.nummer }, { kop: T.datum }, { kop: T.bedrag, numeriek: true }, { kop: T.betaald }];

  protected betaling(v: VoorschotDto): string {
    if (v.betaaldOp) return T.betaaldOp(formatDatum(v.betaaldOp));
    return v.betaalopdrachtId ? T.inBetaalopdracht : T.nogNietBetaald;
  }

  /** The subsidy was set: the beschikking carries its vaststelling (no voorschot is paid any more). */
  protected vastgesteld(v: VaststellingDto): void {
    this.beschikking.werkBij((b) => ({ ...b, vaststellingId: v.id }));
  }

  private readonly verantwoording = viewChild(VerantwoordingSectie);

  /** A wijziging lowered the verlening (its amount, voorschotten, perhaps withdrawn) or the vaststelling: load them again. */
  protected gewijzigd(w: WijzigingsbesluitDto): void {
    this.beschikking.herlaad();
    if (w.vaststellingId) this.verantwoording()?.herlaadVaststelling();
  }

  download(): void {
    this.formulier.verstuur(() => this.laad(`/beschikkingen/${encodeURIComponent(this.besluit().beschikkingId)}/document`, 'beschikking.pdf'), bewaar);
  }
}
