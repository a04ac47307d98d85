import { Component, input, output } from '@angular/core';
import { Probleem } from './probleem';

/** Error state of a screen: an alert with the problem and a retry button. */
@Component({
  selector: 'app-foutmelding',
  template: `
    <div class="utrecht-alert utrecht-alert--error" role="alert">
      <div class="utrecht-alert__content">
        <p class="utrecht-paragraph"><strong>{{ probleem().titel }}</strong></p>
        @if (probleem().detail) { <p class="utrecht-paragraph">{{ probleem().detail }}</p> }
        @if (toonOpnieuw()) {
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="opnieuw.emit()">Opnieuw proberen</button>
        }
      </div>
    </div>
  `,
})
export class Foutmelding {
  readonly probleem = input.required<Probleem>();
  readonly toonOpnieuw = input(true);
  readonly opnieuw = output<void>();
}
