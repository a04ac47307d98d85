import { Component, input, output } from '@angular/core';
import { Probleem } from './probleem';
import { GEDEELD_TEKSTEN as T } from './teksten';

/** Error state of a screen or an action: an alert with the problem and (optionally) a retry button. */
@Component({
  selector: 'app-foutmelding',
  template: `
    <div class="utrecht-alert utrecht-alert--error" role="alert">
      <div class="utrecht-alert__content">
        <p class="utrecht-paragraph"><strong>{{ probleem().titel }}</strong></p>
        @if (probleem().detail) { <p class="utrecht-paragraph">{{ probleem().detail }}</p> }
        @if (toonOpnieuw()) {
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="opnieuw.emit()">{{ T.opnieuw }}</button>
        }
      </div>
    </div>
  `,
})
export class Foutmelding {
  protected readonly T = T;
  readonly probleem = input.required<Probleem>();
  readonly toonOpnieuw = input(true);
  readonly opnieuw = output<void>();
}
