import { onderdeel } from '../gedeeld/onderdeel';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** Who records the raad's decisions on a wijkbudget (the API checks again). */
export const WIJKBUDGETTEN_ROLLEN = {
  besluiten: ['griffie', 'gemeente-beheerder'],
} as const;

/**
 * /wijkbudgetten: the budgets per wijk and the methodiek in force, for everybody (the public reads with
 * `?gemeente=<slug>`); a budget's page with its years, lines, sources and changes, where the griffie records a grant.
 */
export const WIJKBUDGETTEN_ROUTE = onderdeel({
  path: 'wijkbudgetten',
  menu: T.menu,
  kruimel: T.lijstTitel,
  startLinks: [
    { label: T.startLijst, link: '/wijkbudgetten' },
    { label: T.startMethodiek, link: '/wijkbudgetten/methodiek' },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./wijkbudgetten-lijst').then((m) => m.WijkbudgettenLijst) },
    { path: 'methodiek', title: T.methodiekTitel, data: { kruimel: T.methodiekTitel }, loadComponent: () => import('./methodiek').then((m) => m.Methodiek) },
    { path: ':id', title: T.detailTitel, data: { kruimel: T.detailTitel }, loadComponent: () => import('./wijkbudget-detail').then((m) => m.WijkbudgetDetail) },
  ],
});
