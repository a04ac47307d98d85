import { Routes } from '@angular/router';
import { rolGuard } from './auth/rol.guard';
import { TOEGANG } from './auth/rollen';
import { Start } from './shell/start';

/** Feature routes are lazy-loaded; guards check the role (the API checks again). */
export const routes: Routes = [
  { path: '', component: Start, title: 'Gemeenschapskracht' },
  { path: 'aanmelden', loadComponent: () => import('./auth/aanmelden').then((m) => m.Aanmelden), title: 'Aanmelden – Gemeenschapskracht', data: { kruimel: 'Aanmelden' } },
  { path: 'auth/callback', loadComponent: () => import('./auth/callback').then((m) => m.Callback), title: 'Aanmelden – Gemeenschapskracht' },
  {
    path: 'gemeenten',
    canActivate: [rolGuard(...TOEGANG.gemeenten)],
    loadChildren: () => import('./gemeenten/gemeenten.routes').then((m) => m.GEMEENTEN_ROUTES),
    data: { kruimel: 'Gemeenten' },
  },
  {
    path: 'wijken',
    canActivate: [rolGuard(...TOEGANG.wijkindeling)],
    loadChildren: () => import('./gebieden/gebieden.routes').then((m) => m.GEBIEDEN_ROUTES),
    data: { kruimel: 'Wijkindeling' },
  },
  {
    path: 'leden',
    canActivate: [rolGuard(...TOEGANG.leden)],
    loadChildren: () => import('./leden/leden.routes').then((m) => m.LEDEN_ROUTES),
    data: { kruimel: 'Gebruikers' },
  },
  {
    path: 'instellingen',
    canActivate: [rolGuard(...TOEGANG.instellingen)],
    loadComponent: () => import('./instellingen/instellingen').then((m) => m.Instellingen),
    title: 'Instellingen – Gemeenschapskracht',
    data: { kruimel: 'Instellingen' },
  },
  { path: 'geen-toegang', loadChildren: () => import('./fouten/fouten.routes').then((m) => m.GEEN_TOEGANG_ROUTES), data: { kruimel: 'Geen toegang' } },
  { path: 'offline', loadChildren: () => import('./fouten/fouten.routes').then((m) => m.OFFLINE_ROUTES), data: { kruimel: 'Geen verbinding' } },
  { path: '**', loadChildren: () => import('./fouten/fouten.routes').then((m) => m.NIET_GEVONDEN_ROUTES), data: { kruimel: 'Niet gevonden' } },
];
