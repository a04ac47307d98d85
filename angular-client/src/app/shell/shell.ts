import { Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { Verbinding } from '../fouten/verbinding';
import { FOUT_TEKSTEN } from '../fouten/teksten';
import { MenuItem, menuUit } from '../gedeeld/onderdeel';
import { Huisstijl } from '../thema/thema';
import { GemeenteWissel } from './gemeente-wissel';
import { Kruimelpad } from './kruimelpad';
import { SHELL_TEKSTEN as T } from './teksten';

/** The page frame: skip link, header (gemeente, user menu), navigation by role, breadcrumb, main, footer. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Kruimelpad, GemeenteWissel],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  protected readonly T = T;
  protected readonly F = FOUT_TEKSTEN;
  protected readonly sessie = inject(Sessie);
  protected readonly verbinding = inject(Verbinding);
  /** Loads the gemeente's settings and applies its theme whenever the gemeente changes. */
  protected readonly huisstijl = inject(Huisstijl);
  private readonly router = inject(Router);

  /**
   * The gemeente in the header: its real name from GET /instellingen (the slug-derived name until that
   * has loaded); "Platformbeheer" for the platform-beheerder.
   */
  protected readonly organisatie = computed(() => {
    if (!this.sessie.aangemeld()) return null;
    if (this.sessie.isPlatformBeheerder() && !this.sessie.tenant()) return T.platformbeheer;
    const slug = this.sessie.tenant();
    if (!slug) return null;
    const i = this.huisstijl.instellingen();
    return i && i.slug === slug ? i.gemeente : gemeenteNaam(slug);
  });

  /** The main menu: every feature route's menu entry the person may use (see gedeeld/onderdeel.ts). */
  protected readonly menu = computed<MenuItem[]>(() =>
    menuUit(this.router.config, { aangemeld: this.sessie.aangemeld(), tenant: this.sessie.tenant(), rollen: this.sessie.rollen() }),
  );

  /** Skip link: move focus to main without changing the route. */
  naarInhoud(event: Event): void {
    event.preventDefault();
    const main = document.getElementById('inhoud');
    main?.focus();
    main?.scrollIntoView();
  }
}

/** "den-haag" → "Den Haag": the token carries only the slug (no gemeente endpoint for non-platform roles). */
export function gemeenteNaam(slug: string): string {
  return slug
    .split('-')
    .filter((d) => d)
    .map((d, i) => (i > 0 && ['aan', 'den', 'de', 'op', 'in', 'van', 'bij'].includes(d) ? d : d[0].toUpperCase() + d.slice(1)))
    .join(' ');
}
