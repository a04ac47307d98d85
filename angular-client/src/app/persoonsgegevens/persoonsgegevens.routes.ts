import { rolGuard } from '../auth/rol.guard';
import { onderdeel } from '../gedeeld/onderdeel';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';

/** Who does what with personal data (the API checks again). */
export const PERSOONSGEGEVENS_ROLLEN = {
  /** Reads the register, the retention terms and the erasures carried out. */
  lezen: ['gemeente-beheerder', 'auditor'],
  /** Handles a data subject's request (access, erasure) and sets the retention terms. */
  beheren: ['gemeente-beheerder'],
} as const;

/** The screens of the feature, for the overview's links (in this order). */
export const PERSOONSGEGEVENS_ONDERDELEN = [
  { pad: 'verzoek', label: T.verzoekTitel, rollen: PERSOONSGEGEVENS_ROLLEN.beheren },
  { pad: 'verwerkingsregister', label: T.registerTitel, rollen: PERSOONSGEGEVENS_ROLLEN.lezen },
  { pad: 'bewaartermijnen', label: T.bewaarTitel, rollen: PERSOONSGEGEVENS_ROLLEN.lezen },
  { pad: 'anonimiseringen', label: T.anonimiseringenTitel, rollen: PERSOONSGEGEVENS_ROLLEN.lezen },
] as const;

/**
 * /persoonsgegevens (AVG): an overview; a data subject's request (`verzoek`: access as JSON or PDF, erasure with a
 * pseudonym) for the gemeente-beheerder; the register of processing activities, the retention terms (changed by the
 * gemeente-beheerder) and the erasures carried out for the gemeente-beheerder and the auditor.
 */
export const PERSOONSGEGEVENS_ROUTE = onderdeel({
  path: 'persoonsgegevens',
  menu: T.menu,
  kruimel: T.overzichtTitel,
  rollen: PERSOONSGEGEVENS_ROLLEN.lezen,
  metGemeente: true,
  startLinks: [
    { label: T.startVerzoek, link: '/persoonsgegevens/verzoek', rollen: PERSOONSGEGEVENS_ROLLEN.beheren },
    { label: T.startRegister, link: '/persoonsgegevens/verwerkingsregister' },
  ],
  children: [
    { path: '', title: T.overzichtTitel, loadComponent: () => import('./overzicht').then((m) => m.PersoonsgegevensOverzicht) },
    {
      path: 'verzoek',
      title: T.verzoekTitel,
      canActivate: [rolGuard(...PERSOONSGEGEVENS_ROLLEN.beheren)],
      data: { kruimel: T.verzoekTitel },
      loadComponent: () => import('./verzoek').then((m) => m.Verzoek),
    },
    {
      path: 'verwerkingsregister',
      title: T.registerTitel,
      data: { kruimel: T.registerTitel },
      loadComponent: () => import('./verwerkingsregister').then((m) => m.Verwerkingsregister),
    },
    {
      path: 'bewaartermijnen',
      title: T.bewaarTitel,
      data: { kruimel: T.bewaarTitel },
      loadComponent: () => import('./bewaartermijnen').then((m) => m.Bewaartermijnen),
    },
    {
      path: 'anonimiseringen',
      title: T.anonimiseringenTitel,
      data: { kruimel: T.anonimiseringenTitel },
      loadComponent: () => import('./anonimiseringen').then((m) => m.Anonimiseringen),
    },
  ],
});
