import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, linkedSignal } from '@angular/core';
import type { MijnLidmaatschapDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { API_BASIS } from '../gedeeld/api-basis';
import { laadbaar } from '../gedeeld/laadbaar';
import { PLATFORM_SLUG } from '../thema/thema';
import { SHELL_TEKSTEN as T } from './teksten';

/**
 * Switch gemeente in the user menu (only with two or more memberships): a select plus a button, so choosing
 * an option alone changes nothing (WCAG 3.2.2). Switching re-runs the sign-in with the `tenant` parameter;
 * the server skips the password because its sign-in cookie is still there. The choice is remembered
 * (`Sessie.aanmelden` stores it; the auth config sends it on the next sign-in).
 */
@Component({
  selector: 'app-gemeente-wissel',
  template: `
    @if (lidmaatschappen().length >= 2) {
      <form class="wissel" (submit)="$event.preventDefault(); wissel()">
        <label class="utrecht-form-label" for="gemeente-wissel">{{ T.wisselLabel }}</label>
        <select id="gemeente-wissel" class="utrecht-select utrecht-select--html-select" aria-describedby="gemeente-wissel-uitleg"
          (change)="gekozen.set($any($event.target).value)">
          @for (l of lidmaatschappen(); track l.slug) {
            <option [value]="l.slug" [selected]="l.slug === huidige()">{{ l.naam }}</option>
          }
        </select>
        <span class="visueel-verborgen" id="gemeente-wissel-uitleg">{{ T.wisselUitleg }}</span>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.wisselKnop }}</button>
      </form>
    }
  `,
  styles: `
    .wissel {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class GemeenteWissel {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);

  /** The current gemeente's slug ("platform" for the platform membership). */
  protected readonly huidige = computed(() => this.sessie.tenant() ?? PLATFORM_SLUG);
  /** The signed-in person's memberships, loaded again after a switch; not being able to list them only hides the switcher. */
  private readonly bron = laadbaar({
    params: () => (this.sessie.aangemeld() ? this.huidige() : undefined),
    laad: () => this.http.get<MijnLidmaatschapDto[]>(`${API_BASIS}/mijn-lidmaatschappen`),
  });
  readonly lidmaatschappen = computed<MijnLidmaatschapDto[]>(() => this.bron.waarde() ?? []);
  /** The option chosen in the select (reset when the gemeente changes). */
  protected readonly gekozen = linkedSignal<string, string | null>({ source: this.huidige, computation: () => null });

  wissel(): void {
    const slug = this.gekozen() ?? this.huidige();
    if (slug === this.huidige()) return;
    // Back to the start page: the current page may belong to the other gemeente.
    this.sessie.aanmelden(slug, '/');
  }
}
