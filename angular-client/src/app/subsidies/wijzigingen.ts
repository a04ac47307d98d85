import { Component, computed, inject, input, output, signal } from '@angular/core';
import { map, of } from 'rxjs';
import { BeschikkingDto, VaststellingenClient, WijzigingsbesluitDto, WijzigingsbesluitenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { bewaar, documentLader } from '../gedeeld/document';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { toepasselijkeArtikelen } from './wijziging';
import { WijzigingFormulier } from './wijziging-formulier';

/**
 * The wijzigingsbesluiten of a verlening, newest first, for everyone who reads the beschikking: what changed, on which
 * ground, from when, the phase-out term and what is paid back by when, each with its letter (PDF). Below it the
 * gemeente's form to withdraw or lower the subsidy (Awb 4:48–4:51).
 */
@Component({
  selector: 'app-wijzigingen',
  imports: [Foutsamenvatting, Gegevens, Gegeven, Laadblok, Paginering, WijzigingFormulier],
  template: `
    @let b = beschikking();
    <section aria-labelledby="wijzigingen-kop">
      <h2 class="utrecht-heading-2" id="wijzigingen-kop">{{ T.wijzigingenTitel }}</h2>
      @if (b.ingetrokkenOp) {
        <div class="utrecht-alert utrecht-alert--warning"><p class="utrecht-paragraph"><strong>{{ T.ingetrokkenOp(datum(b.ingetrokkenOp)) }}.</strong> {{ T.ingetrokkenUitleg }}</p></div>
      }
      @if (netGenomen(); as w) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.wijzigingGenomen(w.kenmerk) }}</p></div>
      }
      <app-laadblok [bron]="lijst" [ladenTekst]="T.wijzigingenLaden" />
      @if (lijst.waarde(); as l) {
        @for (w of l.items; track w.id) {
          <article class="wijziging" [attr.aria-labelledby]="'wijziging-' + w.id">
            <h3 class="utrecht-heading-3" [id]="'wijziging-' + w.id">{{ T.wijzigingKop(w.kenmerk, w.intrekking) }}</h3>
            <dl app-gegevens>
              <div app-gegeven [term]="T.betreftKop">{{ T.betreftNaam[w.betreft] }}</div>
              <div app-gegeven [term]="T.wijzigingGrondKop">{{ T.grondNaam[w.grond] }}<br /><span class="klein">{{ w.artikel }}</span></div>
              <div app-gegeven [term]="T.bedragWijziging">
                <span aria-hidden="true">{{ T.vanNaar(euro(w.oudBedragEurocent), euro(w.nieuwBedragEurocent)) }}</span>
                <span class="visueel-verborgen">{{ T.vanNaarVoorlezen(euro(w.oudBedragEurocent), euro(w.nieuwBedragEurocent)) }}</span>
              </div>
              <div app-gegeven [term]="T.werkingVanaf">{{ datum(w.werkingVanaf) }}</div>
              @if (w.afbouwTot) { <div app-gegeven [term]="T.afbouwTotKop">{{ datum(w.afbouwTot) }}</div> }
              <div app-gegeven [term]="T.terugvorderingKop">
                @if (w.terugvorderingEurocent > 0 && w.betalenUiterlijk) { {{ T.terugvorderingZin(euro(w.terugvorderingEurocent), datum(w.betalenUiterlijk)) }} }
                @else { {{ T.geenTerugvordering }} }
              </div>
              <div app-gegeven [term]="T.wijzigingToelichting"><span class="tekst">{{ w.toelichting }}</span></div>
              <div app-gegeven [term]="T.genomenOp">{{ datum(w.genomenOp) }}</div>
            </dl>
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="download.bezig() || null" (click)="downloaden(w)">
                {{ T.wijzigingDownloaden(w.kenmerk) }}</button>
            </div>
          </article>
        } @empty {
          <p class="utrecht-paragraph">{{ T.geenWijzigingen }}</p>
        }
        @if (l.totalPages > 1) { <app-paginering [lijst]="l" [eenheid]="T.eenheidWijzigingen" [label]="T.wijzigingenTitel" (kies)="pagina.set($event)" /> }
      }
      <app-foutsamenvatting [titel]="T.wijzigingDownloadFout" [fouten]="[]" [algemeen]="download.algemeen()" />
      @if (magWijzigen() && kanWijzigen()) {
        <app-laadblok [bron]="vaststelling" [ladenTekst]="T.vaststellingLadenWijziging" />
        @if (huidig(); as bedrag) {
          <!-- A fresh form after each decision: no value, error or browser validity state carries over. -->
          @for (n of [formulierNummer()]; track n) { <app-wijziging-formulier [beschikking]="b" [huidig]="bedrag" (genomen)="genomen($event)" /> }
        } @else if (vaststelling.staat() === 'klaar') {
          <p class="utrecht-paragraph">{{ T.nietsTeWijzigen }}</p>
        }
      }
    </section>
  `,
  styles: `
    .tekst { white-space: pre-line; }
    .klein { font-size: 0.9em; }
    .wijziging { margin-block-end: 1.5rem; }
  `,
})
export class Wijzigingen {
  protected readonly T = T;
  readonly beschikking = input.required<BeschikkingDto>();
  /** A wijzigingsbesluit was taken here: the beschikking (and a vaststelling) changed. */
  readonly gewijzigd = output<WijzigingsbesluitDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(WijzigingsbesluitenClient);
  private readonly vaststellingen = inject(VaststellingenClient);
  private readonly laad = documentLader();
  protected readonly pagina = signal(1);
  /** The id alone: a reloaded beschikking (a new object after a wijziging) does not start the list again. */
  private readonly id = computed(() => this.beschikking().id);
  protected readonly lijst = laadbaar({
    params: () => ({ id: this.id(), pagina: this.pagina() }),
    laad: ({ id, pagina }) => this.client.listWijzigingsbesluiten(pagina, 20, id),
    houdVast: true,
  });
  protected readonly magWijzigen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly kanWijzigen = computed(() => toepasselijkeArtikelen(this.beschikking()).length > 0);
  /** Once set, a ground of 4:49 lowers the vastgesteld amount: the form needs it. */
  protected readonly vaststelling = laadbaar({
    params: () => (this.magWijzigen() && this.kanWijzigen() ? this.beschikking().vaststellingId ?? '' : undefined),
    laad: (id) => (id ? this.vaststellingen.listVaststellingen(1, 1, this.id()).pipe(map((l) => l.items[0] ?? null)) : of(null)),
  });
  protected readonly huidig = computed(() => {
    const b = this.beschikking();
    if (!b.vaststellingId) return b.bedragEurocent;
    return this.vaststelling.waarde()?.vastgesteldEurocent ?? null;
  });
  protected readonly download = new Formulier({});
  protected readonly netGenomen = signal<WijzigingsbesluitDto | null>(null);
  protected readonly formulierNummer = signal(0);
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected genomen(w: WijzigingsbesluitDto): void {
    this.netGenomen.set(w);
    this.formulierNummer.update((n) => n + 1);
    if (this.pagina() === 1) this.lijst.herlaad();
    else this.pagina.set(1);
    if (w.vaststellingId) this.vaststelling.herlaad();
    this.gewijzigd.emit(w);
  }

  protected downloaden(w: WijzigingsbesluitDto): void {
    this.download.verstuur(() => this.laad(`/wijzigingsbesluiten/${encodeURIComponent(w.id)}/document`, `${w.kenmerk}.pdf`), bewaar);
  }
}
