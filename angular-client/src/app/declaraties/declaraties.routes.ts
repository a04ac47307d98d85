import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { DECLARATIES_TEKSTEN as T } from './teksten';

/** Who submits declaraties, who decides and pays them, who reads them (the API checks again: the backoffice its host's groups, a group its own). */
export const DECLARATIES_ROLLEN = {
  indienen: ['bewonersorganisatie', 'backoffice'],
  beoordelen: ['backoffice'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'backoffice', 'bewonersorganisatie'],
} as const;

/**
 * /declaraties (route step 5): a volunteer submits an expense with its receipt from a phone (`/declaraties/nieuw`), the
 * host's back office approves it with four eyes or sends it back, and pays the approved ones in a batch
 * (`/declaraties/betalingen`). No menu entry: the start page links it per role.
 */
export const DECLARATIES_ROUTE = onderdeel({
  path: 'declaraties',
  kruimel: T.lijstTitel,
  startLinks: [
    { label: T.startIndienen, link: '/declaraties/nieuw', rollen: ['bewonersorganisatie'] },
    { label: T.startEigen, link: '/declaraties', rollen: ['bewonersorganisatie'] },
    { label: T.startBeoordelen, link: '/declaraties', rollen: DECLARATIES_ROLLEN.beoordelen },
    { label: T.startBetalen, link: '/declaraties/betalingen', rollen: DECLARATIES_ROLLEN.beoordelen },
  ],
  children: [
    {
      path: '',
      title: T.lijstTitel,
      canActivate: [rolGuard(...DECLARATIES_ROLLEN.lezen)],
      loadComponent: () => import('./declaraties-lijst').then((m) => m.DeclaratiesLijst),
    },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...DECLARATIES_ROLLEN.indienen)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./declaratie-nieuw').then((m) => m.DeclaratieNieuw),
    },
    {
      path: 'betalingen',
      title: T.betalingenTitel,
      canActivate: [rolGuard('gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'backoffice')],
      data: { kruimel: T.betalingenTitel },
      loadComponent: () => import('./declaratiebetalingen').then((m) => m.Declaratiebetalingen),
    },
    {
      path: ':id',
      title: T.detailTitel,
      canActivate: [rolGuard(...DECLARATIES_ROLLEN.lezen)],
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./declaratie-detail').then((m) => m.DeclaratieDetail),
    },
  ],
});
