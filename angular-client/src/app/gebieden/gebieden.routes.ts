import { Routes } from '@angular/router';
import { rolGuard } from '../auth/rol.guard';
import { TOEGANG } from '../auth/rollen';
import { WijkenLijst } from './wijken-lijst';
import { WijkBoom } from './wijk-boom';
import { GebiedDetail } from './gebied-detail';
import { GebiedBewerken } from './gebied-bewerken';

export const GEBIEDEN_ROUTES: Routes = [
  { path: '', component: WijkenLijst, title: 'Wijken – Gemeenschapskracht' },
  { path: 'boom', component: WijkBoom, title: 'Wijkindeling – Gemeenschapskracht', data: { kruimel: 'Boom' } },
  {
    path: ':id',
    data: { kruimel: 'Gebied' },
    children: [
      { path: '', component: GebiedDetail, title: 'Gebied – Gemeenschapskracht' },
      {
        path: 'bewerken',
        component: GebiedBewerken,
        canActivate: [rolGuard(...TOEGANG.wijkBewerken)],
        title: 'Gebied wijzigen – Gemeenschapskracht',
        data: { kruimel: 'Wijzigen' },
      },
    ],
  },
];
