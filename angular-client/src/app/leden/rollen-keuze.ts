import { Component, input, model } from '@angular/core';
import { GEMEENTE_ROLLEN, rolNaam } from '../auth/rollen';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';

/** A fieldset of role checkboxes; errors linked with aria-describedby. */
@Component({
  selector: 'app-rollen-keuze',
  imports: [Veldgroep, Formulierveld, VeldInvoer],
  template: `
    <app-veldgroep [veldId]="veldId()" [legenda]="legenda()" [uitleg]="uitleg()" [fouten]="fouten()">
      <div class="rollen-raster">
        @for (r of alle; track r) {
          <app-formulierveld soort="checkbox" [veldId]="veldId() + '-' + r" [label]="naam(r)">
            <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input"
              [checked]="gekozen().includes(r)" (change)="wissel(r, $any($event.target).checked)" />
          </app-formulierveld>
        }
      </div>
    </app-veldgroep>
  `,
})
export class RollenKeuze {
  readonly veldId = input.required<string>();
  readonly legenda = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly gekozen = model<string[]>([]);
  protected readonly alle = GEMEENTE_ROLLEN;
  protected readonly naam = rolNaam;

  wissel(rol: string, aan: boolean): void {
    this.gekozen.update((g) => (aan ? [...g.filter((x) => x !== rol), rol] : g.filter((x) => x !== rol)));
  }
}
