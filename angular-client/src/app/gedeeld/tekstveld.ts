import { Component, computed, input, model } from '@angular/core';

/** A labelled NL Design System text field; its errors are linked with aria-describedby. */
@Component({
  selector: 'app-tekstveld',
  template: `
    <div class="utrecht-form-field utrecht-form-field--text" [class.utrecht-form-field--invalid]="fouten().length > 0">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" [for]="veldId()">{{ label() }}</label>
      </div>
      @if (uitleg()) {
        <div class="utrecht-form-field-description" [id]="veldId() + '-uitleg'">{{ uitleg() }}</div>
      }
      @if (fouten().length > 0) {
        <div class="utrecht-form-field-error-message" [id]="veldId() + '-fout'">
          @for (f of fouten(); track f) { <span class="fout-regel">{{ f }}</span> }
        </div>
      }
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input" [id]="veldId()" [name]="veldId()" [type]="type()"
          [attr.autocomplete]="autocomplete()" [attr.maxlength]="maxlength()" [required]="verplicht()"
          [attr.aria-required]="verplicht() || null"
          [class.utrecht-textbox--invalid]="fouten().length > 0" [attr.aria-invalid]="fouten().length > 0 || null"
          [attr.aria-describedby]="beschrijving()" [value]="waarde()" (input)="waarde.set($any($event.target).value)" />
      </div>
    </div>
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
  protected readonly beschrijving = computed(() => {
    const ids = [];
    if (this.fouten().length > 0) ids.push(this.veldId() + '-fout');
    if (this.uitleg()) ids.push(this.veldId() + '-uitleg');
    return ids.length ? ids.join(' ') : null;
  });
}
