import { Component, computed, inject, input, output, signal } from '@angular/core';
import { Advies, Rubriekniveau, SubsidieaanvraagDto, SubsidieaanvragenClient, SubsidieregelingDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

export const NIVEAUS: readonly Rubriekniveau[] = ['voldoetNiet', 'voldoetDeels', 'voldoet'];

/** The criteria of the rubric that have no level yet, by name. */
export function zonderOordeel(criteria: readonly string[], oordelen: Readonly<Record<string, Rubriekniveau | undefined>>): string[] {
  return criteria.filter((c) => !oordelen[c]);
}

/**
 * A reviewer's judgement as a small rubric: one of three levels per criterion of the regeling (never added up, G-1),
 * the advice, a short reasoning and the declaration of no interest in the applicant.
 */
@Component({
  selector: 'app-aanvraag-beoordelen',
  imports: [Foutsamenvatting, Tekstvak, Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <h3 class="utrecht-heading-3">{{ T.beoordelenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.beoordelenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.beoordelenTitel" (submit)="$event.preventDefault(); beoordeel()">
      <app-veldgroep veldId="beoordeling-oordelen" [legenda]="T.rubriek" [uitleg]="T.rubriekUitleg" [fouten]="formulier.van('oordelen')">
        @for (c of regeling().criteria; track c.naam; let i = $index) {
          <app-veldgroep class="criterium" [veldId]="'oordeel-' + i" [legenda]="c.naam" [uitleg]="c.toelichting">
            <div class="niveaus">
              @for (n of niveaus; track n) {
                <app-formulierveld [veldId]="'oordeel-' + i + '-' + n" [label]="T.niveauNaam[n]" soort="radio">
                  <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" [name]="'oordeel-' + i" [value]="n" [checked]="oordelen()[c.naam] === n"
                    (change)="kies(c.naam, n)" />
                </app-formulierveld>
              }
            </div>
          </app-veldgroep>
        }
      </app-veldgroep>
      <app-veldgroep veldId="beoordeling-advies" [legenda]="T.advies" [fouten]="formulier.van('advies')">
        @for (a of adviezen; track a) {
          <app-formulierveld [veldId]="'advies-' + a" [label]="T.adviesNaam[a]" soort="radio">
            <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="advies" [value]="a" [checked]="advies() === a" (change)="advies.set(a)" />
          </app-formulierveld>
        }
      </app-veldgroep>
      <app-tekstvak veldId="beoordeling-toelichting" [label]="T.toelichting" [uitleg]="T.toelichtingUitleg" [maxlength]="5000"
        [fouten]="formulier.van('toelichting')" [(waarde)]="toelichting" />
      <app-formulierveld veldId="beoordeling-geen-belang" [label]="T.geenBelang" soort="checkbox" [fouten]="formulier.van('verklaartGeenBelang')">
        <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="geenBelang()" (change)="geenBelang.set($any($event.target).checked)" />
      </app-formulierveld>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.beoordelingOpslaan }}</button>
      </div>
    </form>
  `,
  styles: `
    .criterium { display: block; margin-block-end: 1rem; }
    .niveaus { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
  `,
})
export class AanvraagBeoordelen {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly regeling = input.required<SubsidieregelingDto>();
  readonly gewijzigd = output<SubsidieaanvraagDto>();
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly niveaus = NIVEAUS;
  protected readonly adviezen: readonly Advies[] = ['verlenen', 'weigeren'];
  protected readonly oordelen = signal<Record<string, Rubriekniveau | undefined>>({});
  protected readonly advies = signal<Advies | null>(null);
  protected readonly toelichting = signal('');
  protected readonly geenBelang = signal(false);
  private readonly criteria = computed(() => this.regeling().criteria.map((c) => c.naam));
  protected readonly formulier = new Formulier(
    { oordelen: T.rubriek, advies: T.advies, toelichting: T.toelichting, verklaartGeenBelang: T.geenBelang },
    {
      veldId: (v) =>
        v === 'oordelen' ? 'oordeel-0-voldoetNiet' : v === 'advies' ? 'advies-verlenen' : v === 'toelichting' ? 'beoordeling-toelichting' : 'beoordeling-geen-belang',
    },
  );

  protected kies(criterium: string, niveau: Rubriekniveau): void {
    this.oordelen.update((o) => ({ ...o, [criterium]: niveau }));
  }

  beoordeel(): void {
    const open = zonderOordeel(this.criteria(), this.oordelen());
    const advies = this.advies();
    const toelichting = this.toelichting().trim();
    const ok = this.formulier.controleer({
      oordelen: open.length ? [T.oordeelOntbreekt(open.join(', '))] : [],
      advies: advies ? [] : [T.adviesVerplicht],
      toelichting: toelichting ? [] : [T.toelichtingVerplicht],
      verklaartGeenBelang: this.geenBelang() ? [] : [T.geenBelangVerplicht],
    });
    if (!ok || !advies) return;
    const oordelen = this.criteria().map((criterium) => ({ criterium, niveau: this.oordelen()[criterium]! }));
    this.formulier.verstuur(
      () => this.client.reviewSubsidieaanvraag(this.aanvraag().id, { advies, oordelen, toelichting, verklaartGeenBelang: this.geenBelang() }),
      (a) => {
        this.oordelen.set({});
        this.advies.set(null);
        this.toelichting.set('');
        this.geenBelang.set(false);
        this.gewijzigd.emit(a);
      },
    );
  }
}
