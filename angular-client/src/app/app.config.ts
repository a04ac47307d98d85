import { ApplicationConfig, LOCALE_ID, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling, withRouterConfig } from '@angular/router';
import { OidcSecurityService, authInterceptor, provideAuth } from 'angular-auth-oidc-client';
import { catchError, of } from 'rxjs';
import { maakAuthConfig } from './auth/auth.config';
import { gemeenteInterceptor } from './auth/gemeente.interceptor';
import { foutInterceptor } from './fouten/fout.interceptor';
import { routes } from './app.routes';
import { Paginatitel } from './shell/titel';

registerLocaleData(localeNl);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
    ),
    provideHttpClient(withInterceptors([gemeenteInterceptor, authInterceptor(), foutInterceptor])),
    provideAuth({ config: maakAuthConfig() }),
    // The session check at start-up. A callback the client did not start (a stale link, another client's code) is no
    // session rather than an unhandled error: the callback page then offers to sign in again.
    provideAppInitializer(() => inject(OidcSecurityService).checkAuth().pipe(catchError(() => of(null)))),
    { provide: LOCALE_ID, useValue: 'nl' },
    { provide: TitleStrategy, useClass: Paginatitel },
  ],
};
