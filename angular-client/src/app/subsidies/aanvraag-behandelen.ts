import { Component, inject, input, output } from '@angular/core';
import { SubsidieaanvraagDto, SubsidieaanvragenClient, SubsidieregelingDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { AanvraagBeoordelen } from './aanvraag-beoordelen';
import { AanvraagBesluiten } from './aanvraag-besluiten';
import { AanvraagTermijnen } from './aanvraag-termijnen';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The gemeente's work on a submitted application: take it in hand, then review, ask, postpone and decide. */
@Component({
  selector: 'app-aanvraag-behandelen',
  imports: [Foutsamenvatting, AanvraagBeoordelen, AanvraagBesluiten, AanvraagTermijnen],
  template: `
    <section [attr.aria-label]="T.behandelenTitel">
      <h2 class="utrecht-heading-2">{{ T.behandelenTitel }}</h2>
      @switch (aanvraag().status) {
        @case ('ingediend') {
          <p class="utrecht-paragraph">{{ T.inBehandelingNemenUitleg }}</p>
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="[]" [algemeen]="stap.algemeen()" />
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="neemInBehandeling()">
              {{ stap.bezig() ? T.bezig : T.inBehandelingNemen }}</button>
          </div>
        }
        @case ('aanvullingGevraagd') {
          <p class="utrecht-paragraph">{{ T.wachtOpAanvulling }}</p>
        }
        @case ('inBehandeling') {
          <app-aanvraag-beoordelen [aanvraag]="aanvraag()" [regeling]="regeling()" (gewijzigd)="gewijzigd.emit($event)" />
          <app-aanvraag-besluiten [aanvraag]="aanvraag()" [regeling]="regeling()" (gewijzigd)="gewijzigd.emit($event)" />
          <app-aanvraag-termijnen [aanvraag]="aanvraag()" (gewijzigd)="gewijzigd.emit($event)" />
        }
      }
    </section>
  `,
})
export class AanvraagBehandelen {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly regeling = input.required<SubsidieregelingDto>();
  readonly gewijzigd = output<SubsidieaanvraagDto>();
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly stap = new Formulier({});

  neemInBehandeling(): void {
    this.stap.verstuur(() => this.client.startBehandeling(this.aanvraag().id), (a) => this.gewijzigd.emit(a));
  }
}
