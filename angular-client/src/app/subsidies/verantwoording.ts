import { BeschikkingDto, VaststellingUitkomst, Verantwoordingsniveau } from '../api/api-client';

/** What the report form asks, by the beschikking's tier (G-4, G-10); the server refuses anything more or less. */
export interface Verslagvragen {
  /** Always: what was done, in the organisation's own words. */
  activiteiten: true;
  /** The highest tier only: the costs made, a financial account and the accountant's statement. */
  financieel: boolean;
}

type Niveaubron = Pick<BeschikkingDto, 'soort' | 'niveau' | 'inSteekproef'>;

/**
 * The questions of the report, or null when no report is asked: a weigering, or below the lowest threshold and not
 * drawn in the steekproef (then the gemeente sets the subsidy without one). Drawn, the lowest tier shows what was done.
 */
export function verslagVragen(b: Niveaubron): Verslagvragen | null {
  if (b.soort !== 'verlening' || !b.niveau) return null;
  if (b.niveau === 'zonderVerslag' && !b.inSteekproef) return null;
  return { activiteiten: true, financieel: b.niveau === 'verslagEnJaarrekening' };
}

/** Where a granted subsidy's accountability stands. */
export type Verslagstand = 'geenVerslag' | 'verwacht' | 'teLaat' | 'ingediend' | 'vastgesteld';

/**
 * The state of the report: set; submitted; not asked; else expected by its due date or late after it
 * (`vandaag` and the due date as ISO dates, so a plain string comparison orders them).
 */
export function verslagstand(b: Niveaubron & Pick<BeschikkingDto, 'verslagUiterlijk' | 'vaststellingId'>, ingediend: boolean, vandaag: string): Verslagstand {
  if (b.vaststellingId) return 'vastgesteld';
  if (ingediend) return 'ingediend';
  if (!verslagVragen(b)) return 'geenVerslag';
  return b.verslagUiterlijk && b.verslagUiterlijk < vandaag ? 'teLaat' : 'verwacht';
}

/** Whether the gemeente can set the subsidy now: not yet set, and the report it needs is in (or none is needed). */
export function kanVaststellen(b: Niveaubron & Pick<BeschikkingDto, 'vaststellingId'>, ingediend: boolean): boolean {
  if (b.soort !== 'verlening' || !b.niveau || b.vaststellingId) return false;
  return ingediend || !verslagVragen(b);
}

/** The offset of the paid voorschotten against a final amount (Awb 4:95), as the server computes it. */
export interface Verrekening {
  uitkomst: VaststellingUitkomst;
  /** What the gemeente still pays (nabetaling) or gets back (terugvordering); zero for niets. */
  saldoEurocent: number;
}

export function verrekening(vastgesteldEurocent: number, betaaldEurocent: number): Verrekening {
  const saldo = vastgesteldEurocent - betaaldEurocent;
  return { uitkomst: saldo > 0 ? 'nabetaling' : saldo === 0 ? 'niets' : 'terugvordering', saldoEurocent: Math.abs(saldo) };
}

export type Afwikkelingveld = 'bedrag' | 'datum' | 'kenmerk';

/** What the form for a settling payment checks before sending: an amount above nil up to what is open, a day not in the future, a reference. */
export function controleerAfwikkeling(
  invoer: { bedragEurocent: number | null; datum: string; kenmerk: string }, openstaandEurocent: number, vandaag: string,
): Afwikkelingveld[] {
  const fouten: Afwikkelingveld[] = [];
  if (invoer.bedragEurocent === null || invoer.bedragEurocent <= 0 || invoer.bedragEurocent > openstaandEurocent) fouten.push('bedrag');
  if (!invoer.datum || invoer.datum > vandaag) fouten.push('datum');
  if (!invoer.kenmerk.trim()) fouten.push('kenmerk');
  return fouten;
}

/** A whole percentage from 0 to 100 as typed ("10", "10 %"); null otherwise. */
export function parseProcent(tekst: string): number | null {
  const schoon = tekst.replace(/%|\s/g, '');
  if (!/^\d{1,3}$/.test(schoon)) return null;
  const n = Number(schoon);
  return n <= 100 ? n : null;
}

/** The tiers of a kader, lowest first: from which amount (inclusive) up to which (exclusive, null: no upper bound). */
export function kaderTreden(zonderVerslagTotEurocent: number, activiteitenverslagTotEurocent: number): { niveau: Verantwoordingsniveau; vanaf: number; tot: number | null }[] {
  return [
    { niveau: 'zonderVerslag', vanaf: 0, tot: zonderVerslagTotEurocent },
    { niveau: 'activiteitenverslag', vanaf: zonderVerslagTotEurocent, tot: activiteitenverslagTotEurocent },
    { niveau: 'verslagEnJaarrekening', vanaf: activiteitenverslagTotEurocent, tot: null },
  ].filter((t) => t.tot === null || t.tot > t.vanaf) as { niveau: Verantwoordingsniveau; vanaf: number; tot: number | null }[];
}
