import { Component, input, model } from '@angular/core';
import { Formulierveld, VeldInvoer } from './formulierveld';

/** One choice of a `Keuzeveld`: the value sent and the text shown. */
export interface Keuze {
  id: string;
  naam: string;
}

/**
 * A labelled NL Design System select (a `Formulierveld` with a select) over a list of choices; with `leeg` an empty
 * first option ("Kies…") that stands for no choice yet.
 */
@Component({
  selector: 'app-keuzeveld',
  imports: [Formulierveld, VeldInvoer],
  template: `
    <app-formulierveld [veldId]="veldId()" [label]="label()" [uitleg]="uitleg()" [fouten]="fouten()">
      <select appVeldInvoer class="utrecht-select utrecht-select--html-select" [name]="veldId()" (change)="waarde.set($any($event.target).value)">
        @if (leeg(); as l) { <option value="" [selected]="!waarde()">{{ l }}</option> }
        @for (k of keuzes(); track k.id) { <option [value]="k.id" [selected]="k.id === waarde()">{{ k.naam }}</option> }
      </select>
    </app-formulierveld>
  `,
})
export class Keuzeveld {
  readonly veldId = input.required<string>();
  readonly label = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly keuzes = input.required<readonly Keuze[]>();
  /** The text of the empty first option; none: a choice is always made. */
  readonly leeg = input<string>();
  readonly waarde = model('');
}
