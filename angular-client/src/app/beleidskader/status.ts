import { BadgeSoort } from '../gedeeld/status-badge';

/** Status badge variant of a version's status (the text is always shown too). */
export function statusSoort(status: string): BadgeSoort {
  return status === 'vastgesteld' ? 'success' : status === 'terBesluitvorming' ? 'warning' : 'neutral';
}
