import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { TOEGANG, rolNaam } from '../auth/rollen';
import { Laden } from '../gedeeld/laden';
import { SHELL_TEKSTEN as T } from './teksten';

interface StartLink {
  label: string;
  link: string;
}

/** Start page: a sign-in button for visitors, role-specific links for signed-in people. */
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
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          @for (l of links(); track l.link) {
            <li class="utrecht-link-list__item"><a class="utrecht-link" [routerLink]="l.link">{{ l.label }}</a></li>
          }
        </ul>
      }
    }
  `,
})
export class Start {
  protected readonly T = T;
  protected readonly sessie = inject(Sessie);
  protected readonly rollen = computed(() => this.sessie.rollen().map(rolNaam));
  protected readonly links = computed<StartLink[]>(() => {
    const s = this.sessie;
    const uit: StartLink[] = [];
    if (s.heeftRol(...TOEGANG.gemeenten)) {
      uit.push({ label: T.linkGemeenten, link: '/gemeenten' }, { label: T.linkNieuweGemeente, link: '/gemeenten/nieuw' });
    }
    if (s.tenant()) {
      if (s.heeftRol(...TOEGANG.wijkBewerken)) uit.push({ label: T.linkWijkenBewerken, link: '/wijken' });
      else if (s.heeftRol(...TOEGANG.wijkindeling)) uit.push({ label: T.linkWijken, link: '/wijken' });
      if (s.heeftRol(...TOEGANG.wijkindeling)) uit.push({ label: T.linkBoom, link: '/wijken/boom' });
      if (s.heeftRol(...TOEGANG.leden)) uit.push({ label: T.linkLeden, link: '/leden' }, { label: T.linkUitnodigen, link: '/leden/uitnodigen' });
    }
    return uit;
  });
}
