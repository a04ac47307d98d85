import { Routes } from '@angular/router';
import { LedenLijst } from './leden-lijst';
import { Uitnodigen } from './uitnodigen';

export const LEDEN_ROUTES: Routes = [
  { path: '', component: LedenLijst, title: 'Gebruikers – Gemeenschapskracht' },
  { path: 'uitnodigen', component: Uitnodigen, title: 'Iemand uitnodigen – Gemeenschapskracht', data: { kruimel: 'Uitnodigen' } },
];
