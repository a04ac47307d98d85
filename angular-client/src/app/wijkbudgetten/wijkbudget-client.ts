import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { BudgetmethodiekenClient, WijkbudgettenClient } from '../api/api-client';
import { BadgeSoort } from '../gedeeld/status-badge';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

export interface WijkbudgetClients {
  budgetten: WijkbudgettenClient;
  methodieken: BudgetmethodiekenClient;
}

/**
 * The clients for one reader: signed in within a gemeente the injected ones (Bearer + `Gemeente` header), else those
 * on the public path prefix `/<slug>/api/v1`. Call in an injection context.
 */
export function wijkbudgetClients(): (slug: string | null) => WijkbudgetClients {
  const http = inject(HttpClient);
  const eigen = { budgetten: inject(WijkbudgettenClient), methodieken: inject(BudgetmethodiekenClient) };
  return (slug) =>
    slug ? { budgetten: new WijkbudgettenClient(http, publiekeBasis(slug)), methodieken: new BudgetmethodiekenClient(http, publiekeBasis(slug)) } : eigen;
}

/** Badge variant of a budget's status (the text is always shown too). */
export function wijkbudgetSoort(status: string): BadgeSoort {
  return status === 'lopend' || status === 'toegekend' ? 'success' : status === 'voorgesteld' ? 'warning' : 'neutral';
}
