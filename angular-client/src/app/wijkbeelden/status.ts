import { BadgeSoort } from '../gedeeld/status-badge';

/** Status badge variant of a wijkbeeld's status (the text is always shown too). */
export function statusSoort(status: string): BadgeSoort {
  return status === 'gedeeld' ? 'success' : status === 'vervangen' ? 'neutral' : 'warning';
}
