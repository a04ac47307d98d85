import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';

/** Who handles challenges, who submits, who reads them, who records the verordening (the API checks again and shows a bewonersorganisatie only its own). */
export const UITDAGINGEN_ROLLEN = {
  behandelen: ['gemeente-beheerder', 'beleidsmedewerker'],
  indienen: ['gemeente-beheerder', 'beleidsmedewerker', 'bewonersorganisatie'],
  lezen: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'bewonersorganisatie'],
  verordening: ['gemeente-beheerder'],
} as const;

/**
 * /uitdagingen: the uitdaagrecht. The public page (`?gemeente=<slug>` without signing in) shows the participatieverordening
 * (terms, criteria, excluded tasks) and the challenges decided with their outcome; residents submit a challenge; the
 * gemeente decides ontvankelijkheid, assesses per criterion, decides (a beschikking with its PDF letter), records the
 * transfer, monitoring and evaluation; the gemeente-beheerder records a new version of the verordening.
 */
export const UITDAGINGEN_ROUTE = onderdeel({
  path: 'uitdagingen',
  kruimel: T.titel,
  startLinks: [
    { label: T.startOpenbaar, link: '/uitdagingen' },
    { label: T.startIndienen, link: '/uitdagingen/indienen', rollen: ['bewonersorganisatie'] },
    { label: T.startEigen, link: '/uitdagingen/overzicht', rollen: ['bewonersorganisatie'] },
    { label: T.startBehandelen, link: '/uitdagingen/overzicht', rollen: [...UITDAGINGEN_ROLLEN.behandelen, 'auditor'] },
    { label: T.startVerordening, link: '/uitdagingen/verordening', rollen: UITDAGINGEN_ROLLEN.verordening },
  ],
  children: [
    { path: '', title: T.titel, loadComponent: () => import('./uitdaagrecht').then((m) => m.Uitdaagrecht) },
    {
      path: 'indienen',
      title: T.indienenTitel,
      canActivate: [rolGuard(...UITDAGINGEN_ROLLEN.indienen)],
      data: { kruimel: T.indienenTitel },
      loadComponent: () => import('./uitdaging-indienen').then((m) => m.UitdagingIndienen),
    },
    {
      path: 'overzicht',
      title: T.lijstTitel,
      canActivate: [rolGuard(...UITDAGINGEN_ROLLEN.lezen)],
      data: { kruimel: T.lijstTitel },
      loadComponent: () => import('./uitdagingen-lijst').then((m) => m.UitdagingenLijst),
    },
    {
      path: 'verordening',
      title: T.verordeningTitel,
      canActivate: [rolGuard(...UITDAGINGEN_ROLLEN.verordening)],
      data: { kruimel: T.verordeningTitel },
      loadComponent: () => import('./verordening-formulier').then((m) => m.VerordeningFormulier),
    },
    {
      path: ':id',
      title: T.detailTitel,
      canActivate: [rolGuard(...UITDAGINGEN_ROLLEN.lezen)],
      data: { kruimel: T.detailTitel },
      loadComponent: () => import('./uitdaging-detail').then((m) => m.UitdagingDetail),
    },
  ],
});
