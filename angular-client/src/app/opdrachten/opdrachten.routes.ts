import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { OPDRACHTEN_TEKSTEN as T } from './teksten';

/** Who makes contracts, who records an invoice under one, who reads them (the API checks again: the back office its host's groups, a group its own). */
export const OPDRACHTEN_ROLLEN = {
  beheren: ['backoffice'],
  factureren: ['bewonersorganisatie', 'backoffice'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'backoffice', 'bewonersorganisatie'],
} as const;

/**
 * /opdrachten (R5.5): the contracts under which a group hires a zzp'er (hours, rate, VAT, period), a contract's page
 * with the hours invoiced so far and its invoices, the back office's form that makes or changes one, and the form that
 * records an invoice, checked against the contract and submitted as a declaratie. No menu entry: the start page links it.
 */
export const OPDRACHTEN_ROUTE = onderdeel({
  path: 'opdrachten',
  kruimel: T.lijstTitel,
  rollen: OPDRACHTEN_ROLLEN.lezen,
  metGemeente: true,
  startLinks: [{ label: T.startLijst, link: '/opdrachten', rollen: ['backoffice', 'bewonersorganisatie'] }],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./opdrachten-lijst').then((m) => m.OpdrachtenLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...OPDRACHTEN_ROLLEN.beheren)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./opdracht-formulier').then((m) => m.OpdrachtFormulier),
    },
    {
      path: ':id',
      title: T.detailTitel,
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./opdracht-detail').then((m) => m.OpdrachtDetail),
    },
    {
      path: ':id/wijzigen',
      title: T.wijzigTitel,
      canActivate: [rolGuard(...OPDRACHTEN_ROLLEN.beheren)],
      data: { kruimel: T.wijzigTitel },
      loadComponent: () => import('./opdracht-formulier').then((m) => m.OpdrachtFormulier),
    },
    {
      path: ':id/factuur',
      title: T.factuurTitel,
      canActivate: [rolGuard(...OPDRACHTEN_ROLLEN.factureren)],
      data: { kruimel: T.factuurTitel },
      loadComponent: () => import('./factuur-nieuw').then((m) => m.FactuurNieuw),
    },
  ],
});
