import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

/** Who organises (the server checks again). */
export const CONFERENTIES_ROLLEN = {
  gemeente: ['gemeente-beheerder', 'beleidsmedewerker'],
} as const;

/** /ervaringsconferenties (R6.5): the public conferences (`?gemeente=<slug>`), one with its registration, planning one, and unsubscribing by the mailed link. */
export const CONFERENTIES_ROUTE = onderdeel({
  path: 'ervaringsconferenties',
  menu: T.menu,
  kruimel: T.kruimel,
  startLinks: [
    { label: T.start, link: '/ervaringsconferenties' },
    { label: T.startNieuw, link: '/ervaringsconferenties/nieuw', rollen: CONFERENTIES_ROLLEN.gemeente },
  ],
  children: [
    { path: '', title: T.titel, loadComponent: () => import('./conferenties-lijst').then((m) => m.ConferentiesLijst) },
    {
      path: 'nieuw',
      title: T.nieuwTitel,
      canActivate: [rolGuard(...CONFERENTIES_ROLLEN.gemeente)],
      data: { kruimel: T.nieuwTitel },
      loadComponent: () => import('./conferentie-formulier').then((m) => m.ConferentieFormulier),
    },
    {
      path: ':id',
      data: { kruimel: T.detailTitel },
      children: [
        { path: '', title: T.detailTitel, loadComponent: () => import('./conferentie-detail').then((m) => m.ConferentieDetail) },
        {
          path: 'afmelden',
          title: T.afmeldenTitel,
          data: { kruimel: T.afmeldenTitel },
          loadComponent: () => import('./conferentie-afmelden').then((m) => m.ConferentieAfmelden),
        },
      ],
    },
  ],
});
