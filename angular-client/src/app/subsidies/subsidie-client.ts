import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { AanvraagStatus, BetaalopdrachtStatus, RegelingStatus, SubsidieregelingenClient } from '../api/api-client';
import { BadgeSoort } from '../gedeeld/status-badge';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

/**
 * The regelingen client for one reader: signed in within a gemeente the injected one (Bearer + `Gemeente` header),
 * else the one on the public path prefix `/<slug>/api/v1`. Call in an injection context.
 */
export function regelingenClient(): (slug: string | null) => SubsidieregelingenClient {
  const http = inject(HttpClient);
  const eigen = inject(SubsidieregelingenClient);
  return (slug) => (slug ? new SubsidieregelingenClient(http, publiekeBasis(slug)) : eigen);
}

/** Badge variant of a regeling's status (the text is always shown too). */
export function regelingSoort(status: RegelingStatus): BadgeSoort {
  return status === 'open' ? 'success' : status === 'ontwerp' ? 'warning' : 'neutral';
}

/** Badge variant of an application's status. */
export function aanvraagSoort(status: AanvraagStatus): BadgeSoort {
  return status === 'besloten' ? 'success' : status === 'aanvullingGevraagd' ? 'warning' : 'neutral';
}

/** Badge variant of a payment batch's status: paid, or still waiting for the bank. */
export function betaalSoort(status: BetaalopdrachtStatus): BadgeSoort {
  return status === 'uitgevoerd' ? 'success' : 'warning';
}
