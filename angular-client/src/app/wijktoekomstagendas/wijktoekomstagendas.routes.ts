import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { AGENDAS_TEKSTEN as T, VERZOEKEN_TEKSTEN as V } from './teksten';

/** Who works on an agenda and who may begin one (the server checks the team membership again). */
export const AGENDAS_ROLLEN = {
  team: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie', 'professional'],
  aanmaken: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie'],
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

/**
 * /wijktoekomstagendas: the agendas per wijk (the public reads with `?gemeente=<slug>`), an agenda with its ambitions
 * in the order written (G-1), the PDF, and for the team its work and the requests to institutions; beginning an agenda
 * and changing a concept.
 */
export const AGENDAS_ROUTE = onderdeel({
  path: 'wijktoekomstagendas',
  menu: T.menu,
  kruimel: T.lijstTitel,
  startLinks: [{ label: T.startLijst, link: '/wijktoekomstagendas' }],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./agendas-lijst').then((m) => m.AgendasLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...AGENDAS_ROLLEN.aanmaken)],
      data: { kruimel: T.kruimelNieuw },
      loadComponent: () => import('./agenda-formulier').then((m) => m.AgendaFormulier),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./agenda-detail').then((m) => m.AgendaDetail) },
        {
          path: 'wijzigen',
          title: T.wijzigenTitel,
          canActivate: [rolGuard(...AGENDAS_ROLLEN.team)],
          data: { kruimel: T.kruimelWijzigen },
          loadComponent: () => import('./agenda-formulier').then((m) => m.AgendaFormulier),
        },
      ],
    },
  ],
});

/**
 * /verzoeken (no menu entry of its own: linked from the agendas and the start page): the public tracker (`?gemeente=<slug>&wijkId=`) and the institution's answer page without an account
 * (`/verzoeken/antwoord/<sleutel>?gemeente=<slug>`, the link of the server's mail).
 */
export const VERZOEKEN_ROUTE = onderdeel({
  path: 'verzoeken',
  kruimel: V.kruimel,
  startLinks: [{ label: V.startTracker, link: '/verzoeken/tracker' }],
  children: [
    { path: '', pathMatch: 'full', redirectTo: 'tracker' },
    { path: 'tracker', title: V.trackerTitel, data: { kruimel: V.trackerKruimel }, loadComponent: () => import('./tracker').then((m) => m.Tracker) },
    {
      path: 'antwoord/:sleutel',
      title: V.antwoordTitel,
      data: { kruimel: V.antwoordKruimel },
      loadComponent: () => import('./antwoord').then((m) => m.Antwoord),
    },
  ],
});
