import { PubliekePlekDto } from '../api/api-client';

export interface Markering {
  id: string;
  naam: string;
  breedtegraad: number;
  lengtegraad: number;
  status: string;
}

/** The places that can be put on the map (those with coordinates); places with only an address stay in the table. */
export function markeringen(plekken: readonly PubliekePlekDto[]): Markering[] {
  return plekken.flatMap((p) =>
    p.locatie ? [{ id: p.id, naam: p.naam, breedtegraad: p.locatie.breedtegraad, lengtegraad: p.locatie.lengtegraad, status: p.status }] : [],
  );
}

/** The bounds ([[zuid, west], [noord, oost]]) around the markers, or null without any. */
export function grenzen(m: readonly Markering[]): [[number, number], [number, number]] | null {
  if (m.length === 0) return null;
  const b = m.map((x) => x.breedtegraad);
  const l = m.map((x) => x.lengtegraad);
  return [[Math.min(...b), Math.min(...l)], [Math.max(...b), Math.max(...l)]];
}

/** A decimal number typed with a comma or a point; null when empty or not a number. */
export function leesGetal(tekst: string): number | null {
  const t = tekst.trim().replace(',', '.');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
