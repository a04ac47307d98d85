import { Component, inject, input, output, signal } from '@angular/core';
import { SubsidieaanvraagDto, SubsidieaanvragenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * What moves the beslistermijn: asking the applicant to complete the application (Awb 4:5, the clock stands still) and
 * telling the applicant the decision comes later, by when and why (Awb 4:14).
 */
@Component({
  selector: 'app-aanvraag-termijnen',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld],
  template: `
    <h3 class="utrecht-heading-3">{{ T.aanvullingVragenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.aanvullingVragenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="vraagFormulier.samenvatting()" [algemeen]="vraagFormulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.aanvullingVragenTitel" (submit)="$event.preventDefault(); vraagAan()">
      <app-tekstvak veldId="aanvulling-vraag" [label]="T.vraag" [maxlength]="2000" [fouten]="vraagFormulier.van('vraag')" [(waarde)]="vraag" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="vraagFormulier.bezig() || null">
          {{ vraagFormulier.bezig() ? T.bezig : T.aanvullingVragen }}</button>
      </div>
    </form>

    <h3 class="utrecht-heading-3">{{ T.verdagenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.verdagenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="verdaagFormulier.samenvatting()" [algemeen]="verdaagFormulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.verdagenTitel" (submit)="$event.preventDefault(); verdaag()">
      <app-tekstveld veldId="verdaging-termijn" type="date" [label]="T.nieuweTermijn" [verplicht]="true"
        [fouten]="verdaagFormulier.van('nieuweTermijn')" [(waarde)]="nieuweTermijn" />
      <app-tekstvak veldId="verdaging-reden" [label]="T.reden" [maxlength]="2000" [fouten]="verdaagFormulier.van('reden')" [(waarde)]="reden" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="verdaagFormulier.bezig() || null">
          {{ verdaagFormulier.bezig() ? T.bezig : T.verdagen }}</button>
      </div>
    </form>
  `,
})
export class AanvraagTermijnen {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly gewijzigd = output<SubsidieaanvraagDto>();
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly vraag = signal('');
  protected readonly nieuweTermijn = signal('');
  protected readonly reden = signal('');
  protected readonly vraagFormulier = new Formulier({ vraag: T.vraag }, { veldId: () => 'aanvulling-vraag' });
  protected readonly verdaagFormulier = new Formulier(
    { nieuweTermijn: T.nieuweTermijn, reden: T.reden },
    { veldId: (v) => (v === 'nieuweTermijn' ? 'verdaging-termijn' : 'verdaging-reden') },
  );

  vraagAan(): void {
    const vraag = this.vraag().trim();
    if (!this.vraagFormulier.controleer({ vraag: vraag ? [] : [T.vraagVerplicht] })) return;
    this.vraagFormulier.verstuur(() => this.client.requestAanvulling(this.aanvraag().id, { vraag }), (a) => {
      this.vraag.set('');
      this.gewijzigd.emit(a);
    });
  }

  verdaag(): void {
    const nieuweTermijn = this.nieuweTermijn();
    const reden = this.reden().trim();
    const ok = this.verdaagFormulier.controleer({
      nieuweTermijn: nieuweTermijn ? [] : [T.datumVerplicht],
      reden: reden ? [] : [T.redenVerplicht],
    });
    if (!ok) return;
    this.verdaagFormulier.verstuur(() => this.client.postponeBesluit(this.aanvraag().id, { nieuweTermijn, reden }), (a) => {
      this.nieuweTermijn.set('');
      this.reden.set('');
      this.gewijzigd.emit(a);
    });
  }
}
