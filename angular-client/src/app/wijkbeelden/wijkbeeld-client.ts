import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Publieke_plekkenClient, WijkbeeldenClient } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';

/** The API base of a gemeente for a reader who is not signed in (no tenant claim, so the path prefix). */
export function publiekeBasis(slug: string): string {
  return `/${encodeURIComponent(slug)}${API_BASIS}`;
}

/** Clients for reading a gemeente's shared wijkbeelden and places without signing in. Call in an injection context. */
export function publiekeClients(): (slug: string) => { wijkbeelden: WijkbeeldenClient; plekken: Publieke_plekkenClient } {
  const http = inject(HttpClient);
  return (slug) => ({ wijkbeelden: new WijkbeeldenClient(http, publiekeBasis(slug)), plekken: new Publieke_plekkenClient(http, publiekeBasis(slug)) });
}
