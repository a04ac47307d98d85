import { Routes } from '@angular/router';
import { GeenToegang, NietGevonden, Offline } from './foutpaginas';

export const GEEN_TOEGANG_ROUTES: Routes = [{ path: '', component: GeenToegang, title: 'Geen toegang – Gemeenschapskracht' }];
export const NIET_GEVONDEN_ROUTES: Routes = [{ path: '', component: NietGevonden, title: 'Pagina niet gevonden – Gemeenschapskracht' }];
export const OFFLINE_ROUTES: Routes = [{ path: '', component: Offline, title: 'Geen verbinding – Gemeenschapskracht' }];
