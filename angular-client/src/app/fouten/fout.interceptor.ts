import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { API_BASIS } from '../gedeeld/api-basis';
import { Verbinding } from './verbinding';

/**
 * A network error (status 0) while the browser is offline shows the offline page (the address stays,
 * so "Opnieuw proberen" reloads it). Other errors go on to the screen, which shows its own error state.
 */
export const foutInterceptor: HttpInterceptorFn = (req, next) => {
  const verbinding = inject(Verbinding);
  const router = inject(Router);
  return next(req).pipe(
    catchError((fout: unknown) => {
      if (fout instanceof HttpErrorResponse && fout.status === 0 && req.url.startsWith(API_BASIS)) {
        verbinding.netwerkfout();
        if (!verbinding.online()) {
          verbinding.laatsteUrl = router.url;
          void router.navigateByUrl('/offline', { skipLocationChange: true });
        }
      }
      return throwError(() => fout);
    }),
  );
};
