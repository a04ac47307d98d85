import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { PERSOONSGEGEVENS_ONDERDELEN } from './persoonsgegevens.routes';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';

/** /persoonsgegevens: what the feature is for and links to its screens the reader may use. */
@Component({
  selector: 'app-persoonsgegevens-overzicht',
  imports: [RouterLink],
  template: `
    <h1 class="utrecht-heading-1">{{ T.overzichtTitel }}</h1>
    <p class="utrecht-paragraph utrecht-paragraph--lead">{{ T.overzichtIntro }}</p>
    <nav [attr.aria-label]="T.onderdelenLabel">
      <h2 class="utrecht-heading-2">{{ T.onderdelenKop }}</h2>
      <ul class="utrecht-link-list utrecht-link-list--html-ul start__taken">
        @for (o of onderdelen(); track o.pad) {
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" [routerLink]="o.pad">
              <svg class="start__pijl" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
                <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              <span>{{ o.label }}</span>
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class PersoonsgegevensOverzicht {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  protected readonly onderdelen = computed(() => PERSOONSGEGEVENS_ONDERDELEN.filter((o) => this.sessie.heeftRol(...o.rollen)));
}
