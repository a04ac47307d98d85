import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { ErvaringsconferentiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

/** The client for the reader: signed in within a gemeente the injected one, else the public path of `slug` (null without either). Call in an injection context. */
export function conferentieClient(): (slug: string | null | undefined) => ErvaringsconferentiesClient | null {
  const http = inject(HttpClient);
  const eigen = inject(ErvaringsconferentiesClient);
  const sessie = inject(Sessie);
  return (slug) => {
    const s = slug?.trim().toLowerCase();
    if (s) return new ErvaringsconferentiesClient(http, publiekeBasis(s));
    return sessie.tenant() ? eigen : null;
  };
}
