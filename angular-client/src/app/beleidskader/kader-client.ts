import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { BeleidskadersClient } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';

/**
 * The client for reading a gemeente's kader without signing in: there is no tenant claim (so no `Gemeente`
 * header), so the gemeente goes in the path prefix the API also accepts (`/amsterdam/api/v1/…`).
 * Call in an injection context.
 */
export function publiekeKaderClient(): (slug: string) => BeleidskadersClient {
  const http = inject(HttpClient);
  return (slug) => new BeleidskadersClient(http, `/${encodeURIComponent(slug)}${API_BASIS}`);
}
