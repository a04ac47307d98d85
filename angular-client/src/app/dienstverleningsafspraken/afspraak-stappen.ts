import { Component, inject, input, output, signal } from '@angular/core';
import { DienstverleningsafspraakDto, DienstverleningsafsprakenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { DIENSTVERLENING_TEKSTEN as T } from './teksten';

/** The bewonersorganisatie records the review of one year of a running agreement. */
@Component({
  selector: 'app-evaluatie-formulier',
  imports: [Foutsamenvatting, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3" [id]="'evaluatie-kop-' + jaar()">{{ T.evaluatieKop(jaar()) }}</h3>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-labelledby]="'evaluatie-kop-' + jaar()" (submit)="$event.preventDefault(); leg()">
      <app-tekstvak [veldId]="'evaluatie-samenvatting-' + jaar()" [label]="T.evaluatieLabel" [maxlength]="4000" [fouten]="formulier.van('samenvatting')"
        [(waarde)]="samenvatting" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.evaluatieKnop }}</button>
      </div>
    </form>
  `,
})
export class EvaluatieFormulier {
  protected readonly T = T;
  readonly afspraak = input.required<DienstverleningsafspraakDto>();
  readonly jaar = input.required<number>();
  readonly vastgelegd = output<DienstverleningsafspraakDto>();
  private readonly client = inject(DienstverleningsafsprakenClient);
  protected readonly samenvatting = signal('');
  protected readonly formulier = new Formulier({ samenvatting: T.samenvatting }, { veldId: () => `evaluatie-samenvatting-${this.jaar()}`, veldVanMelding: () => 'samenvatting' });

  leg(): void {
    if (!this.formulier.controleer({ samenvatting: this.samenvatting().trim() ? [] : [T.evaluatieFout] })) return;
    this.formulier.verstuur(() => this.client.recordEvaluatiemoment(this.afspraak().id, this.jaar(), { samenvatting: this.samenvatting().trim() }), (x) => {
      this.samenvatting.set('');
      this.vastgelegd.emit(x);
    });
  }
}

/** The gemeente ends an agreement, always with a reason (G-9). */
@Component({
  selector: 'app-beeindig-formulier',
  imports: [Foutsamenvatting, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="beeindigen-kop">{{ T.beeindigenKop }}</h2>
    <p class="utrecht-paragraph">{{ T.beeindigenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="beeindigen-kop" (submit)="$event.preventDefault(); beeindig()">
      <app-tekstvak veldId="beeindigen-reden" [label]="T.reden" [maxlength]="2000" [fouten]="formulier.van('reden')" [(waarde)]="reden" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.beeindigen }}</button>
      </div>
    </form>
  `,
})
export class BeeindigFormulier {
  protected readonly T = T;
  readonly afspraak = input.required<DienstverleningsafspraakDto>();
  readonly beeindigd = output<DienstverleningsafspraakDto>();
  private readonly client = inject(DienstverleningsafsprakenClient);
  protected readonly reden = signal('');
  protected readonly formulier = new Formulier({ reden: T.reden }, { veldId: () => 'beeindigen-reden' });

  beeindig(): void {
    if (!this.formulier.controleer({ reden: this.reden().trim() ? [] : [T.redenFout] })) return;
    this.formulier.verstuur(() => this.client.endDienstverleningsafspraak(this.afspraak().id, { reden: this.reden().trim() }), (x) => this.beeindigd.emit(x));
  }
}
