import { Routes } from '@angular/router';
import { ADMINISTRATIES_ROUTE } from './administraties/administraties.routes';
import { AUTH_TEKSTEN } from './auth/teksten';
import { BUURTTOPS_ROUTE } from './buurttops/buurttops.routes';
import { COORDINATOREN_ROUTE } from './coordinatoren/coordinatoren.routes';
import { DIENSTVERLENING_ROUTE } from './dienstverleningsafspraken/dienstverleningsafspraken.routes';
import { BELEIDSKADER_ROUTE } from './beleidskader/beleidskader.routes';
import { DECLARATIES_ROUTE } from './declaraties/declaraties.routes';
import { CONFERENTIES_ROUTE } from './conferenties/conferenties.routes';
import { ETALAGE_ROUTE } from './etalage/etalage.routes';
import { FOUT_TEKSTEN } from './fouten/teksten';
import { GEBIEDEN_ROUTE } from './gebieden/gebieden.routes';
import { onderdeel } from './gedeeld/onderdeel';
import { GEMEENTEN_ROUTE } from './gemeenten/gemeenten.routes';
import { INSTELLINGEN_ROUTE } from './instellingen/instellingen.routes';
import { LEDEN_ROUTE } from './leden/leden.routes';
import { PERSOONSGEGEVENS_ROUTE } from './persoonsgegevens/persoonsgegevens.routes';
import { OPDRACHTEN_ROUTE } from './opdrachten/opdrachten.routes';
import { ORGANISATIES_ROUTE } from './organisaties/organisaties.routes';
import { Start } from './shell/start';
import { WIJKBEELDEN_ROUTE } from './wijkbeelden/wijkbeelden.routes';
import { SUBSIDIES_ROUTE } from './subsidies/subsidies.routes';
import { TREKKINGSRECHTEN_ROUTE } from './trekkingsrechten/trekkingsrechten.routes';
import { UITDAGINGEN_ROUTE } from './uitdagingen/uitdagingen.routes';
import { VISITATIES_ROUTE } from './visitaties/visitaties.routes';
import { WIJKBUDGETTEN_ROUTE } from './wijkbudgetten/wijkbudgetten.routes';
import { AGENDAS_ROUTE, VERZOEKEN_ROUTE } from './wijktoekomstagendas/wijktoekomstagendas.routes';
import { SHELL_TEKSTEN } from './shell/teksten';

/**
 * The client's routes. A feature is one line here: its route (path, menu entry, roles, start links, lazy
 * pages) lives in the feature's own `*.routes.ts` (see gedeeld/onderdeel.ts); the menu follows this order.
 * Guards check the role; the API checks again.
 */
export const routes: Routes = [
  onderdeel({ path: '', component: Start, menu: SHELL_TEKSTEN.start }),
  GEMEENTEN_ROUTE,
  GEBIEDEN_ROUTE,
  BELEIDSKADER_ROUTE,
  ORGANISATIES_ROUTE,
  WIJKBEELDEN_ROUTE,
  BUURTTOPS_ROUTE,
  AGENDAS_ROUTE,
  VERZOEKEN_ROUTE,
  WIJKBUDGETTEN_ROUTE,
  TREKKINGSRECHTEN_ROUTE,
  DIENSTVERLENING_ROUTE,
  UITDAGINGEN_ROUTE,
  ADMINISTRATIES_ROUTE,
  DECLARATIES_ROUTE,
  OPDRACHTEN_ROUTE,
  COORDINATOREN_ROUTE,
  SUBSIDIES_ROUTE,
  VISITATIES_ROUTE,
  ETALAGE_ROUTE,
  CONFERENTIES_ROUTE,
  LEDEN_ROUTE,
  INSTELLINGEN_ROUTE,
  PERSOONSGEGEVENS_ROUTE,
  {
    path: 'aanmelden',
    title: AUTH_TEKSTEN.aanmeldenTitel,
    data: { kruimel: AUTH_TEKSTEN.aanmeldenTitel },
    loadComponent: () => import('./auth/aanmelden').then((m) => m.Aanmelden),
  },
  { path: 'auth/callback', title: AUTH_TEKSTEN.callbackTitel, loadComponent: () => import('./auth/callback').then((m) => m.Callback) },
  {
    path: 'geen-toegang',
    title: FOUT_TEKSTEN.geenToegangTitel,
    data: { kruimel: FOUT_TEKSTEN.geenToegangTitel },
    loadComponent: () => import('./fouten/foutpaginas').then((m) => m.GeenToegang),
  },
  {
    path: 'offline',
    title: FOUT_TEKSTEN.offlineTitel,
    data: { kruimel: FOUT_TEKSTEN.offlineTitel },
    loadComponent: () => import('./fouten/foutpaginas').then((m) => m.Offline),
  },
  {
    path: '**',
    title: FOUT_TEKSTEN.nietGevondenTitel,
    data: { kruimel: FOUT_TEKSTEN.nietGevondenTitel },
    loadComponent: () => import('./fouten/foutpaginas').then((m) => m.NietGevonden),
  },
];
