import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { DIENSTVERLENING_TEKSTEN as T } from './teksten';

/** Who makes and starts agreements, who reads them, who signs and reviews (the API checks again and shows a party only its own). */
export const DIENSTVERLENING_ROLLEN = {
  beheren: ['gemeente-beheerder', 'beleidsmedewerker'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'raadslid', 'bewonersorganisatie', 'professional'],
  /** A member of either party signs for its organisation. */
  ondertekenen: ['bewonersorganisatie', 'professional'],
  /** The bewonersorganisatie, as opdrachtgever, records the review of each year. */
  evalueren: ['bewonersorganisatie'],
} as const;

/**
 * /dienstverleningsafspraken (R4.3, G-5): the agreements in which a bewonersorganisatie commissions professional work
 * paid from a wijkbudget line, an agreement's page where the parties sign, the gemeente starts or ends it and the
 * bewonersorganisatie records each year's review, and the form with which the gemeente makes or changes one. No menu
 * entry: the start page links it per role.
 */
export const DIENSTVERLENING_ROUTE = onderdeel({
  path: 'dienstverleningsafspraken',
  kruimel: T.lijstTitel,
  rollen: DIENSTVERLENING_ROLLEN.lezen,
  metGemeente: true,
  startLinks: [
    { label: T.startLijst, link: '/dienstverleningsafspraken', rollen: [...DIENSTVERLENING_ROLLEN.beheren, 'auditor', 'raadslid'] },
    { label: T.startEigen, link: '/dienstverleningsafspraken', rollen: DIENSTVERLENING_ROLLEN.ondertekenen },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./dienstverleningsafspraken-lijst').then((m) => m.DienstverleningsafsprakenLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...DIENSTVERLENING_ROLLEN.beheren)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./afspraak-formulier').then((m) => m.AfspraakFormulier),
    },
    {
      path: ':id',
      title: T.detailTitel,
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./dienstverleningsafspraak-detail').then((m) => m.DienstverleningsafspraakDetail),
    },
    {
      path: ':id/wijzigen',
      title: T.wijzigTitel,
      canActivate: [rolGuard(...DIENSTVERLENING_ROLLEN.beheren)],
      data: { kruimel: T.wijzigTitel },
      loadComponent: () => import('./afspraak-formulier').then((m) => m.AfspraakFormulier),
    },
  ],
});
