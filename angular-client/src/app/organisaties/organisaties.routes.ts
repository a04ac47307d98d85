import { rolGuard } from '../auth/rol.guard';
import { GEMEENTE_ROLLEN } from '../auth/rollen';
import { onderdeel } from '../gedeeld/onderdeel';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

/**
 * Who reads the register and who keeps it, and who reads and records an organisation's bank account (the API checks
 * again). The API also lets an organisation's own members at its account, but the client does not know a member's
 * organisation (that claim is only in the access token), so it shows the account to the gemeente and the auditor only.
 */
export const ORGANISATIES_ROLLEN = {
  bekijken: GEMEENTE_ROLLEN,
  bewerken: ['gemeente-beheerder', 'beleidsmedewerker'],
  bankrekeningLezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor'],
  bankrekeningWijzigen: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

/** /organisaties: the register of organisations (filters, paging), an organisation, adding and changing one. */
export const ORGANISATIES_ROUTE = onderdeel({
  path: 'organisaties',
  menu: T.menu,
  kruimel: T.lijstTitel,
  rollen: ORGANISATIES_ROLLEN.bekijken,
  metGemeente: true,
  startLinks: [
    { label: T.startLijst, link: '/organisaties' },
    { label: T.startNieuw, link: '/organisaties/nieuw', rollen: ORGANISATIES_ROLLEN.bewerken },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./organisaties-lijst').then((m) => m.OrganisatiesLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...ORGANISATIES_ROLLEN.bewerken)],
      data: { kruimel: T.kruimelNieuw },
      loadComponent: () => import('./organisatie-formulier').then((m) => m.OrganisatieFormulier),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./organisatie-detail').then((m) => m.OrganisatieDetail) },
        {
          path: 'bewerken',
          title: T.bewerkenTitel,
          canActivate: [rolGuard(...ORGANISATIES_ROLLEN.bewerken)],
          data: { kruimel: T.kruimelBewerken },
          loadComponent: () => import('./organisatie-formulier').then((m) => m.OrganisatieFormulier),
        },
      ],
    },
  ],
});
