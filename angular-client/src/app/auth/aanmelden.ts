import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie, GEKOZEN_GEMEENTE_SLEUTEL } from './sessie';
import { AUTH_TEKSTEN as T } from './teksten';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** /aanmelden: sign-in with an optional gemeente (sent as `tenant`). */
@Component({
  selector: 'app-aanmelden',
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.aanmeldenTitel }}</h1>
    @if (sessie.aangemeld()) {
      <p class="utrecht-paragraph">{{ T.alAangemeld }} <a class="utrecht-link" routerLink="/">{{ T.naarStart }}</a></p>
    } @else {
      <p class="utrecht-paragraph">{{ T.aanmeldenIntro }}</p>
      <form class="formulier" (submit)="$event.preventDefault(); verstuur()" novalidate>
        <div class="utrecht-form-field utrecht-form-field--text" [class.utrecht-form-field--invalid]="fout()">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="gemeente">{{ T.gemeenteLabel }}</label>
          </div>
          <div class="utrecht-form-field-description" id="gemeente-uitleg">{{ T.gemeenteUitleg }}</div>
          @if (fout()) {
            <div class="utrecht-form-field-error-message" id="gemeente-fout">{{ T.gemeenteOngeldig }}</div>
          }
          <div class="utrecht-form-field__input">
            <input class="utrecht-textbox utrecht-textbox--html-input" id="gemeente" name="gemeente" autocomplete="organization"
              [class.utrecht-textbox--invalid]="fout()" [attr.aria-invalid]="fout() || null"
              [attr.aria-describedby]="fout() ? 'gemeente-fout gemeente-uitleg' : 'gemeente-uitleg'"
              [value]="gemeente()" (input)="gemeente.set($any($event.target).value)" />
          </div>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">{{ T.aanmeldenKnop }}</button>
      </form>
    }
  `,
})
export class Aanmelden implements OnInit {
  protected readonly T = T;
  protected readonly sessie = inject(Sessie);
  /** Query parameters (component input binding). */
  readonly terug = input<string | undefined>();
  readonly gemeenteParam = input<string | undefined>(undefined, { alias: 'gemeente' });
  protected readonly gemeente = signal(localStorage.getItem(GEKOZEN_GEMEENTE_SLEUTEL) ?? '');
  private readonly geprobeerd = signal(false);
  protected readonly fout = computed(() => {
    const w = this.gemeente().trim().toLowerCase();
    return this.geprobeerd() && w !== '' && !SLUG.test(w);
  });

  ngOnInit(): void {
    const p = this.gemeenteParam();
    if (p) this.gemeente.set(p);
  }

  verstuur(): void {
    this.geprobeerd.set(true);
    if (this.fout()) {
      document.getElementById('gemeente')?.focus();
      return;
    }
    this.sessie.aanmelden(this.gemeente(), this.terug());
  }
}
