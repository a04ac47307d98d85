import { CreateTrekkingsrechtCommand, RecordTrekkingCommand, TrekkingsEenheid, TrekkingsrechtStatus } from '../api/api-client';
import { parseEuro } from '../beleidskader/bedrag';
import { BadgeSoort } from '../gedeeld/status-badge';

/** Badge variant of a right's status (the text is always shown too). */
export function rechtSoort(status: TrekkingsrechtStatus): BadgeSoort {
  return status === 'toegekend' || status === 'deelsGetrokken' ? 'success' : status === 'uitgeput' ? 'neutral' : 'warning';
}

/** An amount typed in the right's unit: whole hours, or euro (as eurocents); null when it is neither. */
export function omvangUitInvoer(eenheid: TrekkingsEenheid, tekst: string): number | null {
  if (eenheid === 'euro') return parseEuro(tekst);
  const t = tekst.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

export type RechtVeld = 'organisatie' | 'groepsnaam' | 'wijkbudget' | 'regel' | 'eenheid' | 'omvang' | 'tarief' | 'leveranciers' | 'van' | 'tot' | 'doel';
export type RechtFout = 'organisatie' | 'wijkbudget' | 'regel' | 'omvang' | 'tarief' | 'leveranciers' | 'houderLevert' | 'van' | 'tot' | 'doel';

export interface RechtInvoer {
  organisatieId: string;
  groepsnaam: string;
  wijkbudgetId: string;
  budgetregelId: string;
  eenheid: TrekkingsEenheid;
  omvang: string;
  tarief: string;
  leveranciers: readonly string[];
  gemeenteLevert: boolean;
  van: string;
  tot: string;
  doel: string;
}

/** What the form can check before sending (the server checks the budget line's room and the budget's period). */
export function controleerRecht(r: RechtInvoer): Partial<Record<RechtVeld, RechtFout>> {
  const fouten: Partial<Record<RechtVeld, RechtFout>> = {};
  if (!r.organisatieId) fouten.organisatie = 'organisatie';
  if (!r.wijkbudgetId) fouten.wijkbudget = 'wijkbudget';
  if (!r.budgetregelId) fouten.regel = 'regel';
  if (!((omvangUitInvoer(r.eenheid, r.omvang) ?? 0) > 0)) fouten.omvang = 'omvang';
  if (r.eenheid === 'uren' && !((parseEuro(r.tarief) ?? 0) > 0)) fouten.tarief = 'tarief';
  if (r.leveranciers.length === 0 && !r.gemeenteLevert) fouten.leveranciers = 'leveranciers';
  else if (r.leveranciers.includes(r.organisatieId)) fouten.leveranciers = 'houderLevert';
  if (!r.van) fouten.van = 'van';
  if (!r.tot || (r.van && r.tot <= r.van)) fouten.tot = 'tot';
  if (!r.doel.trim()) fouten.doel = 'doel';
  return fouten;
}

export function rechtVerzoek(r: RechtInvoer): CreateTrekkingsrechtCommand {
  return {
    organisatieId: r.organisatieId, groepsnaam: r.groepsnaam.trim() || null, wijkbudgetId: r.wijkbudgetId, budgetregelId: r.budgetregelId,
    eenheid: r.eenheid, omvang: omvangUitInvoer(r.eenheid, r.omvang) ?? 0, tariefEurocent: r.eenheid === 'uren' ? parseEuro(r.tarief) : null,
    leveranciers: [...r.leveranciers], gemeenteLevert: r.gemeenteLevert, van: r.van, tot: r.tot, doel: r.doel.trim(),
  };
}

/** The field a refusal of the domain is about (the server names none), so it is shown next to that field. */
export function rechtVeldVanMelding(melding: string): RechtVeld | null {
  if (melding.includes('nog vrij heeft') || melding.includes('groter dan nul') || melding.includes('minstens één uur')) return 'omvang';
  if (melding.includes('tarief')) return 'tarief';
  if (melding.includes('begrotingsregel')) return 'regel';
  if (melding.includes('geldigheid')) return 'tot';
  if (melding.includes('wijkbudget')) return 'wijkbudget';
  if (melding.includes('leverancier')) return 'leveranciers';
  if (melding.includes('houder')) return 'organisatie';
  return null;
}

export type TrekkingVeld = 'datum' | 'omvang' | 'doel';
export type TrekkingFout = 'datum' | 'toekomst' | 'omvang' | 'saldo' | 'doel';

export interface TrekkingInvoer {
  datum: string;
  omvang: string;
  doel: string;
}

export function controleerTrekking(t: TrekkingInvoer, eenheid: TrekkingsEenheid, saldo: number, vandaag: string): Partial<Record<TrekkingVeld, TrekkingFout>> {
  const fouten: Partial<Record<TrekkingVeld, TrekkingFout>> = {};
  if (!t.datum) fouten.datum = 'datum';
  else if (t.datum > vandaag) fouten.datum = 'toekomst';
  const omvang = omvangUitInvoer(eenheid, t.omvang) ?? 0;
  if (!(omvang > 0)) fouten.omvang = 'omvang';
  else if (omvang > saldo) fouten.omvang = 'saldo';
  if (!t.doel.trim()) fouten.doel = 'doel';
  return fouten;
}

export function trekkingVerzoek(t: TrekkingInvoer, eenheid: TrekkingsEenheid): RecordTrekkingCommand {
  return { datum: t.datum, omvang: omvangUitInvoer(eenheid, t.omvang) ?? 0, doel: t.doel.trim(), ambitieId: null };
}

export function trekkingVeldVanMelding(melding: string): TrekkingVeld | null {
  if (melding.includes('saldo') || melding.includes('groter dan nul')) return 'omvang';
  if (melding.includes('toekomst') || melding.includes('geldt vanaf') || melding.includes('gold tot')) return 'datum';
  return null;
}
