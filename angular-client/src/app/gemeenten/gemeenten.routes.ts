import { onderdeel } from '../gedeeld/onderdeel';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

/** Who manages gemeenten (the API checks again). */
export const GEMEENTEN_ROLLEN = ['platform-beheerder'] as const;

/** /gemeenten: the platform-beheerder's list, create form and detail with provisioning. */
export const GEMEENTEN_ROUTE = onderdeel({
  path: 'gemeenten',
  menu: T.menu,
  kruimel: T.lijstTitel,
  rollen: GEMEENTEN_ROLLEN,
  startLinks: [
    { label: T.startBekijken, link: '/gemeenten' },
    { label: T.startNieuw, link: '/gemeenten/nieuw' },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./gemeenten-lijst').then((m) => m.GemeentenLijst) },
    { path: 'nieuw', title: T.nieuwTitel, data: { kruimel: T.nieuwTitel }, loadComponent: () => import('./gemeente-nieuw').then((m) => m.GemeenteNieuw) },
    { path: ':slug', title: T.detailTitel, data: { kruimel: T.detailTitel }, loadComponent: () => import('./gemeente-detail').then((m) => m.GemeenteDetail) },
  ],
});
