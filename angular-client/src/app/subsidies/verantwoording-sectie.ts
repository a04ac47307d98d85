import { Component, computed, inject, input, output, signal } from '@angular/core';
import { map } from 'rxjs';
import { BeschikkingDto, VaststellingDto, VaststellingenClient, VerantwoordingDto, VerantwoordingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { BadgeSoort, StatusBadge } from '../gedeeld/status-badge';
import { bewaar, documentLader } from '../gedeeld/document';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { AfwikkelingFormulier } from './afwikkeling-formulier';
import { FinancieleVerantwoording } from './financiele-verantwoording';
import { VaststellingFormulier } from './vaststelling-formulier';
import { Verslagstand, kanVaststellen, verslagVragen, verslagstand } from './verantwoording';
import { VerslagFormulier } from './verslag-formulier';

/** Badge variant of a report's state (the text is always shown too). */
export function verslagSoort(stand: Verslagstand): BadgeSoort {
  return stand === 'vastgesteld' || stand === 'ingediend' ? 'success' : stand === 'teLaat' ? 'danger' : stand === 'verwacht' ? 'warning' : 'neutral';
}

/**
 * After a verlening: what the recipient must account for and by when (the tier recorded at the grant, the due date,
 * the steekproef), the report form for the recipient (only what the tier asks) or the report as submitted; then the
 * vaststelling: the gemeente's form, or the final amount with the offset voorschotten, the outcome and the PDF letter.
 */
@Component({
  selector: 'app-verantwoording-sectie',
  imports: [Gegevens, Gegeven, Laadblok, StatusBadge, Foutsamenvatting, VerslagFormulier, VaststellingFormulier, AfwikkelingFormulier, FinancieleVerantwoording],
  template: `
    @let b = beschikking();
    <section aria-labelledby="verantwoording-kop">
      <h2 class="utrecht-heading-2" id="verantwoording-kop">{{ T.verantwoordingTitel }}</h2>
      @if (b.niveau; as niveau) {
        <dl app-gegevens>
          <div app-gegeven [term]="T.niveau">{{ T.verantwoordingsniveauNaam[niveau] }}</div>
          @if (vragen() && b.verslagUiterlijk) { <div app-gegeven [term]="T.verslagUiterlijk">{{ datum(b.verslagUiterlijk) }}</div> }
          @if (niveau === 'zonderVerslag') { <div app-gegeven [term]="T.steekproef">{{ b.inSteekproef ? T.inSteekproef : T.nietInSteekproef }}</div> }
          @if (stand(); as s) { <div app-gegeven [term]="T.verslagstand"><app-status-badge [tekst]="T.verslagstandNaam[s]" [soort]="soort(s)" /></div> }
        </dl>
        <p class="utrecht-paragraph">{{ b.inSteekproef ? T.niveauUitleg.activiteitenverslag
          : b.boekenBijHost && niveau === 'verslagEnJaarrekening' ? T.niveauUitlegUitBoeken : T.niveauUitleg[niveau] }}</p>
      }
      <app-laadblok [bron]="verslag" [ladenTekst]="T.verslagLaden" />
      @if (verslag.staat() === 'klaar') {
        @if (verslag.waarde(); as v) {
          @if (netIngediend()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.verslagIngediend }}</p></div> }
          <h3 class="utrecht-heading-3">{{ T.verslagTitel }}</h3>
          <dl app-gegevens>
            <div app-gegeven [term]="T.ingediendOpKop">{{ datum(v.ingediendOp) }}</div>
            <div app-gegeven [term]="T.activiteitenverslag"><span class="tekst">{{ v.activiteitenverslag }}</span></div>
            @if (v.gerealiseerdeKostenEurocent !== null) { <div app-gegeven [term]="T.kosten">{{ euro(v.gerealiseerdeKostenEurocent) }}</div> }
            @if (v.financieelVerslag) { <div app-gegeven [term]="T.financieelVerslag"><span class="tekst">{{ v.financieelVerslag }}</span></div> }
            @if (v.accountantsverklaring) { <div app-gegeven [term]="T.accountantsverklaringKop">{{ T.meegestuurd }}</div> }
          </dl>
          @if (v.uitAdministratie; as f) {
            <section aria-labelledby="verslag-boeken-ingediend-kop">
              <h4 class="utrecht-heading-4" id="verslag-boeken-ingediend-kop">{{ T.boekenKop }}</h4>
              <p class="utrecht-paragraph">{{ T.boekenIngediendUitleg(f.host) }}</p>
              <app-financiele-verantwoording [financieel]="f" />
            </section>
          }
        } @else if (vragen(); as q) {
          @if (magAanvragen() && !b.vaststellingId) {
            <app-verslag-formulier [beschikking]="b" [vragen]="q" (ingediend)="ingediend($event)" />
          } @else if (!b.vaststellingId) {
            <p class="utrecht-paragraph">{{ T.nogGeenVerslag }}</p>
          }
        } @else if (magAanvragen() && !b.vaststellingId) {
          <p class="utrecht-paragraph">{{ T.geenVerslagNodig }}</p>
        }
      }
    </section>

    <section aria-labelledby="vaststelling-kop">
      <h2 class="utrecht-heading-2" id="vaststelling-kop">{{ T.vaststellingTitel }}</h2>
      <app-laadblok [bron]="vaststelling" [ladenTekst]="T.vaststellingLaden" />
      @if (vaststelling.staat() === 'klaar' && verslag.staat() === 'klaar') {
        @if (vaststelling.waarde(); as v) {
          @if (netVastgesteld()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.vastgesteldMelding(v.kenmerk) }}</p></div> }
          <dl app-gegevens>
            <div app-gegeven [term]="T.kenmerk">{{ v.kenmerk }}</div>
            <div app-gegeven [term]="T.verleendKop">{{ euro(v.verleendEurocent) }}</div>
            <div app-gegeven [term]="T.vastgesteldKop">{{ euro(v.vastgesteldEurocent) }}</div>
            @if (v.reden) { <div app-gegeven [term]="T.redenLager"><span class="tekst">{{ v.reden }}</span></div> }
            <div app-gegeven [term]="T.betaaldeVoorschotten">{{ euro(v.betaaldeVoorschottenEurocent) }}</div>
            <div app-gegeven [term]="T.uitkomst">
              <app-status-badge [tekst]="T.uitkomstNaam[v.uitkomst]" [soort]="v.uitkomst === 'terugvordering' ? 'warning' : 'success'" />
              {{ T.uitkomstZin[v.uitkomst](euro(v.saldoEurocent)) }}
            </div>
            @if (v.betalenUiterlijk) { <div app-gegeven [term]="T.betalenUiterlijk">{{ datum(v.betalenUiterlijk) }}</div> }
            <div app-gegeven [term]="T.vaststellingDatum">{{ datum(v.genomenOp) }}@if (v.ambtshalve) { · {{ T.ambtshalve }} }</div>
            @if (v.uitkomst !== 'niets') {
              <div app-gegeven [term]="T.afwikkelingKop">
                @for (a of v.afwikkelingen; track a.nummer) { <span class="regel">{{ T.afwikkelingRegel(a.richting, euro(a.bedragEurocent), datum(a.datum), a.kenmerk) }}</span> }
                <span class="regel">@if (v.openstaandEurocent > 0) { {{ T.openstaand }}: {{ euro(v.openstaandEurocent) }} } @else { {{ T.afgewikkeld }} }</span>
              </div>
            }
          </dl>
          @if (netAfgewikkeld()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.afwikkelingGeregistreerd }}</p></div> }
          @if (magBehandelen() && v.openstaandEurocent > 0) {
            <app-afwikkeling-formulier [vaststelling]="v" (geregistreerd)="afgewikkeld($event)" />
          }
          <app-foutsamenvatting [titel]="T.vaststellingDownloadFout" [fouten]="[]" [algemeen]="download.algemeen()" />
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="download.bezig() || null" (click)="downloaden(v)">
              {{ download.bezig() ? T.bezig : T.vaststellingDownloaden }}</button>
          </div>
        } @else if (magBehandelen() && kanNu()) {
          <app-vaststelling-formulier [beschikking]="b" (vastgesteld)="vastgesteld($event)" />
        } @else {
          <p class="utrecht-paragraph">{{ magBehandelen() ? T.wachtOpVerslag : T.nogNietVastgesteld }}</p>
        }
      }
    </section>
  `,
  styles: `.tekst { white-space: pre-line; } .regel { display: block; }`,
})
export class VerantwoordingSectie {
  protected readonly T = T;
  readonly beschikking = input.required<BeschikkingDto>();
  /** The subsidy was set here: the beschikking now carries its vaststelling. */
  readonly gewijzigd = output<VaststellingDto>();
  private readonly sessie = inject(Sessie);
  private readonly verantwoordingen = inject(VerantwoordingenClient);
  private readonly vaststellingen = inject(VaststellingenClient);
  private readonly laad = documentLader();
  private readonly id = computed(() => this.beschikking().id);
  protected readonly verslag = laadbaar<VerantwoordingDto | null, string>({
    params: () => this.id(),
    laad: (id) => this.verantwoordingen.listVerantwoordingen(1, 1, id).pipe(map((l) => l.items[0] ?? null)),
  });
  protected readonly vaststelling = laadbaar<VaststellingDto | null, string>({
    params: () => this.id(),
    laad: (id) => this.vaststellingen.listVaststellingen(1, 1, id).pipe(map((l) => l.items[0] ?? null)),
  });
  protected readonly vragen = computed(() => verslagVragen(this.beschikking()));
  protected readonly stand = computed(() =>
    this.verslag.staat() === 'klaar' ? verslagstand(this.beschikking(), !!this.verslag.waarde(), vandaagIso()) : null,
  );
  protected readonly kanNu = computed(() => kanVaststellen(this.beschikking(), !!this.verslag.waarde()));
  protected readonly magBehandelen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly magAanvragen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.aanvragen));
  protected readonly download = new Formulier({});
  private netIngediendId = '';
  private netVastgesteldId = '';
  protected readonly netIngediend = computed(() => this.verslag.waarde()?.id === this.netIngediendId && !!this.netIngediendId);
  protected readonly netVastgesteld = computed(() => this.vaststelling.waarde()?.id === this.netVastgesteldId && !!this.netVastgesteldId);
  protected readonly soort = verslagSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected ingediend(v: VerantwoordingDto): void {
    this.netIngediendId = v.id;
    this.verslag.zet(v);
  }

  protected readonly netAfgewikkeld = signal(false);

  protected afgewikkeld(v: VaststellingDto): void {
    this.vaststelling.zet(v);
    this.netAfgewikkeld.set(true);
  }

  protected vastgesteld(v: VaststellingDto): void {
    this.netVastgesteldId = v.id;
    this.vaststelling.zet(v);
    this.gewijzigd.emit(v);
  }

  /** A wijzigingsbesluit changed the vaststelling (Awb 4:49): show the new amount and offset. */
  herlaadVaststelling(): void {
    this.vaststelling.herlaad();
  }

  protected downloaden(v: VaststellingDto): void {
    this.download.verstuur(() => this.laad(`/vaststellingen/${encodeURIComponent(v.id)}/document`, `${v.kenmerk}.pdf`), bewaar);
  }
}
