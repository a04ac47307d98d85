import { GrootboekrekeningDto, JournaalregelInvoer, PeriodeStatus } from '../api/api-client';
import { parseEuro } from '../beleidskader/bedrag';
import { BadgeSoort } from '../gedeeld/status-badge';

/** One line of the booking form: an account and an amount on one side, as typed. */
export interface RegelInvoer {
  rekening: string;
  debet: string;
  credit: string;
}

export const LEGE_REGEL: RegelInvoer = { rekening: '', debet: '', credit: '' };

export type RegelFout = 'rekening' | 'bedrag' | 'eenZijde';
export type PostFout = 'boekdatum' | 'omschrijving' | 'tweeRegels' | 'evenwicht';

/** A typed amount in eurocents: empty is nothing (0), anything else must be a positive amount; null when it is not. */
function bedrag(tekst: string): number | null {
  if (!tekst.trim()) return 0;
  const eurocent = parseEuro(tekst);
  return eurocent !== null && eurocent > 0 ? eurocent : null;
}

/** The check of each line: an account, and a positive amount on exactly one side. */
export function controleerRegel(r: RegelInvoer): RegelFout | null {
  const debet = bedrag(r.debet);
  const credit = bedrag(r.credit);
  if (debet === null || credit === null) return 'bedrag';
  if ((debet > 0) === (credit > 0)) return 'eenZijde';
  if (!r.rekening) return 'rekening';
  return null;
}

/** The totals of the lines that are amounts (for the running balance under the form). */
export function totalen(regels: readonly RegelInvoer[]): { debet: number; credit: number } {
  return regels.reduce((t, r) => ({ debet: t.debet + (bedrag(r.debet) ?? 0), credit: t.credit + (bedrag(r.credit) ?? 0) }), { debet: 0, credit: 0 });
}

/**
 * The check of the whole entry: a date, a description, at least two correct lines and debits equal to credits (double
 * entry; the server refuses the same). An opening balance may be empty (`leegMag`).
 */
export function controleerPost(
  post: { boekdatum?: string; omschrijving?: string; regels: readonly RegelInvoer[] }, leegMag = false,
): { post: PostFout[]; regels: (RegelFout | null)[] } {
  const regels = post.regels.map(controleerRegel);
  const fouten: PostFout[] = [];
  if (post.boekdatum !== undefined && !post.boekdatum) fouten.push('boekdatum');
  if (post.omschrijving !== undefined && !post.omschrijving.trim()) fouten.push('omschrijving');
  if (!(leegMag && post.regels.length === 0)) {
    const { debet, credit } = totalen(post.regels);
    if (post.regels.length < 2) fouten.push('tweeRegels');
    else if (regels.every((r) => r === null) && debet !== credit) fouten.push('evenwicht');
  }
  return { post: fouten, regels };
}

export function regelsVerzoek(regels: readonly RegelInvoer[]): JournaalregelInvoer[] {
  return regels.map((r) => ({ rekening: r.rekening, debetEurocent: bedrag(r.debet) ?? 0, creditEurocent: bedrag(r.credit) ?? 0 }));
}

/** The accounts an opening balance uses: what the group has and owes (balance accounts), not income or spending. */
export function balansrekeningen(rekeningen: readonly GrootboekrekeningDto[]): GrootboekrekeningDto[] {
  return rekeningen.filter((r) => r.soort === 'activa' || r.soort === 'passiva');
}

export function periodeSoort(status: PeriodeStatus, blokkades: number): BadgeSoort {
  return status === 'afgesloten' ? 'success' : blokkades > 0 ? 'danger' : 'neutral';
}
