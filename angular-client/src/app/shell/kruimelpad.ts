import { Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { SHELL_TEKSTEN as T } from './teksten';

interface Kruimel {
  label: string;
  url: string;
}

/** Breadcrumb from the routes' `data.kruimel`; the last item is the current page. */
@Component({
  selector: 'app-kruimelpad',
  imports: [RouterLink],
  template: `
    @if (kruimels().length > 1) {
      <nav class="utrecht-breadcrumb-nav kruimelpad" [attr.aria-label]="T.kruimelpad">
        <ol class="utrecht-breadcrumb-nav__list">
          @for (k of kruimels(); track k.url; let laatste = $last) {
            <li class="utrecht-breadcrumb-nav__item">
              @if (laatste) {
                <span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">{{ k.label }}</span>
              } @else {
                <a class="utrecht-breadcrumb-nav__link utrecht-link" [routerLink]="k.url">{{ k.label }}</a>
              }
            </li>
          }
        </ol>
      </nav>
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
      .subscribe(() => this.kruimels.set(this.bouw(this.router.routerState.snapshot.root)));
  }

  private bouw(root: ActivatedRouteSnapshot): Kruimel[] {
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
}
