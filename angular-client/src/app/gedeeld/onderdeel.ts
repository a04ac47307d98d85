import { Route, Routes } from '@angular/router';
import { rolGuard } from '../auth/rol.guard';

/** A link on the start page ("Wat wilt u doen?"), shown to whoever may use the feature (and has one of `rollen`). */
export interface StartLink {
  label: string;
  link: string;
  rollen?: readonly string[];
}

/** What a feature's top-level route declares about itself (`data.onderdeel`). */
export interface Onderdeel {
  /** Label in the main menu ("Hoofdmenu"); without it the feature has no menu entry. */
  menu?: string;
  /** Who may open the feature (the route guard) and sees its menu entry and start links. None: everyone. */
  rollen?: readonly string[];
  /** Only within a gemeente (a `tenant` claim); the platform-beheerder without one does not see it. */
  metGemeente?: boolean;
  startLinks?: readonly StartLink[];
}

/** Who is looking, as far as menus are concerned (from `Sessie`). */
export interface Kijker {
  aangemeld: boolean;
  tenant: string | null;
  rollen: readonly string[];
}

export interface MenuItem {
  label: string;
  link: string;
  /** Active only on exactly this address (the start page). */
  exact: boolean;
}

export type OnderdeelRoute = Route & Onderdeel & {
  path: string;
  /** Breadcrumb label of the feature's own level (`data.kruimel`). */
  kruimel?: string;
};

/**
 * A feature's top-level route: its path, children (lazy components), breadcrumb label, menu entry, roles and
 * start-page links in one place. The roles become the route guard (anonymous → sign in, other roles → 403).
 * `app.routes.ts` only lists these; the shell derives the menu, the start page its links.
 *
 *     export const LEDEN_ROUTE = onderdeel({
 *       path: 'leden', menu: T.menu, kruimel: T.lijstTitel, rollen: ['gemeente-beheerder'], metGemeente: true,
 *       startLinks: [{ label: T.startLeden, link: '/leden' }],
 *       children: [{ path: '', title: T.lijstTitel, loadComponent: () => import('./leden-lijst').then((m) => m.LedenLijst) }],
 *     });
 */
export function onderdeel({ menu, rollen, metGemeente, startLinks, kruimel, ...route }: OnderdeelRoute): Route {
  const gegevens: Onderdeel = { menu, rollen, metGemeente, startLinks };
  return {
    ...route,
    canActivate: [...(rollen ? [rolGuard(...rollen)] : []), ...(route.canActivate ?? [])],
    data: { ...route.data, ...(kruimel ? { kruimel } : {}), onderdeel: gegevens },
  };
}

export function onderdeelVan(route: Route): Onderdeel | undefined {
  return route.data?.['onderdeel'] as Onderdeel | undefined;
}

/** May `kijker` use the feature (roles and gemeente)? */
export function magGebruiken(o: Onderdeel, kijker: Kijker, rollen: readonly string[] | undefined = o.rollen): boolean {
  if (o.metGemeente && !kijker.tenant) return false;
  if (!rollen) return true;
  return kijker.aangemeld && kijker.rollen.some((r) => rollen.includes(r));
}

/** The main menu: the routes with a menu label that `kijker` may use, in route order. */
export function menuUit(routes: Routes, kijker: Kijker): MenuItem[] {
  return routes.flatMap((r) => {
    const o = onderdeelVan(r);
    if (!o?.menu || !magGebruiken(o, kijker)) return [];
    return [{ label: o.menu, link: '/' + (r.path ?? ''), exact: !r.path }];
  });
}

/** The start page's links of every feature `kijker` may use, in route order. */
export function startLinksUit(routes: Routes, kijker: Kijker): StartLink[] {
  return routes.flatMap((r) => {
    const o = onderdeelVan(r);
    if (!o || !magGebruiken(o, kijker)) return [];
    return (o.startLinks ?? []).filter((l) => !l.rollen || magGebruiken(o, kijker, l.rollen));
  });
}
