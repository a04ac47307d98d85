import { BadgeSoort } from '../gedeeld/status-badge';

/** Status badge variant of an organisation's status (the text is always shown too). */
export function statusSoort(status: string): BadgeSoort {
  return status === 'actief' ? 'success' : status === 'gestopt' ? 'danger' : 'neutral';
}
