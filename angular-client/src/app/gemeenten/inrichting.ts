import { Observable, switchMap, takeWhile, timer } from 'rxjs';
import { GemeenteDto, ProvisioningStatus } from '../api/api-client';
import { BadgeSoort } from '../gedeeld/status-badge';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

export const POLL_INTERVAL_MS = 2000;

export function isAfgerond(status: ProvisioningStatus | undefined | null): boolean {
  return status === 'done' || status === 'failed';
}

/**
 * Polls a gemeente every 2 s while its provisioning runs: emits every state, including the last
 * (done or failed), then completes. An error ends the polling with that error.
 */
export function volgInrichting(haal: () => Observable<GemeenteDto>, intervalMs = POLL_INTERVAL_MS): Observable<GemeenteDto> {
  return timer(0, intervalMs).pipe(
    switchMap(() => haal()),
    takeWhile((g) => !isAfgerond(g.inrichting?.status), true),
  );
}

/** The provisioning status as a status badge (text and variant). */
export function inrichtingBadge(status: ProvisioningStatus | undefined | null): { tekst: string; soort: BadgeSoort } {
  const tekst = T.status[status ?? 'pending'] ?? String(status);
  switch (status) {
    case 'done': return { tekst, soort: 'success' };
    case 'failed': return { tekst, soort: 'danger' };
    case 'running': return { tekst, soort: 'warning' };
    default: return { tekst, soort: 'neutral' };
  }
}
