import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { COORDINATOREN_TEKSTEN as T } from './teksten';

/** Who records coordinators (the back office, for its own host: the API checks), who reads them. */
export const COORDINATOREN_ROLLEN = {
  beheren: ['backoffice'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'backoffice', 'bewonersorganisatie'],
} as const;

/**
 * /coordinatoren (R5.5): the people a host employs to support its groups, paid through the host's payroll and never
 * as a group's invoice; the list and the back office's form that records or changes one. No menu entry: the start page
 * and the contracts list link it.
 */
export const COORDINATOREN_ROUTE = onderdeel({
  path: 'coordinatoren',
  kruimel: T.lijstTitel,
  rollen: COORDINATOREN_ROLLEN.lezen,
  metGemeente: true,
  startLinks: [{ label: T.startLijst, link: '/coordinatoren', rollen: COORDINATOREN_ROLLEN.beheren }],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./coordinatoren-lijst').then((m) => m.CoordinatorenLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...COORDINATOREN_ROLLEN.beheren)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./coordinator-formulier').then((m) => m.CoordinatorFormulier),
    },
    {
      path: ':id/wijzigen',
      title: T.wijzigTitel,
      canActivate: [rolGuard(...COORDINATOREN_ROLLEN.beheren)],
      data: { kruimel: T.wijzigTitel },
      loadComponent: () => import('./coordinator-formulier').then((m) => m.CoordinatorFormulier),
    },
  ],
});
