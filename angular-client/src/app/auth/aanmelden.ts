import { Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Formulier } from '../gedeeld/formulier';
import { Tekstveld } from '../gedeeld/tekstveld';
import { Sessie, GEKOZEN_GEMEENTE_SLEUTEL } from './sessie';
import { AUTH_TEKSTEN as T } from './teksten';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** /aanmelden: sign-in with an optional gemeente (sent as `tenant`). */
@Component({
  selector: 'app-aanmelden',
  imports: [RouterLink, Tekstveld],
  template: `
    <h1 class="utrecht-heading-1">{{ T.aanmeldenTitel }}</h1>
    @if (sessie.aangemeld()) {
      <p class="utrecht-paragraph">{{ T.alAangemeld }} <a class="utrecht-link" routerLink="/">{{ T.naarStart }}</a></p>
    } @else {
      <p class="utrecht-paragraph">{{ T.aanmeldenIntro }}</p>
      <form class="formulier" (submit)="$event.preventDefault(); verstuur()" novalidate>
        <app-tekstveld veldId="gemeente" autocomplete="organization" [label]="T.gemeenteLabel" [uitleg]="T.gemeenteUitleg"
          [fouten]="formulier.van('gemeente')" [(waarde)]="gemeente" />
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
  protected readonly formulier = new Formulier({ gemeente: T.gemeenteLabel });

  ngOnInit(): void {
    const p = this.gemeenteParam();
    if (p) this.gemeente.set(p);
  }

  verstuur(): void {
    const w = this.gemeente().trim().toLowerCase();
    if (!this.formulier.controleer({ gemeente: w !== '' && !SLUG.test(w) ? [T.gemeenteOngeldig] : [] })) {
      document.getElementById('gemeente')?.focus();
      return;
    }
    this.sessie.aanmelden(this.gemeente(), this.terug());
  }
}
