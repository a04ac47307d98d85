import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { TREKKINGSRECHTEN_TEKSTEN as T } from './teksten';

/** Who grants rights, who records draws, who reads them (the API checks again and shows an organisation only its own). */
export const TREKKINGSRECHTEN_ROLLEN = {
  toekennen: ['gemeente-beheerder', 'beleidsmedewerker'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'bewonersorganisatie', 'professional'],
  /** The holder's side: a bewonersorganisatie member confirms draws on its organisation's rights. */
  bevestigen: ['bewonersorganisatie'],
  /** A professional for a named supplier; the gemeente where it supplies itself. */
  leveren: ['gemeente-beheerder', 'beleidsmedewerker', 'professional'],
} as const;

/**
 * /trekkingsrechten (R4.5): the rights of resident initiatives with their balance and validity, a right's page with
 * what was drawn for what, where the supplier records a draw and the holder confirms it, and the form with which the
 * gemeente grants a right from a wijkbudget line. No menu entry: the start page links it per role, the mails link a right.
 */
export const TREKKINGSRECHTEN_ROUTE = onderdeel({
  path: 'trekkingsrechten',
  kruimel: T.lijstTitel,
  rollen: TREKKINGSRECHTEN_ROLLEN.lezen,
  metGemeente: true,
  startLinks: [
    { label: T.startLijst, link: '/trekkingsrechten', rollen: [...TREKKINGSRECHTEN_ROLLEN.toekennen, 'auditor', 'professional'] },
    { label: T.startEigen, link: '/trekkingsrechten', rollen: TREKKINGSRECHTEN_ROLLEN.bevestigen },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./trekkingsrechten-lijst').then((m) => m.TrekkingsrechtenLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...TREKKINGSRECHTEN_ROLLEN.toekennen)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./trekkingsrecht-nieuw').then((m) => m.TrekkingsrechtNieuw),
    },
    {
      path: ':id',
      title: T.detailTitel,
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./trekkingsrecht-detail').then((m) => m.TrekkingsrechtDetail),
    },
  ],
});
