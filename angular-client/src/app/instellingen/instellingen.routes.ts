import { onderdeel } from '../gedeeld/onderdeel';
import { INSTELLINGEN_TEKSTEN as T } from './teksten';

/** Who changes the gemeente's look (the API checks again). */
export const INSTELLINGEN_ROLLEN = ['gemeente-beheerder'] as const;

/** /instellingen: the gemeente-beheerder's theme and logo. */
export const INSTELLINGEN_ROUTE = onderdeel({
  path: 'instellingen',
  menu: T.menu,
  kruimel: T.titelZonderNaam,
  title: T.titelZonderNaam,
  rollen: INSTELLINGEN_ROLLEN,
  metGemeente: true,
  loadComponent: () => import('./instellingen').then((m) => m.Instellingen),
});
