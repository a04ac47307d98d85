import { Component, OnInit, inject, input, output, signal } from '@angular/core';
import { SubsidieaanvraagDto, SubsidieaanvragenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The applicant answers the gemeente's request for completion with a revised plan (Awb 4:5); the beslistermijn runs again. */
@Component({
  selector: 'app-aanvraag-aanvullen',
  imports: [Foutsamenvatting, Tekstvak],
  template: `
    <section [attr.aria-label]="T.aanvullenTitel">
      <h2 class="utrecht-heading-2">{{ T.aanvullenTitel }}</h2>
      <p class="utrecht-paragraph">{{ T.aanvullenUitleg }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate [attr.aria-label]="T.aanvullenTitel" (submit)="$event.preventDefault(); vulAan()">
        <app-tekstvak veldId="plan" [label]="T.plan" [maxlength]="20000" [regels]="8" [fouten]="formulier.van('plan')" [(waarde)]="plan" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.aanvullen }}</button>
        </div>
      </form>
    </section>
  `,
})
export class AanvraagAanvullen implements OnInit {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly gewijzigd = output<SubsidieaanvraagDto>();
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly plan = signal('');
  protected readonly formulier = new Formulier({ plan: T.plan });

  ngOnInit(): void {
    this.plan.set(this.aanvraag().plan);
  }

  vulAan(): void {
    const plan = this.plan().trim();
    if (!this.formulier.controleer({ plan: plan ? [] : [T.planVerplicht] })) return;
    this.formulier.verstuur(() => this.client.completeSubsidieaanvraag(this.aanvraag().id, { plan }), (a) => this.gewijzigd.emit(a));
  }
}
