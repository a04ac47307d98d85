import { rolGuard } from '../auth/rol.guard';
import { GEMEENTE_ROLLEN } from '../auth/rollen';
import { onderdeel } from '../gedeeld/onderdeel';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** Who drafts the kader, who records the raad's adoption, who sees the version history (the API checks again). */
export const BELEIDSKADER_ROLLEN = {
  opstellen: ['gemeente-beheerder', 'beleidsmedewerker'],
  vaststellen: ['griffie', 'gemeente-beheerder'],
  versies: GEMEENTE_ROLLEN,
} as const;

/**
 * /beleidskader: the kader in force (everybody, also without signing in: `?gemeente=<slug>`), the version history,
 * a version, the editor of a concept, the adoption form and the comparison of two versions.
 */
export const BELEIDSKADER_ROUTE = onderdeel({
  path: 'beleidskader',
  menu: T.menu,
  kruimel: T.geldendTitel,
  startLinks: [
    { label: T.startLezen, link: '/beleidskader' },
    { label: T.startVersies, link: '/beleidskader/versies', rollen: BELEIDSKADER_ROLLEN.opstellen },
    { label: T.startVaststellen, link: '/beleidskader/versies', rollen: ['griffie'] },
  ],
  children: [
    { path: '', title: T.geldendTitel, loadComponent: () => import('./geldend-kader').then((m) => m.GeldendKader) },
    {
      path: 'versies',
      data: { kruimel: T.kruimelVersies },
      canActivate: [rolGuard(...BELEIDSKADER_ROLLEN.versies)],
      children: [
        { path: '', title: T.versiesTitel, loadComponent: () => import('./versies-lijst').then((m) => m.VersiesLijst) },
        {
          path: ':id',
          data: { kruimel: T.kruimelVersie },
          children: [
            { path: '', title: T.versieTitel, loadComponent: () => import('./versie-detail').then((m) => m.VersieDetail) },
            {
              path: 'bewerken',
              title: T.bewerkenTitel,
              canActivate: [rolGuard(...BELEIDSKADER_ROLLEN.opstellen)],
              data: { kruimel: T.kruimelBewerken },
              loadComponent: () => import('./kader-bewerken').then((m) => m.KaderBewerken),
            },
            {
              path: 'vaststellen',
              title: T.vaststellenTitel,
              canActivate: [rolGuard(...BELEIDSKADER_ROLLEN.vaststellen)],
              data: { kruimel: T.kruimelVaststellen },
              loadComponent: () => import('./kader-vaststellen').then((m) => m.KaderVaststellen),
            },
          ],
        },
      ],
    },
    {
      path: 'vergelijking',
      title: T.vergelijkingTitel,
      canActivate: [rolGuard(...BELEIDSKADER_ROLLEN.versies)],
      data: { kruimel: T.kruimelVergelijking },
      loadComponent: () => import('./versies-vergelijken').then((m) => m.VersiesVergelijken),
    },
  ],
});

