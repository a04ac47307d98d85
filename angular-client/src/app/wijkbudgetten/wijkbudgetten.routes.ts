import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** Who drafts and changes a wijkbudget, who records the raad's decisions on it (the API checks again). */
export const WIJKBUDGETTEN_ROLLEN = {
  opstellen: ['gemeente-beheerder', 'beleidsmedewerker'],
  aanpassen: ['gemeente-beheerder', 'beleidsmedewerker', 'griffie'],
  besluiten: ['griffie', 'gemeente-beheerder'],
} as const;

/**
 * /wijkbudgetten: the budgets per wijk and the methodiek in force, for everybody (the public reads with
 * `?gemeente=<slug>`); a budget's page with its years, lines, sources and changes, where the griffie records a grant;
 * the forms that propose, change and adjust a budget; the adopted begrotingen, where the griffie records the next.
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
    {
      path: 'begrotingen',
      title: T.begrotingenTitel,
      canActivate: [rolGuard(...WIJKBUDGETTEN_ROLLEN.besluiten)],
      data: { kruimel: T.begrotingenTitel },
      loadComponent: () => import('./begrotingen').then((m) => m.Begrotingen),
    },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...WIJKBUDGETTEN_ROLLEN.opstellen)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./wijkbudget-voorstel').then((m) => m.WijkbudgetVoorstel),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./wijkbudget-detail').then((m) => m.WijkbudgetDetail) },
        {
          path: 'wijzigen',
          title: T.wijzigenTitel,
          canActivate: [rolGuard(...WIJKBUDGETTEN_ROLLEN.opstellen)],
          data: { kruimel: T.wijzigenTitel },
          loadComponent: () => import('./wijkbudget-voorstel').then((m) => m.WijkbudgetVoorstel),
        },
        {
          path: 'aanpassen',
          title: T.aanpassenTitel,
          canActivate: [rolGuard(...WIJKBUDGETTEN_ROLLEN.aanpassen)],
          data: { kruimel: T.aanpassenTitel },
          loadComponent: () => import('./wijkbudget-aanpassen').then((m) => m.WijkbudgetAanpassen),
        },
      ],
    },
  ],
});
