import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { OPEN_DATA_TEKSTEN } from './open-data-teksten';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** Who drafts regelingen and handles applications, who applies, who reads the queue (the API checks again). */
export const SUBSIDIES_ROLLEN = {
  behandelen: ['gemeente-beheerder', 'beleidsmedewerker'],
  aanvragen: ['bewonersorganisatie', 'professional'],
  wachtrij: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor'],
  /** Who records a new version of the tiers of accountability. */
  kader: ['gemeente-beheerder'],
  /** Who reads the organisations subsidised three years or more whose subsidy ends or is cut (Awb 4:51, G-9). */
  afbouw: ['gemeente-beheerder', 'beleidsmedewerker', 'auditor', 'raadslid', 'griffie'],
} as const;

/**
 * /subsidies: the published subsidieregelingen and the granted subsidies as open data (`open-data`) for everybody (the public reads with `?gemeente=<slug>`) and a
 * regeling's page, where staff publish, record the mededingingsruimte and open it; applicants apply under an open
 * regeling and follow their applications; the gemeente's queue with deadlines and an application's page with review,
 * completion, delay and decision; the beschikking as a PDF; the payment batches of the voorschotten as SEPA files; the
 * report by the tier, the vaststelling with its PDF letter, the gemeente's queue of reports with the steekproef, and the tiers;
 * the wijziging or intrekking of a verlening or vaststelling with its letter, and the afbouwsignalen (Awb 4:51).
 */
export const SUBSIDIES_ROUTE = onderdeel({
  path: 'subsidies',
  menu: T.menu,
  kruimel: T.lijstTitel,
  startLinks: [
    { label: T.startRegelingen, link: '/subsidies' },
    { label: OPEN_DATA_TEKSTEN.startLink, link: '/subsidies/open-data' },
    { label: T.startMijnAanvragen, link: '/subsidies/mijn-aanvragen', rollen: SUBSIDIES_ROLLEN.aanvragen },
    { label: T.startWachtrij, link: '/subsidies/aanvragen', rollen: SUBSIDIES_ROLLEN.wachtrij },
    { label: T.startBetaalopdrachten, link: '/subsidies/betaalopdrachten', rollen: SUBSIDIES_ROLLEN.wachtrij },
    { label: T.startVerantwoordingen, link: '/subsidies/verantwoordingen', rollen: SUBSIDIES_ROLLEN.wachtrij },
    { label: T.startKader, link: '/subsidies/verantwoordingskader', rollen: SUBSIDIES_ROLLEN.kader },
    { label: T.startAfbouw, link: '/subsidies/afbouw', rollen: SUBSIDIES_ROLLEN.afbouw },
  ],
  children: [
    { path: '', title: T.lijstTitel, loadComponent: () => import('./regelingen-lijst').then((m) => m.RegelingenLijst) },
    {
      // Public: the granted subsidies as open data (360Giving), `?gemeente=<slug>` without signing in.
      path: 'open-data',
      title: OPEN_DATA_TEKSTEN.titel,
      data: { kruimel: OPEN_DATA_TEKSTEN.titel },
      loadComponent: () => import('./open-data').then((m) => m.OpenData),
    },
    {
      path: 'regelingen/nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.behandelen)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./regeling-nieuw').then((m) => m.RegelingNieuw),
    },
    {
      path: 'regelingen/:id',
      data: { kruimel: T.regelingTitel },
      children: [
        { path: '', title: T.regelingTitel, loadComponent: () => import('./regeling-detail').then((m) => m.RegelingDetail) },
        {
          path: 'aanvragen',
          title: T.aanvragenTitel,
          canActivate: [rolGuard(...SUBSIDIES_ROLLEN.aanvragen)],
          data: { kruimel: T.aanvragenTitel },
          loadComponent: () => import('./aanvraag-nieuw').then((m) => m.AanvraagNieuw),
        },
      ],
    },
    {
      path: 'mijn-aanvragen',
      title: T.mijnTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.aanvragen)],
      data: { kruimel: T.mijnTitel },
      loadComponent: () => import('./mijn-aanvragen').then((m) => m.MijnAanvragen),
    },
    {
      path: 'aanvragen',
      title: T.wachtrijTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.wachtrij)],
      data: { kruimel: T.wachtrijTitel },
      loadComponent: () => import('./wachtrij').then((m) => m.Wachtrij),
    },
    {
      // Not below the queue: an applicant reaches it from their own list, and its breadcrumb must not lead to the queue.
      path: 'aanvragen/:id',
      title: T.aanvraagTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.wachtrij, ...SUBSIDIES_ROLLEN.aanvragen)],
      data: { kruimel: T.aanvraagTitel },
      loadComponent: () => import('./aanvraag-detail').then((m) => m.AanvraagDetail),
    },
    {
      path: 'betaalopdrachten',
      title: T.betaalTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.wachtrij)],
      data: { kruimel: T.betaalTitel },
      loadComponent: () => import('./betaalopdrachten').then((m) => m.Betaalopdrachten),
    },
    {
      path: 'verantwoordingen',
      title: T.verantwoordingenTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.wachtrij)],
      data: { kruimel: T.verantwoordingenTitel },
      loadComponent: () => import('./verantwoordingen').then((m) => m.Verantwoordingen),
    },
    {
      path: 'verantwoordingskader',
      title: T.kaderTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.wachtrij)],
      data: { kruimel: T.kaderTitel },
      loadComponent: () => import('./verantwoordingskader').then((m) => m.Verantwoordingskader),
    },
    {
      path: 'afbouw',
      title: T.afbouwTitel,
      canActivate: [rolGuard(...SUBSIDIES_ROLLEN.afbouw)],
      data: { kruimel: T.afbouwTitel },
      loadComponent: () => import('./afbouwsignalen').then((m) => m.Afbouwsignalen),
    },
  ],
});
