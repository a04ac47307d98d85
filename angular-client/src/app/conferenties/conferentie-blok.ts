import { Component, input } from '@angular/core';
import { ErvaringsconferentieDto } from '../api/api-client';
import { StatusBadge } from '../gedeeld/status-badge';
import { formatDatum } from '../wijkbeelden/datum';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

/** A conference's invitation as everyone reads it: when and where, the theme and wijken, the places taken, the programme and the lessons. */
@Component({
  selector: 'app-conferentie-blok',
  imports: [StatusBadge],
  template: `
    @let c = conferentie();
    <p class="utrecht-paragraph">
      <strong>{{ T.wanneerWaar(datum(c.datum), c.plek) }}</strong> ·
      <app-status-badge [tekst]="T.statusNaam[c.status]" [soort]="c.status === 'gepland' ? 'neutral' : 'success'" />
    </p>
    <p class="utrecht-paragraph">{{ T.thema(c.thema) }}@if (c.wijken.length) { · {{ T.wijken(wijken(c)) }} }</p>
    <p class="utrecht-paragraph tekst">{{ c.omschrijving }}</p>
    <p class="utrecht-paragraph klein">{{ T.aangemeld(c.aangemeld, c.capaciteit) }}</p>
    @if (c.programma.length) {
      <h3 class="utrecht-heading-3">{{ T.programmaKop }}</h3>
      <dl class="programma">
        @for (p of c.programma; track $index) {
          <div><dt>{{ p.tijd }}</dt><dd>{{ p.onderdeel }}@if (p.door) { ({{ p.door }}) }</dd></div>
        }
      </dl>
    }
    @if (c.lessen.length) {
      <h3 class="utrecht-heading-3">{{ T.lessenKop }}</h3>
      <ul class="utrecht-unordered-list">
        @for (l of c.lessen; track $index) { <li class="utrecht-unordered-list__item">{{ l }}</li> }
      </ul>
    }
  `,
  styles: `
    .tekst { max-inline-size: 70ch; }
    .klein { font-size: 0.875em; }
    .programma { display: grid; gap: 0.25rem; margin: 0; }
    .programma div { display: grid; grid-template-columns: 4rem 1fr; }
    .programma dt { font-weight: bold; }
    .programma dd { margin: 0; }
  `,
})
export class ConferentieBlok {
  protected readonly T = T;
  readonly conferentie = input.required<ErvaringsconferentieDto>();
  protected readonly datum = formatDatum;
  protected wijken(c: ErvaringsconferentieDto): string {
    return c.wijken.map((w) => w.naam).join(', ');
  }
}
