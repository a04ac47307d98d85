import { Component, computed, input } from '@angular/core';
import { PerspectiefoordeelDto, PerspectiefDto, VisitatierapportDto } from '../api/api-client';
import { formatDatum } from '../wijkbeelden/datum';
import { StatusBadge } from '../gedeeld/status-badge';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { isTeLaat } from './visitatie';

/** The panel's judgement per perspective (mark and narrative), the response and the follow-up of one adopted report. */
@Component({
  selector: 'app-rapport-blok',
  imports: [StatusBadge],
  template: `
    @let r = rapport();
    <p class="utrecht-paragraph">
      <strong>{{ T.panelKop }}:</strong>
      @for (p of r.panel; track p.gebruikerId) { {{ p.naam }} ({{ T.rolNaam[p.rol] }}){{ $last ? '' : ', ' }} }
    </p>
    @for (p of perspectieven(); track p.perspectief.id) {
      <h3 class="utrecht-heading-3">{{ p.perspectief.naam }}</h3>
      @if (p.beoordeling; as b) {
        <p class="utrecht-paragraph"><app-status-badge [tekst]="T.oordeelNaam[b.oordeel]" /></p>
        <p class="utrecht-paragraph tekst">{{ b.toelichting }}</p>
      }
    }
    <h3 class="utrecht-heading-3">{{ T.reactieKop }}</h3>
    <p class="utrecht-paragraph tekst">{{ r.reactie ?? T.geenReactie }}</p>
    <h3 class="utrecht-heading-3">{{ T.vervolgKop }}</h3>
    @if (r.vervolgacties.length) {
      <ul class="utrecht-unordered-list">
        @for (a of r.vervolgacties; track a.id) {
          <li class="utrecht-unordered-list__item">
            {{ a.omschrijving }} ({{ T.vervolgRegel(a.eigenaar, datum(a.uiterlijk)) }})
            @if (a.gereedOp) {
              <app-status-badge [tekst]="T.gereed(datum(a.gereedOp))" soort="success" />
              @if (a.bewijs) { <br /><span class="klein">{{ T.bewijs(a.bewijs) }}</span> }
            } @else if (teLaat(a)) { <app-status-badge [tekst]="T.teLaat" soort="danger" /> }
            @else { <app-status-badge [tekst]="T.open" /> }
          </li>
        }
      </ul>
    } @else {
      <p class="utrecht-paragraph">{{ T.geenVervolg }}</p>
    }
  `,
  styles: `.tekst { white-space: pre-line; max-inline-size: 70ch; } .klein { font-size: 0.875em; }`,
})
export class RapportBlok {
  protected readonly T = T;
  readonly rapport = input.required<Pick<VisitatierapportDto, 'panel' | 'perspectieven' | 'beoordelingen' | 'reactie' | 'vervolgacties'>>();
  /** Today (yyyy-mm-dd), to mark an open action past its deadline. */
  readonly vandaag = input(new Date().toISOString().slice(0, 10));
  protected readonly perspectieven = computed(() => {
    const r = this.rapport();
    return r.perspectieven.map((perspectief: PerspectiefDto) => ({
      perspectief, beoordeling: r.beoordelingen.find((b: PerspectiefoordeelDto) => b.perspectiefId === perspectief.id) ?? null,
    }));
  });
  protected readonly datum = formatDatum;
  protected readonly teLaat = (a: { uiterlijk: string; gereedOp: string | null }) => isTeLaat(a, this.vandaag());
}
