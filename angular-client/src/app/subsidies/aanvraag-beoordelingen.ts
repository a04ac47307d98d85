import { Component, computed, input } from '@angular/core';
import { SubsidieaanvraagDto, SubsidieregelingDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { StatusBadge } from '../gedeeld/status-badge';
import { benodigdeBeoordelingen } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * The reviews of an application: per reviewer the advice, the level per criterion (never a total, G-1) and the
 * reasoning; and the four-eyes state, how many reviews there are and how many a grant of the requested amount needs.
 */
@Component({
  selector: 'app-aanvraag-beoordelingen',
  imports: [StatusBadge, Gegevens, Gegeven],
  template: `
    <section [attr.aria-label]="T.beoordelingen">
      <h2 class="utrecht-heading-2">{{ T.beoordelingen }}</h2>
      <p class="utrecht-paragraph">
        {{ T.vierOgenStand(aanvraag().beoordelingen.length, nodig()) }}
        {{ nodig() === 2 ? T.vierOgenTwee(euro(regeling().vierOgenVanafEurocent)) : T.vierOgenEen(euro(regeling().vierOgenVanafEurocent)) }}
      </p>
      @if (aanvraag().beoordelingen.length === 0) {
        <p class="utrecht-paragraph">{{ T.nogGeenBeoordelingen }}</p>
      }
      @for (b of aanvraag().beoordelingen; track b.op) {
        <article class="beoordeling">
          <h3 class="utrecht-heading-3">{{ T.beoordelingDoor(b.beoordelaar, datum(b.op)) }}</h3>
          <p class="utrecht-paragraph">{{ T.advies }}: <app-status-badge [tekst]="T.adviesNaam[b.advies]" [soort]="b.advies === 'verlenen' ? 'success' : 'danger'" /></p>
          <dl app-gegevens>
            @for (o of b.oordelen; track o.criterium) { <div app-gegeven [term]="o.criterium">{{ T.niveauNaam[o.niveau] }}</div> }
          </dl>
          <p class="utrecht-paragraph tekst">{{ b.toelichting }}</p>
        </article>
      }
    </section>
  `,
  styles: `.tekst { white-space: pre-line; } .beoordeling { margin-block-end: 1.5rem; }`,
})
export class AanvraagBeoordelingen {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly regeling = input.required<SubsidieregelingDto>();
  protected readonly nodig = computed(() => benodigdeBeoordelingen(this.aanvraag().bedragEurocent, this.regeling().vierOgenVanafEurocent));
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
}
