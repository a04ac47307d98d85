import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { BUURTTOPS_TEKSTEN as T } from './teksten';

/** Who prepares a BuurtTop (the team; the API checks who is on it) and who sets the cycle (the API checks again). */
export const BUURTTOPS_ROLLEN = {
  team: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie', 'professional'],
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

/**
 * /buurttops: the BuurtTops per wijk (the public reads them with `?gemeente=<slug>`), one BuurtTop with its public
 * face and, for the team, the preparation; the public registration and unsubscribe pages (no account); the cycle.
 */
export const BUURTTOPS_ROUTE = onderdeel({
  path: 'buurttops',
  menu: T.menu,
  kruimel: T.lijstTitel,
  startLinks: [
    { label: T.startLijst, link: '/buurttops' },
    { label: T.startCyclus, link: '/buurttops/cyclus', rollen: BUURTTOPS_ROLLEN.gemeente },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./buurttops-lijst').then((m) => m.BuurtTopsLijst) },
    {
      path: 'cyclus',
      title: T.cyclusTitel,
      canActivate: [rolGuard(...BUURTTOPS_ROLLEN.gemeente)],
      data: { kruimel: T.cyclusTitel },
      loadComponent: () => import('./buurttop-cyclus').then((m) => m.BuurtTopCyclus),
    },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...BUURTTOPS_ROLLEN.team)],
      data: { kruimel: T.kruimelNieuw },
      loadComponent: () => import('./buurttop-formulier').then((m) => m.BuurtTopFormulier),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./buurttop-detail').then((m) => m.BuurtTopDetail) },
        {
          path: 'wijzigen',
          title: T.wijzigenTitel,
          canActivate: [rolGuard(...BUURTTOPS_ROLLEN.team)],
          data: { kruimel: T.kruimelWijzigen },
          loadComponent: () => import('./buurttop-formulier').then((m) => m.BuurtTopFormulier),
        },
        {
          path: 'aanmelden',
          title: T.aanmeldenTitel,
          data: { kruimel: T.kruimelAanmelden },
          loadComponent: () => import('./buurttop-aanmelden').then((m) => m.BuurtTopAanmelden),
        },
        {
          path: 'afmelden',
          title: T.afmeldenTitel,
          data: { kruimel: T.kruimelAfmelden },
          loadComponent: () => import('./buurttop-afmelden').then((m) => m.BuurtTopAfmelden),
        },
      ],
    },
  ],
});
