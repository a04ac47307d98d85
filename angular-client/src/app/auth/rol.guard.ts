import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Sessie } from './sessie';

/**
 * Route guard by role: anonymous visitors are sent to sign in (and come back here afterwards),
 * signed-in people without one of the roles get the 403 page.
 */
export function rolGuard(...rollen: readonly string[]): CanActivateFn {
  return (_route, state) => {
    const sessie = inject(Sessie);
    const router = inject(Router);
    if (!sessie.aangemeld()) {
      return router.createUrlTree(['/aanmelden'], { queryParams: { terug: state.url } });
    }
    if (rollen.length === 0 || sessie.heeftRol(...rollen)) return true;
    return router.createUrlTree(['/geen-toegang']);
  };
}
