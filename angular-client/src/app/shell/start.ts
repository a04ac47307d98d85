import { Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { rolNaam } from '../auth/rollen';
import { Laden } from '../gedeeld/laden';
import { StartLink, startLinksUit } from '../gedeeld/onderdeel';
import { SHELL_TEKSTEN as T } from './teksten';

/** Start page: a sign-in button for visitors; for signed-in people their roles and the start links of their features. */
@Component({
  selector: 'app-start',
  imports: [RouterLink, Laden],
  template: `
    @if (!sessie.gecontroleerd()) {
      <h1 class="utrecht-heading-1">{{ T.app }}</h1>
      <app-laden [tekst]="T.bezig" />
    } @else if (!sessie.aangemeld()) {
      <h1 class="utrecht-heading-1">{{ T.welkomAnoniem }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ T.anoniemIntro }}</p>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/aanmelden">{{ T.aanmelden }}</a>
    } @else {
      <h1 class="utrecht-heading-1">{{ T.welkom }}{{ sessie.naam() ? ', ' + sessie.naam() : '' }}</h1>
      <h2 class="utrecht-heading-2">{{ T.uwRollen }}</h2>
      @if (rollen().length === 0) {
        <p class="utrecht-paragraph">{{ T.geenRollen }}</p>
      } @else {
        <ul class="utrecht-unordered-list">
          @for (r of rollen(); track r) { <li class="utrecht-unordered-list__item">{{ r }}</li> }
        </ul>
      }
      @if (links().length > 0) {
        <h2 class="utrecht-heading-2">{{ T.watWiltU }}</h2>
        <ul class="utrecht-link-list utrecht-link-list--html-ul start__taken">
          @for (l of links(); track l.label) {
            <li class="utrecht-link-list__item">
              <a class="utrecht-link utrecht-link-list__link" [routerLink]="l.link">
                <svg class="start__pijl" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                <span>{{ l.label }}</span>
              </a>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class Start {
  protected readonly T = T;
  protected readonly sessie = inject(Sessie);
  private readonly router = inject(Router);
  protected readonly rollen = computed(() => this.sessie.rollen().map(rolNaam));
  /** Every feature's start links (declared in its routes file) the person may use. */
  protected readonly links = computed<StartLink[]>(() =>
    startLinksUit(this.router.config, { aangemeld: this.sessie.aangemeld(), tenant: this.sessie.tenant(), rollen: this.sessie.rollen() }),
  );
}
