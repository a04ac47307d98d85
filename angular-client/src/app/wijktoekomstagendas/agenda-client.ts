import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { VerzoekenClient, WijktoekomstagendasClient } from '../api/api-client';
import { BadgeSoort } from '../gedeeld/status-badge';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';

export interface AgendaClients {
  agendas: WijktoekomstagendasClient;
  verzoeken: VerzoekenClient;
}

/**
 * The clients for one reader: signed in within a gemeente the injected ones (Bearer + `Gemeente` header), else
 * those on the public path prefix `/<slug>/api/v1` (no tenant claim). Call in an injection context.
 */
export function agendaClients(): (slug: string | null) => AgendaClients {
  const http = inject(HttpClient);
  const eigen = { agendas: inject(WijktoekomstagendasClient), verzoeken: inject(VerzoekenClient) };
  return (slug) =>
    slug ? { agendas: new WijktoekomstagendasClient(http, publiekeBasis(slug)), verzoeken: new VerzoekenClient(http, publiekeBasis(slug)) } : eigen;
}

/** Badge variant of an agenda's status (the text is always shown too). */
export function agendaSoort(status: string): BadgeSoort {
  return status === 'inUitvoering' || status === 'gepubliceerd' ? 'success' : status === 'gearchiveerd' ? 'neutral' : 'warning';
}

/** Badge variant of an ambition's state. */
export function ambitieSoort(status: string): BadgeSoort {
  return status === 'gerealiseerd' ? 'success' : status === 'losgelaten' ? 'neutral' : 'warning';
}

/** Badge variant of an answer's state: on time good, late or none bad, open neutral. */
export function antwoordSoort(stand: string): BadgeSoort {
  return stand === 'opTijd' ? 'success' : stand === 'teLaat' ? 'warning' : stand === 'nietBeantwoord' ? 'danger' : 'neutral';
}

/** Badge variant of a promise's state: overdue is marked. */
export function toezeggingSoort(stand: string): BadgeSoort {
  return stand === 'nagekomen' ? 'success' : stand === 'verlopen' || stand === 'nietNagekomen' ? 'danger' : 'neutral';
}
