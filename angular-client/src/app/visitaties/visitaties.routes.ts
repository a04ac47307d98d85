import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { VISITATIES_TEKSTEN as T } from './teksten';

/** Who does what (the server checks again, and decides per visitatie who sits on its panel or is reviewed). */
export const VISITATIES_ROLLEN = {
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
  cycliLezen: ['gemeente-beheerder', 'beleidsmedewerker', 'raadslid', 'griffie', 'auditor'],
  deelnemers: ['gemeente-beheerder', 'beleidsmedewerker', 'raadslid', 'griffie', 'auditor', 'visitatiepanel-lid', 'bewonersorganisatie', 'professional'],
  ledenKiezen: ['gemeente-beheerder'],
} as const;

/**
 * /visitaties (R6.3): the public reports and what they teach together (anyone, `?gemeente=<slug>` without signing in), the visitaties the reader
 * takes part in with the visit file per visitatie, and the gemeente's cycles with their perspectives.
 */
export const VISITATIES_ROUTE = onderdeel({
  path: 'visitaties',
  menu: T.menu,
  kruimel: T.kruimel,
  startLinks: [
    { label: T.startRapporten, link: '/visitaties' },
    { label: T.startDossiers, link: '/visitaties/dossiers', rollen: VISITATIES_ROLLEN.deelnemers },
  ],
  children: [
    { path: '', title: T.rapportenTitel, loadComponent: () => import('./rapporten-lijst').then((m) => m.RapportenLijst) },
    {
      path: 'leeroverzicht',
      title: T.leerTitel,
      data: { kruimel: T.leerTitel },
      loadComponent: () => import('./leeroverzicht').then((m) => m.Leeroverzicht),
    },
    {
      path: 'dossiers',
      canActivate: [rolGuard(...VISITATIES_ROLLEN.deelnemers)],
      data: { kruimel: T.dossiersTitel },
      children: [
        { path: '', title: T.dossiersTitel, loadComponent: () => import('./visitaties-lijst').then((m) => m.VisitatiesLijst) },
        { path: ':id', title: T.detailTitel, data: { kruimel: T.detailTitel }, loadComponent: () => import('./visitatie-detail').then((m) => m.VisitatieDetail) },
      ],
    },
    {
      path: 'cycli',
      canActivate: [rolGuard(...VISITATIES_ROLLEN.cycliLezen)],
      data: { kruimel: T.cycliTitel },
      children: [
        { path: '', title: T.cycliTitel, loadComponent: () => import('./cycli-lijst').then((m) => m.CycliLijst) },
        {
          path: 'nieuw',
          title: T.cyclusNieuwTitel,
          canActivate: [rolGuard(...VISITATIES_ROLLEN.gemeente)],
          data: { kruimel: T.cyclusNieuwTitel },
          loadComponent: () => import('./cyclus-formulier').then((m) => m.CyclusFormulier),
        },
        {
          path: ':id/wijzigen',
          title: T.cyclusWijzigTitel,
          canActivate: [rolGuard(...VISITATIES_ROLLEN.gemeente)],
          data: { kruimel: T.cyclusWijzigTitel },
          loadComponent: () => import('./cyclus-formulier').then((m) => m.CyclusFormulier),
        },
      ],
    },
  ],
});
