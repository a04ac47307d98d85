import { BadgeSoort } from '../gedeeld/status-badge';

/** Status badge variant of a BuurtTop's status (the text is always shown too). */
export function statusSoort(status: string): BadgeSoort {
  return status === 'verwerkt' ? 'success' : status === 'gehouden' ? 'neutral' : 'warning';
}

/** An amount in eurocents as "€ 1.234,50". */
export function formatEuro(eurocent: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(eurocent / 100);
}

/** "125,50" or "125.50" or "125" as eurocents; null when it is no amount of 0 or more. */
export function leesEuro(tekst: string): number | null {
  const t = tekst.trim().replace(/^€\s*/, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t.replace(',', '.')) * 100);
}

/** Where a milestone stands against today (ISO dates): done, past its date, within `dagen` days, or later. */
export function mijlpaalStaat(m: { datum: string; gereed: boolean }, vandaag: string, dagen = 14): 'gereed' | 'achterstallig' | 'binnenkort' | 'gepland' {
  if (m.gereed) return 'gereed';
  if (m.datum < vandaag) return 'achterstallig';
  const grens = new Date(Date.parse(`${vandaag}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
  return m.datum <= grens ? 'binnenkort' : 'gepland';
}

/** Today's date in the Netherlands as an ISO date. */
export function vandaagNl(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** The categories of participants, in the order the forms show them. */
export const CATEGORIEEN = ['bewoners', 'sterkhouders', 'ondernemers', 'zzpers', 'professionals', 'ambtenaren', 'raadsleden'] as const;
