import { Component, input, model } from '@angular/core';
import { Formulierveld, VeldInvoer } from './formulierveld';

/** A labelled NL Design System textarea (a `Formulierveld` with a text area), for texts of more than one line. */
@Component({
  selector: 'app-tekstvak',
  imports: [Formulierveld, VeldInvoer],
  template: `
    <app-formulierveld [veldId]="veldId()" [label]="label()" [uitleg]="uitleg()" [fouten]="fouten()">
      <textarea appVeldInvoer class="utrecht-textarea utrecht-textarea--html-textarea" [name]="veldId()" [rows]="regels()"
        [attr.maxlength]="maxlength()" [value]="waarde()" (input)="waarde.set($any($event.target).value)"></textarea>
    </app-formulierveld>
  `,
})
export class Tekstvak {
  readonly veldId = input.required<string>();
  readonly label = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly maxlength = input<number>();
  readonly regels = input(4);
  readonly waarde = model('');
}
