import { Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { DeclaratieDto, DeclaratieHistorieDto, DeclaratiesClient, DeclaratieUitkomst } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { bewaar, documentLader } from '../gedeeld/document';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstvak } from '../gedeeld/tekstvak';
import { getal } from '../wijkbeelden/cijfers';
import { declaratieSoort } from './declaratie-client';
import { DECLARATIES_ROLLEN } from './declaraties.routes';
import { DECLARATIES_TEKSTEN as T } from './teksten';

const TIJD = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/**
 * One declaratie: what was spent, the receipt, the approvals and the history with every reason. The submitter submits a
 * concept (or one sent back as onvolledig), replaces its receipt or deletes the concept; the host's back office, never
 * the submitter, approves it (four eyes) or records another outcome with a reason.
 */
@Component({
  selector: 'app-declaratie-detail',
  imports: [RouterLink, Formulierveld, Foutsamenvatting, Gegevens, Gegeven, Keuzeveld, Laadblok, StatusBadge, Tabel, TabelRij, Tekstvak, VeldInvoer],
  template: `
    <app-laadblok [bron]="declaratie" [ladenTekst]="T.detailLaden" />
    @if (declaratie.waarde(); as d) {
      <h1 class="utrecht-heading-1">{{ T.detailKop(d.kenmerk) }}</h1>
      <p class="utrecht-paragraph"><app-status-badge [tekst]="T.statusNaam[d.status]" [soort]="soort(d.status)" /></p>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="actie.samenvatting()" [algemeen]="actie.algemeen()" />
      <dl app-gegevens>
        <div app-gegeven [term]="T.omschrijving">{{ d.omschrijving }}</div>
        <div app-gegeven [term]="T.bedrag"><strong>{{ euro(d.bedragEurocent) }}</strong></div>
        <div app-gegeven [term]="T.datum">{{ datum(d.uitgavedatum) }}</div>
        <div app-gegeven [term]="T.soortUitgave">{{ d.rekeningOmschrijving }} ({{ d.rekening }})</div>
        <div app-gegeven [term]="T.groep">{{ d.groepNaam }}</div>
        @if (d.factuur; as f) {
          <div app-gegeven [term]="T.factuurTerm">
            @if (d.opdrachtovereenkomstId) {
              <a class="utrecht-link" [routerLink]="['/opdrachten', d.opdrachtovereenkomstId]">{{ T.factuurVan(f.factuurnummer, d.naamBegunstigde) }}</a>
            } @else { {{ T.factuurVan(f.factuurnummer, d.naamBegunstigde) }} }
            <br />{{ T.factuurRegel(getal(f.uren), euro(f.bedragExclusiefEurocent), euro(f.btwEurocent)) }}
          </div>
        }
        <div app-gegeven [term]="T.ingediendDoor">{{ d.ingediendDoor }}</div>
        <div app-gegeven [term]="T.begunstigdeLabel">{{ d.iban ? d.naamBegunstigde + ', ' + d.iban : d.naamBegunstigde }}</div>
        <div app-gegeven [term]="T.bonnetjeLabel">
          @if (d.bonnetje; as b) {
            <button type="button" class="utrecht-button utrecht-button--subtle" (click)="bonnetje(d)">{{ T.bonnetjeDownload(b.naam) }}</button>
          } @else { {{ T.geenBonnetje }} }
        </div>
        <div app-gegeven [term]="T.goedkeuringen">
          {{ T.goedkeuringenStand(d.goedkeuringen.length, d.benodigdeGoedkeuringen) }}
          @for (g of d.goedkeuringen; track g.doorId) { <br />{{ T.goedgekeurdDoor(g.door, tijd(g.op)) }} }
        </div>
        @if (d.declaratiebetalingId) { <div app-gegeven [term]="T.inBatch"><a class="utrecht-link" routerLink="/declaraties/betalingen">{{ T.betalingenLink }}</a></div> }
      </dl>

      @if (isIndiener() && (d.status === 'concept' || d.status === 'onvolledig')) {
        <form class="formulier" novalidate [attr.aria-label]="T.vervangKnop" (submit)="$event.preventDefault(); vervang(kiezer)">
          <app-formulierveld veldId="declaratie-bonnetje" [label]="T.vervangLabel" [uitleg]="T.bonnetjeUitleg" [fouten]="actie.van('bonnetje')">
            <input appVeldInvoer #kiezer type="file" class="utrecht-textbox utrecht-textbox--html-input" accept="image/*,application/pdf" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.vervangKnop }}</button>
          </div>
        </form>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="dienIn()">
            {{ T.indienenKnop }}</button>
          @if (d.status === 'concept') {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="verwijder()">
              {{ T.verwijderenKnop }}</button>
          }
        </div>
      }

      @if (magBeslissen() && (d.status === 'ingediend' || d.status === 'aangehouden')) {
        <section [attr.aria-label]="T.beslissenKop">
          <h2 class="utrecht-heading-2">{{ T.beslissenKop }}</h2>
          <p class="utrecht-paragraph">{{ T.vierOgenUitleg }}</p>
          @if (isIndiener()) {
            <p class="utrecht-paragraph">{{ T.eigenDeclaratie }}</p>
          } @else {
            @if (alGoedgekeurd()) {
              <p class="utrecht-paragraph">{{ T.alGoedgekeurd }}</p>
            } @else {
              <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="keurGoed()">
                  {{ T.goedkeurenKnop }}</button>
              </div>
            }
            <form class="formulier" novalidate [attr.aria-label]="T.beoordelenKnop" (submit)="$event.preventDefault(); beoordeel()">
              <app-keuzeveld veldId="declaratie-uitkomst" [label]="T.uitkomstLabel" [leeg]="T.kies" [keuzes]="uitkomsten()"
                [fouten]="actie.van('uitkomst')" [(waarde)]="uitkomst" />
              <app-tekstvak veldId="declaratie-reden" [label]="T.redenLabel" [maxlength]="1000" [regels]="3" [fouten]="actie.van('reden')" [(waarde)]="reden" />
              <div class="utrecht-button-group">
                <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.beoordelenKnop }}</button>
              </div>
            </form>
          }
        </section>
      }

      <h2 class="utrecht-heading-2">{{ T.historieKop }}</h2>
      <app-tabel [label]="T.historieKop" [kolommen]="historieKolommen" [rijen]="d.historie" [leegTekst]="T.lijstLeeg" [sleutel]="historieSleutel">
        <ng-template [appTabelRij]="d.historie" let-h>
          <th class="utrecht-table__header-cell" scope="row">{{ tijd(h.op) }}</th>
          <td class="utrecht-table__cell">{{ T.statusNaam[h.status] }}</td>
          <td class="utrecht-table__cell">{{ h.door }}</td>
          <td class="utrecht-table__cell">{{ h.reden ?? '' }}</td>
        </ng-template>
      </app-tabel>
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/declaraties">{{ T.terugNaar }} {{ T.lijstTitel.toLowerCase() }}</a></p>
    }
  `,
  styles: `.utrecht-button--subtle { padding-inline: 0; min-block-size: auto; text-decoration: underline; } dd { overflow-wrap: anywhere; }`,
})
export class DeclaratieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly router = inject(Router);
  private readonly sessie = inject(Sessie);
  private readonly client = inject(DeclaratiesClient);
  private readonly document = documentLader();
  protected readonly declaratie = laadbaar({ params: () => this.id(), laad: (id) => this.client.getDeclaratie(id) });
  protected readonly isIndiener = computed(() => this.declaratie.waarde()?.ingediendDoorId === this.sessie.claims()?.sub);
  protected readonly magBeslissen = computed(() => this.sessie.heeftRol(...DECLARATIES_ROLLEN.beoordelen));
  protected readonly alGoedgekeurd = computed(() => (this.declaratie.waarde()?.goedkeuringen ?? []).some((g) => g.doorId === this.sessie.claims()?.sub));
  /** From Ingediend every outcome; an Aangehouden one is approved or rejected. */
  protected readonly uitkomsten = computed(() =>
    (Object.keys(T.uitkomstNaam) as DeclaratieUitkomst[])
      .filter((u) => this.declaratie.waarde()?.status === 'ingediend' || u === 'afgewezen')
      .map((u) => ({ id: u, naam: T.uitkomstNaam[u] })),
  );
  protected readonly uitkomst = signal('');
  protected readonly reden = signal('');
  protected readonly actie = new Formulier(
    { bonnetje: T.bonnetjeLabel, uitkomst: T.uitkomstLabel, reden: T.redenLabel },
    { veldId: (v) => `declaratie-${v}`, veldVanMelding: (m) => (/bonnetje|foto|PDF/i.test(m) ? 'bonnetje' : null) },
  );
  protected readonly melding = signal('');
  protected readonly historieKolommen: readonly Kolom[] = [{ kop: T.wanneer }, { kop: T.status }, { kop: T.door }, { kop: T.reden }];
  protected readonly historieSleutel = (h: DeclaratieHistorieDto, i: number) => `${h.op}-${i}`;
  protected readonly soort = declaratieSoort;
  protected readonly euro = formatEuro;
  protected readonly getal = getal;
  protected readonly datum = formatDatum;
  protected readonly tijd = (iso: string) => TIJD.format(new Date(iso));

  protected bonnetje(d: DeclaratieDto): void {
    this.actie.verstuur(() => this.document(`/declaraties/${d.id}/bonnetje`, d.bonnetje?.naam ?? 'bonnetje'), bewaar);
  }

  protected vervang(kiezer: HTMLInputElement): void {
    const bestand = kiezer.files?.[0];
    if (!this.actie.controleer({ bonnetje: bestand ? [] : [T.bonnetjeFout] }) || !bestand) return;
    this.actie.verstuur(() => this.client.replaceBonnetje(bestand, this.id(), bestand.name), (d) => this.klaar(d, T.bonnetjeVervangen));
  }

  protected dienIn(): void {
    this.actie.verstuur(() => this.client.submitDeclaratie(this.id()), (d) => this.klaar(d, T.ingediendMelding));
  }

  protected verwijder(): void {
    this.actie.verstuur(() => this.client.deleteDeclaratie(this.id()), () => void this.router.navigate(['/declaraties']));
  }

  protected keurGoed(): void {
    this.actie.verstuur(() => this.client.approveDeclaratie(this.id()), (d) => this.klaar(d, T.goedgekeurdMelding));
  }

  protected beoordeel(): void {
    if (!this.actie.controleer({ uitkomst: this.uitkomst() ? [] : [T.uitkomstFout], reden: this.reden().trim() ? [] : [T.redenFout] })) return;
    this.actie.verstuur(
      () => this.client.assessDeclaratie(this.id(), { uitkomst: this.uitkomst() as DeclaratieUitkomst, reden: this.reden().trim() }),
      (d) => this.klaar(d, T.beoordeeldMelding),
    );
  }

  private klaar(d: DeclaratieDto, melding: string): void {
    this.declaratie.zet(d);
    this.uitkomst.set('');
    this.reden.set('');
    this.melding.set(melding);
  }
}
