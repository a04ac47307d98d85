import { Component, computed, inject, input, output, signal } from '@angular/core';
import { VisitatieDto, VisitatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { bewaar, documentLader } from '../gedeeld/document';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { StatusBadge } from '../gedeeld/status-badge';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { isTeLaat, voorbij } from './visitatie';
import { VISITATIES_ROLLEN } from './visitaties.routes';

/**
 * From the draft report on: the PDF, the reviewed party's response during its period, the gemeente's adoption, the
 * follow-up actions (into the tracker) and closing the visitatie.
 */
@Component({
  selector: 'app-rapport-sectie',
  imports: [Foutsamenvatting, StatusBadge, Tekstvak, Tekstveld],
  template: `
    @let v = visitatie();
    <h2 class="utrecht-heading-2" id="rapport-kop">{{ T.rapportKop }}</h2>
    <p class="utrecht-paragraph">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="download()">{{ T.rapportDownloaden }}</button>
    </p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />

    <h3 class="utrecht-heading-3" id="reactie-kop">{{ T.reactieKop }}</h3>
    @if (v.reactie) {
      <p class="utrecht-paragraph tekst">{{ v.reactie }}</p>
    } @else if (v.status === 'reactie' && v.reactieUiterlijk) {
      <p class="utrecht-paragraph">{{ T.reactieUiterlijk(datum(v.reactieUiterlijk)) }}</p>
    } @else {
      <p class="utrecht-paragraph">{{ T.geenReactie }}</p>
    }
    @if (magReageren()) {
      <form class="formulier" novalidate aria-labelledby="reactie-kop" (submit)="$event.preventDefault(); reageer()">
        <app-tekstvak veldId="reactie-tekst" [label]="T.reactieLabel" [uitleg]="T.reactieUitleg" [maxlength]="10000" [regels]="6"
          [fouten]="formulier.van('tekst')" [waarde]="tekst()" (waardeChange)="tekst.set($event)" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.reactieOpslaan }}</button>
        </div>
      </form>
    }
    @if (isGemeente() && v.status === 'reactie') {
      <p class="utrecht-paragraph uitleg">{{ T.vaststellenUitleg }}</p>
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="stelVast()">
          {{ T.vaststellen }}</button>
      </div>
    }

    @if (voorbij(v.status, 'vastgesteld')) {
      <h3 class="utrecht-heading-3" id="vervolg-kop">{{ T.vervolgKop }}</h3>
      @if (v.vervolgacties.length) {
        <ul class="utrecht-unordered-list">
          @for (a of v.vervolgacties; track a.id) {
            <li class="utrecht-unordered-list__item">
              {{ a.omschrijving }} ({{ T.vervolgRegel(a.eigenaar, datum(a.uiterlijk)) }})
              @if (a.gereedOp) {
                <app-status-badge [tekst]="T.gereed(datum(a.gereedOp))" soort="success" />
                @if (a.bewijs) { <br /><span class="klein">{{ T.bewijs(a.bewijs) }}</span> }
              } @else {
                @if (teLaat(a)) { <app-status-badge [tekst]="T.teLaat" soort="danger" /> } @else { <app-status-badge [tekst]="T.open" /> }
                @if (isGemeente() && v.status === 'opvolging') {
                  <form class="gereed" novalidate [attr.aria-label]="T.gereedMelden(a.omschrijving)" (submit)="$event.preventDefault(); meldGereed(a.id)">
                    <app-tekstveld [veldId]="'bewijs-' + a.id" [label]="T.bewijsLabel(a.omschrijving)" autocomplete="off" [maxlength]="1000"
                      [fouten]="melder() === a.id ? formulier.van('bewijs') : []" [waarde]="bewijzen()[a.id] ?? ''" (waardeChange)="zetBewijs(a.id, $event)" />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.gereedMelden(a.omschrijving) }}</button>
                  </form>
                }
              }
            </li>
          }
        </ul>
      } @else {
        <p class="utrecht-paragraph">{{ T.geenVervolg }}</p>
      }
      @if (isGemeente() && (v.status === 'vastgesteld' || v.status === 'opvolging')) {
        <p class="utrecht-paragraph uitleg">{{ T.vervolgUitleg }}</p>
        <form class="formulier" novalidate aria-labelledby="vervolg-kop" (submit)="$event.preventDefault(); voegActieToe($any($event.target))">
          <app-tekstveld veldId="vervolg-omschrijving" [label]="T.omschrijvingLabel" [verplicht]="true" autocomplete="off" [maxlength]="1000"
            [fouten]="formulier.van('omschrijving')" [waarde]="omschrijving()" (waardeChange)="omschrijving.set($event)" />
          <app-tekstveld veldId="vervolg-eigenaar" [label]="T.eigenaarLabel" [verplicht]="true" autocomplete="off" [maxlength]="200"
            [fouten]="formulier.van('eigenaar')" [waarde]="eigenaar()" (waardeChange)="eigenaar.set($event)" />
          <app-tekstveld veldId="vervolg-uiterlijk" type="date" [label]="T.uiterlijkLabel" [verplicht]="true"
            [fouten]="formulier.van('uiterlijk')" [waarde]="uiterlijk()" (waardeChange)="uiterlijk.set($event)" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.vervolgOpslaan }}</button>
          </div>
        </form>
      }
      @if (isGemeente() && v.status === 'opvolging') {
        <p class="utrecht-paragraph uitleg">{{ T.afrondenUitleg }}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="rondAf()">
            {{ T.afronden }}</button>
        </div>
      }
    }
  `,
  styles: `
    .uitleg, .tekst { max-inline-size: 70ch; }
    .tekst { white-space: pre-line; }
    .klein { font-size: 0.875em; }
    .gereed { max-inline-size: 40rem; margin-block: 0.5rem 1rem; }
  `,
})
export class RapportSectie {
  protected readonly T = T;
  readonly visitatie = input.required<VisitatieDto>();
  readonly bijgewerkt = output<VisitatieDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VisitatiesClient);
  private readonly laadDocument = documentLader();
  protected readonly voorbij = voorbij;
  protected readonly datum = formatDatum;
  private readonly vandaag = new Date().toISOString().slice(0, 10);
  protected readonly isGemeente = computed(() => this.visitatie().kant === 'gemeente' && this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente));
  protected readonly magReageren = computed(() => {
    const v = this.visitatie();
    return v.status === 'reactie' && !v.reactie && (v.kant === 'gevisiteerde' || (this.isGemeente() && !v.organisatieId));
  });
  protected readonly tekst = signal('');
  protected readonly omschrijving = signal('');
  protected readonly eigenaar = signal('');
  protected readonly uiterlijk = signal('');
  /** The evidence typed per follow-up action, and the action whose report is being sent. */
  protected readonly bewijzen = signal<Record<string, string>>({});
  protected readonly melder = signal<string | null>(null);
  protected readonly formulier = new Formulier(
    { tekst: T.reactieLabel, omschrijving: T.omschrijvingLabel, eigenaar: T.eigenaarLabel, uiterlijk: T.uiterlijkLabel, bewijs: T.bewijsKop },
    {
      veldId: (v) => (v === 'tekst' ? 'reactie-tekst' : v === 'bewijs' ? `bewijs-${this.melder()}` : `vervolg-${v}`),
      veldVanMelding: (m) => (/deadline/.test(m) ? 'uiterlijk' : /gedaan|bewijs/.test(m) ? 'bewijs' : null),
    },
  );
  protected readonly teLaat = (a: { uiterlijk: string; gereedOp: string | null }) => isTeLaat(a, this.vandaag);

  protected download(): void {
    this.laadDocument(`/visitaties/${encodeURIComponent(this.visitatie().id)}/rapport`, 'visitatierapport.pdf').subscribe({
      next: bewaar,
      error: (fout: unknown) => this.formulier.toonProbleem(fout),
    });
  }

  protected reageer(): void {
    if (!this.formulier.controleer({ tekst: this.tekst().trim() ? [] : [T.fout.tekst] })) return;
    this.formulier.verstuur(() => this.client.submitReactie(this.visitatie().id, { tekst: this.tekst().trim() }), (v) => this.bijgewerkt.emit(v));
  }

  protected stelVast(): void {
    this.formulier.verstuur(() => this.client.adoptRapport(this.visitatie().id), (v) => this.bijgewerkt.emit(v));
  }

  /** Resets the form element too, so the emptied fields do not show as wrongly filled in (:user-invalid). */
  protected voegActieToe(form: HTMLFormElement): void {
    const omschrijving = this.omschrijving().trim();
    const eigenaar = this.eigenaar().trim();
    const uiterlijk = this.uiterlijk();
    if (!this.formulier.controleer({
      omschrijving: omschrijving ? [] : [T.fout.omschrijving], eigenaar: eigenaar ? [] : [T.fout.eigenaar], uiterlijk: uiterlijk ? [] : [T.fout.uiterlijk],
    })) return;
    this.formulier.verstuur(() => this.client.addVervolgactie(this.visitatie().id, { omschrijving, eigenaar, uiterlijk }), (v) => {
      form.reset();
      this.omschrijving.set('');
      this.eigenaar.set('');
      this.uiterlijk.set('');
      this.bijgewerkt.emit(v);
    });
  }

  protected zetBewijs(actieId: string, bewijs: string): void {
    this.bewijzen.update((b) => ({ ...b, [actieId]: bewijs }));
  }

  protected meldGereed(actieId: string): void {
    const bewijs = (this.bewijzen()[actieId] ?? '').trim();
    this.melder.set(actieId);
    if (!this.formulier.controleer({ bewijs: bewijs ? [] : [T.fout.bewijs] })) return;
    this.formulier.verstuur(() => this.client.completeVervolgactie(this.visitatie().id, actieId, { bewijs }), (v) => this.bijgewerkt.emit(v));
  }

  protected rondAf(): void {
    this.formulier.verstuur(() => this.client.closeVisitatie(this.visitatie().id), (v) => this.bijgewerkt.emit(v));
  }
}
