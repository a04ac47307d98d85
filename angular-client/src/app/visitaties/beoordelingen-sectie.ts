import { Component, computed, inject, input, output, signal } from '@angular/core';
import { Oordeel, PerspectiefDto, VisitatieDto, VisitatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { StatusBadge } from '../gedeeld/status-badge';
import { Tekstvak } from '../gedeeld/tekstvak';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { KORTSTE_TOELICHTING, voorbij } from './visitatie';
import { VISITATIES_ROLLEN } from './visitaties.routes';

const OORDELEN: readonly Oordeel[] = ['beginnend', 'inOntwikkeling', 'sterk', 'inspirerendVoorbeeld'];

/**
 * The panel's judgement per perspective: a mark on the four-point scale and a required narrative (G-5), changeable
 * during the conversations; then the draft report, once every perspective is scored.
 */
@Component({
  selector: 'app-beoordelingen-sectie',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, StatusBadge, Tekstvak],
  template: `
    @let v = visitatie();
    <h2 class="utrecht-heading-2">{{ T.beoordelingenKop }}</h2>
    @if (magScoren()) { <p class="utrecht-paragraph uitleg">{{ T.beoordelingenUitleg }}</p> }
    @for (p of v.perspectieven; track p.id) {
      <section class="perspectief" [attr.aria-labelledby]="'perspectief-' + p.id">
        <h3 class="utrecht-heading-3" [id]="'perspectief-' + p.id">{{ p.naam }}</h3>
        <p class="utrecht-paragraph klein">{{ p.omschrijving }}</p>
        @if (beoordeling(p); as b) {
          <p class="utrecht-paragraph"><app-status-badge [tekst]="T.oordeelNaam[b.oordeel]" /> <span class="klein door">{{ T.door(b.door) }}</span></p>
          <p class="utrecht-paragraph tekst">{{ b.toelichting }}</p>
        } @else if (!(v.kant === 'gevisiteerde' && !voorbij(v.status, 'reactie'))) {
          <p class="utrecht-paragraph"><app-status-badge [tekst]="T.nogNietBeoordeeld" soort="warning" /></p>
        }
        @if (magScoren()) {
          @if (bewerkt() === p.id) {
            <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
            <form class="formulier" novalidate [attr.aria-labelledby]="'perspectief-' + p.id" (submit)="$event.preventDefault(); sla(p)">
              <app-veldgroep [veldId]="'oordeel-' + p.id" [legenda]="T.oordeelLabel" [fouten]="formulier.van('oordeel')">
                @for (o of oordelen; track o) {
                  <app-formulierveld soort="radio" [veldId]="'oordeel-' + p.id + '-' + o" [label]="T.oordeelNaam[o]">
                    <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" [name]="'oordeel-' + p.id"
                      [checked]="oordeel() === o" (change)="oordeel.set(o)" />
                  </app-formulierveld>
                }
              </app-veldgroep>
              <app-tekstvak [veldId]="'toelichting-' + p.id" [label]="T.toelichtingLabel" [maxlength]="4000" [regels]="5"
                [fouten]="formulier.van('toelichting')" [waarde]="toelichting()" (waardeChange)="toelichting.set($event)" />
              <div class="utrecht-button-group">
                <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
                  {{ formulier.bezig() ? T.bezig : T.beoordelingOpslaan }}</button>
              </div>
            </form>
          } @else {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="bewerk(p)">{{ T.beoordelingOpslaan }}<span class="visueel-verborgen">: {{ p.naam }}</span></button>
          }
        }
      </section>
    }
    @if (magConcept()) {
      <p class="utrecht-paragraph uitleg">{{ T.conceptUitleg }}</p>
      @if (concept.algemeen().length) {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="[]" [algemeen]="concept.algemeen()" />
      }
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="concept.bezig() || null" (click)="maakConcept()">
          {{ T.conceptMaken }}</button>
      </div>
    }
  `,
  styles: `
    .uitleg, .tekst { max-inline-size: 70ch; }
    .tekst { white-space: pre-line; }
    .klein { font-size: 0.875em; }
    .door { margin-inline-start: 0.5em; }
    .perspectief { margin-block-end: 1.5rem; }
  `,
})
export class BeoordelingenSectie {
  protected readonly T = T;
  readonly visitatie = input.required<VisitatieDto>();
  readonly bijgewerkt = output<VisitatieDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VisitatiesClient);
  protected readonly oordelen = OORDELEN;
  protected readonly voorbij = voorbij;
  protected readonly magScoren = computed(() => this.visitatie().status === 'gesprekken' && this.visitatie().kant === 'panel');
  protected readonly magConcept = computed(() => {
    const v = this.visitatie();
    return v.status === 'gesprekken' && (v.kant === 'panel' || (v.kant === 'gemeente' && this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente)));
  });
  /** The perspective whose form is open. */
  protected readonly bewerkt = signal<string | null>(null);
  protected readonly oordeel = signal<Oordeel | null>(null);
  protected readonly toelichting = signal('');
  protected readonly formulier = new Formulier(
    { oordeel: T.oordeelLabel, toelichting: T.toelichtingLabel },
    { veldId: (v) => (v === 'oordeel' ? `oordeel-${this.bewerkt()}-beginnend` : `toelichting-${this.bewerkt()}`), veldVanMelding: () => 'toelichting' },
  );
  protected readonly concept = new Formulier({});

  protected beoordeling(p: PerspectiefDto) {
    return this.visitatie().beoordelingen.find((b) => b.perspectiefId === p.id) ?? null;
  }

  protected bewerk(p: PerspectiefDto): void {
    const b = this.beoordeling(p);
    this.bewerkt.set(p.id);
    this.oordeel.set(b?.oordeel ?? null);
    this.toelichting.set(b?.toelichting ?? '');
    this.formulier.wis();
  }

  protected sla(p: PerspectiefDto): void {
    const oordeel = this.oordeel();
    const toelichting = this.toelichting().trim();
    if (!this.formulier.controleer({
      oordeel: oordeel ? [] : [T.fout.oordeel], toelichting: toelichting.length >= KORTSTE_TOELICHTING ? [] : [T.fout.toelichting],
    }) || !oordeel) return;
    this.formulier.verstuur(() => this.client.scorePerspectief(this.visitatie().id, p.id, { oordeel, toelichting }), (v) => {
      this.bewerkt.set(null);
      this.bijgewerkt.emit(v);
    });
  }

  protected maakConcept(): void {
    this.concept.verstuur(() => this.client.draftRapport(this.visitatie().id), (v) => this.bijgewerkt.emit(v));
  }
}
