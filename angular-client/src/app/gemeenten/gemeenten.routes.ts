import { Routes } from '@angular/router';
import { GemeentenLijst } from './gemeenten-lijst';
import { GemeenteNieuw } from './gemeente-nieuw';
import { GemeenteDetail } from './gemeente-detail';

export const GEMEENTEN_ROUTES: Routes = [
  { path: '', component: GemeentenLijst, title: 'Gemeenten – Gemeenschapskracht' },
  { path: 'nieuw', component: GemeenteNieuw, title: 'Nieuwe gemeente – Gemeenschapskracht', data: { kruimel: 'Nieuwe gemeente' } },
  { path: ':slug', component: GemeenteDetail, title: 'Gemeente – Gemeenschapskracht', data: { kruimel: 'Gemeente' } },
];
