import {
  CreateDienstverleningsafspraakCommand, DienstverleningsafspraakDto, DienstverleningsafspraakStatus, Opdrachtgeverschap, SoortWerk,
} from '../api/api-client';
import { bedragInvoer, parseEuro } from '../beleidskader/bedrag';
import { BadgeSoort } from '../gedeeld/status-badge';

/** Badge variant of an agreement's status (the text is always shown too). */
export function afspraakSoort(status: DienstverleningsafspraakStatus): BadgeSoort {
  return status === 'actief' || status === 'geevalueerd' ? 'success' : status === 'beeindigd' ? 'danger' : status === 'afgesproken' ? 'neutral' : 'warning';
}

export type AfspraakVeld =
  | 'wijkbudget' | 'regel' | 'bewonersorganisatie' | 'aanbieder' | 'vorm' | 'soortWerk' | 'resultaten' | 'werkwijze' | 'urenPerWeek' | 'jaarprijs'
  | 'van' | 'tot' | 'selectieRecht' | 'sturingRecht' | 'evaluatieRecht' | 'professionals';
export type AfspraakFout =
  | 'wijkbudget' | 'regel' | 'bewonersorganisatie' | 'aanbieder' | 'tweePartijen' | 'resultaten' | 'werkwijze' | 'urenPerWeek' | 'jaarprijs'
  | 'van' | 'tot' | 'selectieRecht' | 'sturingRecht' | 'evaluatieRecht' | 'professionals';

/** The most hours a week an agreement may name (the server's Dienstverleningsafspraak.MeesteUrenPerWeek). */
export const MEESTE_UREN_PER_WEEK = 200;

export interface AfspraakInvoer {
  wijkbudgetId: string;
  budgetregelId: string;
  bewonersorganisatieId: string;
  aanbiederId: string;
  vorm: Opdrachtgeverschap;
  soortWerk: SoortWerk;
  resultaten: string;
  werkwijze: string;
  urenPerWeek: string;
  jaarprijs: string;
  van: string;
  tot: string;
  selectieRecht: string;
  sturingRecht: string;
  evaluatieRecht: string;
  /** Names, one per line or separated by commas. */
  professionals: string;
}

/** Hours a week as typed ("12" or "12,5"); null when it is no number. */
export function urenUitInvoer(tekst: string): number | null {
  const t = tekst.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(t) ? Number(t) : null;
}

/** The named professionals: one per line or comma-separated, trimmed, without empty ones or doubles. */
export function professionalsUitInvoer(tekst: string): string[] {
  return [...new Set(tekst.split(/[\n,]/).map((p) => p.trim()).filter((p) => p.length > 0))];
}

/** What the form can check before sending (the server checks G-5, the budget's period and the line's amount). */
export function controleerAfspraak(a: AfspraakInvoer): Partial<Record<AfspraakVeld, AfspraakFout>> {
  const fouten: Partial<Record<AfspraakVeld, AfspraakFout>> = {};
  if (!a.wijkbudgetId) fouten.wijkbudget = 'wijkbudget';
  if (!a.budgetregelId) fouten.regel = 'regel';
  if (!a.bewonersorganisatieId) fouten.bewonersorganisatie = 'bewonersorganisatie';
  if (!a.aanbiederId) fouten.aanbieder = 'aanbieder';
  else if (a.aanbiederId === a.bewonersorganisatieId) fouten.aanbieder = 'tweePartijen';
  for (const veld of ['resultaten', 'werkwijze', 'selectieRecht', 'sturingRecht', 'evaluatieRecht'] as const) {
    if (!a[veld].trim()) fouten[veld] = veld;
  }
  const uren = urenUitInvoer(a.urenPerWeek) ?? 0;
  if (!(uren > 0 && uren <= MEESTE_UREN_PER_WEEK)) fouten.urenPerWeek = 'urenPerWeek';
  if (!((parseEuro(a.jaarprijs) ?? 0) > 0)) fouten.jaarprijs = 'jaarprijs';
  if (!a.van) fouten.van = 'van';
  if (!a.tot || (a.van && a.tot <= a.van)) fouten.tot = 'tot';
  if (professionalsUitInvoer(a.professionals).some((p) => p.length > 200)) fouten.professionals = 'professionals';
  return fouten;
}

/** The body of a POST or PUT: every member, texts trimmed. */
export function afspraakVerzoek(a: AfspraakInvoer): CreateDienstverleningsafspraakCommand {
  return {
    wijkbudgetId: a.wijkbudgetId, budgetregelId: a.budgetregelId, bewonersorganisatieId: a.bewonersorganisatieId, aanbiederId: a.aanbiederId,
    vorm: a.vorm, soortWerk: a.soortWerk, resultaten: a.resultaten.trim(), werkwijze: a.werkwijze.trim(),
    urenPerWeek: urenUitInvoer(a.urenPerWeek) ?? 0, jaarprijsEurocent: parseEuro(a.jaarprijs) ?? 0, van: a.van, tot: a.tot,
    selectieRecht: a.selectieRecht.trim(), sturingRecht: a.sturingRecht.trim(), evaluatieRecht: a.evaluatieRecht.trim(),
    professionals: professionalsUitInvoer(a.professionals),
  };
}

/** The form's fields filled from an agreement, to change it (only while verkend). */
export function invoerVanAfspraak(a: DienstverleningsafspraakDto): AfspraakInvoer {
  return {
    wijkbudgetId: a.wijkbudgetId, budgetregelId: a.budgetregelId, bewonersorganisatieId: a.bewonersorganisatieId, aanbiederId: a.aanbiederId,
    vorm: a.vorm, soortWerk: a.soortWerk, resultaten: a.resultaten, werkwijze: a.werkwijze, urenPerWeek: String(a.urenPerWeek).replace('.', ','),
    jaarprijs: bedragInvoer(a.jaarprijsEurocent), van: a.van, tot: a.tot, selectieRecht: a.selectieRecht, sturingRecht: a.sturingRecht,
    evaluatieRecht: a.evaluatieRecht, professionals: a.professionals.join('\n'),
  };
}

/** The field a refusal of the domain is about (the server names none), so it is shown next to that field. */
export function afspraakVeldVanMelding(melding: string): AfspraakVeld | null {
  if (melding.includes('prijs per jaar')) return 'jaarprijs';
  if (melding.includes('periode van het wijkbudget')) return 'tot';
  if (melding.includes('begindatum')) return 'tot';
  if (melding.includes('uren per week')) return 'urenPerWeek';
  if (melding.includes('begrotingsregel')) return 'regel';
  if (melding.includes('wijkbudget')) return 'wijkbudget';
  if (melding.includes('niet ook de aanbieder') || melding.includes('aanbieder is geen')) return 'aanbieder';
  if (melding.includes('bewonersorganisatie is geen') || melding.includes('opdrachtgever is een organisatie')) return 'bewonersorganisatie';
  if (melding.includes('professional')) return 'professionals';
  return null;
}

/** Who may still sign: the parties without a signature, while it is verkend. */
export function magTekenen(a: DienstverleningsafspraakDto, partij: 'bewonersorganisatie' | 'aanbieder'): boolean {
  return a.status === 'verkend' && !a.ondertekeningen.some((o) => o.partij === partij);
}

/** The review moments the bewonersorganisatie may record now: open, while it runs, in that year or later. */
export function openEvaluaties(a: DienstverleningsafspraakDto, jaar: number): number[] {
  return a.status === 'actief' ? a.evaluatiemomenten.filter((m) => !m.vastgelegd && m.jaar <= jaar).map((m) => m.jaar) : [];
}
