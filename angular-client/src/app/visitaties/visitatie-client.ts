import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { VisitatiesClient } from '../api/api-client';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

/** The client for one reader: signed in within a gemeente the injected one, else the public path prefix of `slug`. Call in an injection context. */
export function visitatiesClient(): (slug: string | null) => VisitatiesClient {
  const http = inject(HttpClient);
  const eigen = inject(VisitatiesClient);
  return (slug) => (slug ? new VisitatiesClient(http, publiekeBasis(slug)) : eigen);
}

/** Where the public reads an adopted report's PDF without signing in. */
export function publiekRapportLink(slug: string, id: string): string {
  return `${publiekeBasis(slug)}/visitaties/${encodeURIComponent(id)}/rapport`;
}
