import { Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { TOEGANG } from '../auth/rollen';
import { Verbinding } from '../fouten/verbinding';
import { FOUT_TEKSTEN } from '../fouten/teksten';
import { Huisstijl } from '../thema/thema';
import { GemeenteWissel } from './gemeente-wissel';
import { Kruimelpad } from './kruimelpad';
import { SHELL_TEKSTEN as T } from './teksten';

interface MenuItem {
  label: string;
  link: string;
  exact: boolean;
}

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

  protected readonly menu = computed<MenuItem[]>(() => {
    const items: MenuItem[] = [{ label: T.start, link: '/', exact: true }];
    if (!this.sessie.aangemeld()) return items;
    if (this.sessie.heeftRol(...TOEGANG.gemeenten)) items.push({ label: T.gemeenten, link: '/gemeenten', exact: false });
    if (this.sessie.tenant() && this.sessie.heeftRol(...TOEGANG.wijkindeling))
      items.push({ label: T.wijkindeling, link: '/wijken', exact: false });
    if (this.sessie.tenant() && this.sessie.heeftRol(...TOEGANG.leden)) items.push({ label: T.gebruikers, link: '/leden', exact: false });
    if (this.sessie.tenant() && this.sessie.heeftRol(...TOEGANG.instellingen))
      items.push({ label: T.instellingen, link: '/instellingen', exact: false });
    return items;
  });

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
