import type { Programmaonderdeel } from '../api/api-client';

/** The consent text's version the registration page shows; the server refuses any other. */
export const TOESTEMMING_VERSIE = 'conferentie-aanmelding-2026-1';

/** "19:30 Verhalen uit drie wijken" per line into programme parts; null when a line does not start with a time. */
export function leesProgramma(tekst: string): Programmaonderdeel[] | null {
  const regels = tekst.split('\n').map((r) => r.trim()).filter((r) => r);
  const onderdelen = regels.map((r) => /^(\d{1,2}[:.]\d{2})\s+(.+)$/.exec(r));
  if (onderdelen.some((o) => !o)) return null;
  return onderdelen.map((o) => ({ tijd: o![1].replace('.', ':'), onderdeel: o![2].trim(), door: null }));
}

/** The lessons, one per non-empty line. */
export function leesLessen(tekst: string): string[] {
  return tekst.split('\n').map((r) => r.trim()).filter((r) => r);
}
