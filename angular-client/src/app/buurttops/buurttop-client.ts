import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { BuurtTopsClient } from '../api/api-client';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

/** A BuurtTops client for someone who is not signed in: the gemeente's path prefix instead of a tenant claim. Call in an injection context. */
export function publiekeBuurtTops(): (slug: string) => BuurtTopsClient {
  const http = inject(HttpClient);
  return (slug) => new BuurtTopsClient(http, publiekeBasis(slug));
}
