import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { AanvraagStatus, BetaalopdrachtStatus, RegelingStatus, SubsidieregelingenClient } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';
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

/** A document of the API (a PDF, a SEPA file) as a file (the Bearer token is needed, so it cannot be a plain link), with the server's file name. */
export interface Document {
  naam: string;
  inhoud: Blob;
}

/** Fetches a document under the API (`/beschikkingen/<id>/document`, `/betaalopdrachten/<id>/pain001`). Call in an injection context. */
export function documentLader(): (pad: string, standaardNaam: string) => Observable<Document> {
  const http = inject(HttpClient);
  return (pad, standaardNaam) =>
    http.get(`${API_BASIS}${pad}`, { responseType: 'blob', observe: 'response' }).pipe(
      map((r) => ({ naam: /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '')?.[1] ?? standaardNaam, inhoud: r.body! })),
    );
}

/** Hands a fetched document to the browser as a download. */
export function bewaar(document_: Document): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(document_.inhoud);
  a.download = document_.naam;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
