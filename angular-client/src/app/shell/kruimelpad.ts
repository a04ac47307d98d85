import { Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { SHELL_TEKSTEN as T } from './teksten';

export interface Kruimel {
  label: string;
  url: string;
}

/**
 * Breadcrumb from the routes' `data.kruimel`, as the NL Design System (Utrecht) breadcrumb navigation: an
 * unnumbered flex list (`utrecht-breadcrumb-nav__list--html-ol`), separators hidden from assistive technology
 * (and without CSS), the first link `rel="home"`, the parent `rel="up"`, the last item the current page.
 */
@Component({
  selector: 'app-kruimelpad',
  imports: [RouterLink],
  template: `
    @if (kruimels().length > 1) {
      <nav class="utrecht-breadcrumb-nav kruimelpad" [attr.aria-label]="T.kruimelpad">
        <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
          @for (k of kruimels(); track k.url; let eerste = $first, laatste = $last, i = $index, aantal = $count) {
            @if (!eerste) {
              <li class="utrecht-breadcrumb-nav__separator utrecht-breadcrumb-nav__separator--html-li" aria-hidden="true" hidden>
                <svg class="kruimelpad__pijl" viewBox="0 0 24 24" width="16" height="16" focusable="false">
                  <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
                </svg>
              </li>
            }
            <li class="utrecht-breadcrumb-nav__item">
              @if (laatste) {
                <span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">{{ k.label }}</span>
              } @else {
                <a class="utrecht-link utrecht-breadcrumb-nav__link" [class.utrecht-breadcrumb-nav__link--first]="eerste"
                  [attr.rel]="eerste ? 'home' : i === aantal - 2 ? 'up' : null" [routerLink]="k.url">{{ k.label }}</a>
              }
            </li>
          }
        </ol>
      </nav>
    }
  `,
  styles: `
    .kruimelpad {
      margin-block: 0.75rem 0;
    }
    .kruimelpad__pijl {
      display: block;
    }
  `,
})
export class Kruimelpad {
  protected readonly T = T;
  private readonly router = inject(Router);
  protected readonly kruimels = signal<Kruimel[]>([]);

  constructor() {
    this.router.events
      .pipe(filter((e) => e instanceof NavigationEnd), takeUntilDestroyed())
      .subscribe(() => this.kruimels.set(kruimelsVan(this.router.routerState.snapshot.root)));
  }
}

/** Start, then every route level with a `data.kruimel` label (a level's URL once). */
export function kruimelsVan(root: ActivatedRouteSnapshot): Kruimel[] {
  const uit: Kruimel[] = [{ label: T.start, url: '/' }];
  const segmenten: string[] = [];
  for (let r: ActivatedRouteSnapshot | null = root; r; r = r.firstChild) {
    segmenten.push(...r.url.map((s) => s.path));
    const label = r.routeConfig?.data?.['kruimel'] as string | undefined;
    const url = '/' + segmenten.join('/');
    if (label && url !== '/' && uit[uit.length - 1].url !== url) uit.push({ label, url });
  }
  return uit;
}
