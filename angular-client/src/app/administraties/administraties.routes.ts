import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** Who opens administraties, who keeps the books, who reads them (the API checks again: the backoffice only its host's groups, a group its own). */
export const ADMINISTRATIES_ROLLEN = {
  beheren: ['gemeente-beheerder', 'beleidsmedewerker'],
  boeken: ['backoffice'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'backoffice', 'bewonersorganisatie'],
} as const;

/**
 * /administraties (route step 5, faciliterend vermogen): the books a host keeps for groups without a legal entity of
 * their own. The list, a group's administratie with its trial balance, months (closing) and journal entries (booking,
 * reversing, the opening balance), the form that opens one, and each group's public balance (`/administraties/<id>/openbaar`,
 * for everybody with `?gemeente=<slug>`, found through the public list `/administraties/openbaar`). No menu entry: the start page links it per role.
 */
export const ADMINISTRATIES_ROUTE = onderdeel({
  path: 'administraties',
  kruimel: T.lijstTitel,
  startLinks: [
    { label: T.startOpenbaar, link: '/administraties/openbaar' },
    { label: T.startLijst, link: '/administraties', rollen: [...ADMINISTRATIES_ROLLEN.beheren, ...ADMINISTRATIES_ROLLEN.boeken, 'auditor'] },
    { label: T.startEigen, link: '/administraties', rollen: ['bewonersorganisatie'] },
  ],
  children: [
    {
      path: '',
      title: T.lijstTitel,
      canActivate: [rolGuard(...ADMINISTRATIES_ROLLEN.lezen)],
      loadComponent: () => import('./administraties-lijst').then((m) => m.AdministratiesLijst),
    },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...ADMINISTRATIES_ROLLEN.beheren)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./administratie-nieuw').then((m) => m.AdministratieNieuw),
    },
    {
      // Public: the groups and what each has left, `?gemeente=<slug>` without signing in.
      path: 'openbaar',
      title: T.openbareLijstTitel,
      data: { kruimel: T.openbareLijstTitel },
      loadComponent: () => import('./openbare-administraties').then((m) => m.OpenbareAdministraties),
    },
    {
      path: ':id/openbaar',
      title: T.openbaarTitel,
      data: { kruimel: T.openbaarTitel },
      loadComponent: () => import('./openbare-balans').then((m) => m.OpenbareBalans),
    },
    {
      // The bank statements (CAMT.053) and their lines; before ':id' so that ':id/bank' is not read as an id.
      path: ':id/bank',
      title: T.bankTitel,
      canActivate: [rolGuard(...ADMINISTRATIES_ROLLEN.lezen)],
      data: { kruimel: T.bankTitel },
      loadComponent: () => import('./bankafschriften').then((m) => m.Bankafschriften),
    },
    {
      path: ':id',
      title: T.detailTitel,
      canActivate: [rolGuard(...ADMINISTRATIES_ROLLEN.lezen)],
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./administratie-detail').then((m) => m.AdministratieDetail),
    },
  ],
});
