import { onderdeel } from '../gedeeld/onderdeel';
import { LEDEN_TEKSTEN as T } from './teksten';

/** Who manages the members of a gemeente (the API checks again). */
export const LEDEN_ROLLEN = ['gemeente-beheerder'] as const;

/** /leden: the gemeente-beheerder's members list (roles, revoke) and invitation form. */
export const LEDEN_ROUTE = onderdeel({
  path: 'leden',
  menu: T.menu,
  kruimel: T.lijstTitel,
  rollen: LEDEN_ROLLEN,
  metGemeente: true,
  startLinks: [
    { label: T.startLeden, link: '/leden' },
    { label: T.startUitnodigen, link: '/leden/uitnodigen' },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./leden-lijst').then((m) => m.LedenLijst) },
    { path: 'uitnodigen', title: T.uitnodigenTitel, data: { kruimel: T.kruimelUitnodigen }, loadComponent: () => import('./uitnodigen').then((m) => m.Uitnodigen) },
  ],
});
