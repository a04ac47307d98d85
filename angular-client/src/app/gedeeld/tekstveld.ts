import { Component, input, model } from '@angular/core';
import { Formulierveld, VeldInvoer } from './formulierveld';

/** A labelled NL Design System text field (a `Formulierveld` with a text box); errors linked with aria-describedby. */
@Component({
  selector: 'app-tekstveld',
  imports: [Formulierveld, VeldInvoer],
  template: `
    <app-formulierveld [veldId]="veldId()" [label]="label()" [uitleg]="uitleg()" [fouten]="fouten()">
      <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input" [name]="veldId()" [type]="type()"
        [attr.autocomplete]="autocomplete()" [attr.maxlength]="maxlength()" [required]="verplicht()"
        [attr.aria-required]="verplicht() || null" [value]="waarde()" (input)="waarde.set($any($event.target).value)" />
    </app-formulierveld>
  `,
})
export class Tekstveld {
  readonly veldId = input.required<string>();
  readonly label = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly type = input('text');
  readonly autocomplete = input<string>();
  readonly maxlength = input<number>();
  readonly verplicht = input(false);
  readonly waarde = model('');
}
