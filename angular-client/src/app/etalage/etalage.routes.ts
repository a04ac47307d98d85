import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { ETALAGE_TEKSTEN as T } from './teksten';

/** Who does what (the server checks again): the gemeente curates; these roles may nominate. */
export const ETALAGE_ROLLEN = {
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
  nominators: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie', 'professional', 'visitatiepanel-lid', 'raadslid'],
  toestemmers: ['bewonersorganisatie', 'professional'],
} as const;

/** /etalage (R6.4): the public etalage (`?gemeente=<slug>` without signing in), a story, nominating one, and the gemeente's curation. */
export const ETALAGE_ROUTE = onderdeel({
  path: 'etalage',
  menu: T.menu,
  kruimel: T.kruimel,
  startLinks: [
    { label: T.startEtalage, link: '/etalage' },
    { label: T.startNomineren, link: '/etalage/nomineren', rollen: ETALAGE_ROLLEN.nominators },
  ],
  children: [
    { path: '', title: T.titel, loadComponent: () => import('./etalage-lijst').then((m) => m.EtalageLijst) },
    {
      path: 'nomineren',
      title: T.nominerenTitel,
      canActivate: [rolGuard(...ETALAGE_ROLLEN.nominators)],
      data: { kruimel: T.nominerenTitel },
      loadComponent: () => import('./verhaal-formulier').then((m) => m.VerhaalFormulier),
    },
    {
      path: 'beheer',
      title: T.beheerTitel,
      canActivate: [rolGuard(...ETALAGE_ROLLEN.gemeente)],
      data: { kruimel: T.beheerTitel },
      loadComponent: () => import('./etalage-beheer').then((m) => m.EtalageBeheer),
    },
    { path: ':id', title: T.detailTitel, data: { kruimel: T.detailTitel }, loadComponent: () => import('./verhaal-detail').then((m) => m.VerhaalDetail) },
  ],
});
