import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

/** Who starts a wijkbeeld, who works in the team's workspace, who plans the BuurtTop and loads figures (the API checks again). */
export const WIJKBEELDEN_ROLLEN = {
  beginnen: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie'],
  team: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie', 'professional'],
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

/**
 * /wijkbeelden: the wijkbeelden (the public reads shared ones with `?gemeente=<slug>`), a wijkbeeld with its figures
 * (G-6), map and parts, and the team's workspace.
 */
export const WIJKBEELDEN_ROUTE = onderdeel({
  path: 'wijkbeelden',
  menu: T.menu,
  kruimel: T.lijstTitel,
  startLinks: [{ label: T.startLijst, link: '/wijkbeelden' }],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./wijkbeelden-lijst').then((m) => m.WijkbeeldenLijst) },
    {
      path: 'cijferlezing',
      title: T.lezingTitel,
      canActivate: [rolGuard(...WIJKBEELDEN_ROLLEN.gemeente)],
      data: { kruimel: T.lezingTitel },
      loadComponent: () => import('./cijferlezing').then((m) => m.Cijferlezing),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./wijkbeeld-detail').then((m) => m.WijkbeeldDetail) },
        {
          path: 'bewerken',
          title: T.bewerkenTitel,
          canActivate: [rolGuard(...WIJKBEELDEN_ROLLEN.team)],
          data: { kruimel: T.kruimelBewerken },
          loadComponent: () => import('./wijkbeeld-bewerken').then((m) => m.WijkbeeldBewerken),
        },
      ],
    },
  ],
});
