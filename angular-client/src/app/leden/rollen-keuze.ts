import { Component, input, model } from '@angular/core';
import { GEMEENTE_ROLLEN, rolNaam } from '../auth/rollen';

/** A fieldset of role checkboxes; errors linked with aria-describedby. */
@Component({
  selector: 'app-rollen-keuze',
  template: `
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" [class.utrecht-form-fieldset--invalid]="fouten().length > 0"
      [attr.aria-describedby]="beschrijving()" [attr.aria-invalid]="fouten().length > 0 || null" [id]="veldId()">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ legenda() }}</legend>
      @if (uitleg()) { <div class="utrecht-form-field-description" [id]="veldId() + '-uitleg'">{{ uitleg() }}</div> }
      @if (fouten().length > 0) { <div class="utrecht-form-field-error-message" [id]="veldId() + '-fout'">{{ fouten().join(' ') }}</div> }
      <div class="rollen-raster">
        @for (r of alle; track r) {
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
              <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [id]="veldId() + '-' + r"
                [checked]="gekozen().includes(r)" (change)="wissel(r, $any($event.target).checked)" />
              <label class="utrecht-form-label utrecht-form-label--checkbox" [for]="veldId() + '-' + r">{{ naam(r) }}</label>
            </div>
          </div>
        }
      </div>
    </fieldset>
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

  protected beschrijving(): string | null {
    const ids = [];
    if (this.fouten().length) ids.push(this.veldId() + '-fout');
    if (this.uitleg()) ids.push(this.veldId() + '-uitleg');
    return ids.length ? ids.join(' ') : null;
  }

  wissel(rol: string, aan: boolean): void {
    this.gekozen.update((g) => (aan ? [...g.filter((x) => x !== rol), rol] : g.filter((x) => x !== rol)));
  }
}
