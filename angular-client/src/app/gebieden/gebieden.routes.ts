import { rolGuard } from '../auth/rol.guard';
import { GEMEENTE_ROLLEN } from '../auth/rollen';
import { onderdeel } from '../gedeeld/onderdeel';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

/** Who may look at the wijkindeling, and who may change an area (the API checks again). */
export const GEBIEDEN_ROLLEN = {
  bekijken: GEMEENTE_ROLLEN,
  bewerken: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

const alleenBekijken = GEBIEDEN_ROLLEN.bekijken.filter((r) => !(GEBIEDEN_ROLLEN.bewerken as readonly string[]).includes(r));

/** /wijken: the wijken list, the tree, an area's detail with key figures, and editing an area. */
export const GEBIEDEN_ROUTE = onderdeel({
  path: 'wijken',
  menu: T.menu,
  kruimel: T.menu,
  rollen: GEBIEDEN_ROLLEN.bekijken,
  metGemeente: true,
  startLinks: [
    { label: T.startWijkenBewerken, link: '/wijken', rollen: GEBIEDEN_ROLLEN.bewerken },
    { label: T.startWijken, link: '/wijken', rollen: alleenBekijken },
    { label: T.startBoom, link: '/wijken/boom' },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./wijken-lijst').then((m) => m.WijkenLijst) },
    { path: 'boom', title: T.boomTitel, data: { kruimel: T.kruimelBoom }, loadComponent: () => import('./wijk-boom').then((m) => m.WijkBoom) },
    {
      path: ':id',
      data: { kruimel: T.kruimelGebied },
      children: [
        { path: '', title: T.kruimelGebied, loadComponent: () => import('./gebied-detail').then((m) => m.GebiedDetail) },
        {
          path: 'bewerken',
          title: T.titelBewerken,
          canActivate: [rolGuard(...GEBIEDEN_ROLLEN.bewerken)],
          data: { kruimel: T.kruimelBewerken },
          loadComponent: () => import('./gebied-bewerken').then((m) => m.GebiedBewerken),
        },
      ],
    },
  ],
});
