import { Component, Directive, ElementRef, computed, inject, input } from '@angular/core';

/** The ids a field's description and error message get, and the `aria-describedby` that links them. */
export function veldBeschrijving(veldId: string, { fout, uitleg }: { fout: boolean; uitleg: boolean }): string | null {
  const ids: string[] = [];
  if (fout) ids.push(`${veldId}-fout`);
  if (uitleg) ids.push(`${veldId}-uitleg`);
  return ids.length ? ids.join(' ') : null;
}

/**
 * One NL Design System form field: label, description, error message (id `<veldId>-fout`), and the control
 * projected into it, marked `appVeldInvoer` so it gets the id, `aria-invalid` and `aria-describedby`:
 *
 *     <app-formulierveld veldId="ouderId" [label]="T.ouderLabel" [uitleg]="T.ouderUitleg" [fouten]="formulier.van('ouderId')">
 *       <select appVeldInvoer class="utrecht-select utrecht-select--html-select" …>…</select>
 *     </app-formulierveld>
 *
 * `soort="checkbox"` (or `radio`) lays out a single checkbox with its label beside it.
 */
@Component({
  selector: 'app-formulierveld',
  template: `
    <div [class]="klasse()">
      <div class="utrecht-form-field__label">
        <label [class]="labelKlasse()" [for]="veldId()">{{ label() }}</label>
      </div>
      @if (uitleg()) {
        <div class="utrecht-form-field-description utrecht-form-field__description" [id]="veldId() + '-uitleg'">{{ uitleg() }}</div>
      }
      @if (ongeldig()) {
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" [id]="veldId() + '-fout'">
          @for (f of fouten(); track f) { <span class="fout-regel">{{ f }}</span> }
        </div>
      }
      <div class="utrecht-form-field__input"><ng-content /></div>
    </div>
  `,
})
export class Formulierveld {
  readonly veldId = input.required<string>();
  readonly label = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly soort = input<'tekst' | 'checkbox' | 'radio'>('tekst');
  readonly ongeldig = computed(() => this.fouten().length > 0);
  readonly beschrijving = computed(() => veldBeschrijving(this.veldId(), { fout: this.ongeldig(), uitleg: !!this.uitleg() }));
  protected readonly klasse = computed(() => {
    const soort = this.soort() === 'tekst' ? 'text' : this.soort();
    return `utrecht-form-field utrecht-form-field--${soort}${this.ongeldig() ? ' utrecht-form-field--invalid' : ''}`;
  });
  protected readonly labelKlasse = computed(() => {
    const soort = this.soort();
    return soort === 'tekst' ? 'utrecht-form-label' : `utrecht-form-label utrecht-form-label--${soort}`;
  });
}

function soortVan(element: HTMLElement): string {
  if (element.tagName === 'SELECT') return 'select';
  if (element.tagName === 'TEXTAREA') return 'textarea';
  const type = element.getAttribute('type');
  if (type === 'file') return 'file';
  return type === 'checkbox' ? 'checkbox' : type === 'radio' ? 'radio-button' : 'textbox';
}

/** Marks the control inside `<app-formulierveld>`: id, aria-invalid, aria-describedby and the invalid class. */
@Directive({
  selector: 'input[appVeldInvoer], select[appVeldInvoer], textarea[appVeldInvoer]',
  host: {
    '[id]': 'veld.veldId()',
    '[attr.aria-invalid]': 'veld.ongeldig() || null',
    '[attr.aria-describedby]': 'veld.beschrijving()',
    '[class.utrecht-textbox--invalid]': "ongeldig('textbox')",
    '[class.utrecht-select--invalid]': "ongeldig('select')",
    '[class.utrecht-textarea--invalid]': "ongeldig('textarea')",
    '[class.utrecht-checkbox--invalid]': "ongeldig('checkbox')",
    '[class.utrecht-radio-button--invalid]': "ongeldig('radio-button')",
  },
})
export class VeldInvoer {
  protected readonly veld = inject(Formulierveld);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** Which NL Design System control this is (for its --invalid class). */
  private readonly soort = soortVan(this.element);

  protected ongeldig(soort: string): boolean {
    return this.soort === soort && this.veld.ongeldig();
  }
}

/**
 * A group of fields (NL Design System fieldset): legend, description, error message, and the fields
 * projected into it; the fieldset itself gets `aria-invalid` and `aria-describedby`.
 */
@Component({
  selector: 'app-veldgroep',
  template: `
    <fieldset [class]="klasse()" [id]="veldId()" [attr.aria-invalid]="ongeldig() || null" [attr.aria-describedby]="beschrijving()">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ legenda() }}</legend>
      @if (uitleg()) { <div class="utrecht-form-field-description" [id]="veldId() + '-uitleg'">{{ uitleg() }}</div> }
      @if (ongeldig()) { <div class="utrecht-form-field-error-message" [id]="veldId() + '-fout'">{{ fouten().join(' ') }}</div> }
      <ng-content />
    </fieldset>
  `,
})
export class Veldgroep {
  readonly veldId = input.required<string>();
  readonly legenda = input.required<string>();
  readonly uitleg = input<string>();
  readonly fouten = input<readonly string[]>([]);
  protected readonly ongeldig = computed(() => this.fouten().length > 0);
  protected readonly beschrijving = computed(() => veldBeschrijving(this.veldId(), { fout: this.ongeldig(), uitleg: !!this.uitleg() }));
  protected readonly klasse = computed(
    () => `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${this.ongeldig() ? ' utrecht-form-fieldset--invalid' : ''}`,
  );
}
