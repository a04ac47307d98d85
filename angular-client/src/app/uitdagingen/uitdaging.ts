import { DecideUitdagingCommand, SubmitUitdagingCommand, UitdagingDto, UitdagingStatus } from '../api/api-client';
import { parseEuro } from '../beleidskader/bedrag';
import { BadgeSoort } from '../gedeeld/status-badge';

/** Badge variant of a challenge's status (the text is always shown too). */
export function uitdagingSoort(status: UitdagingStatus): BadgeSoort {
  switch (status) {
    case 'toegekend': case 'overgedragen': case 'gemonitord': case 'geevalueerd': return 'success';
    case 'afgewezen': case 'nietOntvankelijk': return 'danger';
    case 'ingediend': return 'warning';
    default: return 'neutral';
  }
}

export type UitdagingVeld = 'organisatie' | 'groepsnaam' | 'contactnaam' | 'contactEmail' | 'taak' | 'wijk' | 'voorstel' | 'bedrag' | 'van' | 'tot';
export type UitdagingFout = 'organisatieOfGroep' | 'contactnaam' | 'contactEmail' | 'taak' | 'voorstel' | 'bedrag' | 'van' | 'tot';

export interface UitdagingInvoer {
  /** Empty: a group of residents without an organisation (the gemeente submits for them). */
  organisatieId: string;
  groepsnaam: string;
  contactnaam: string;
  contactEmail: string;
  taak: string;
  wijkId: string;
  voorstel: string;
  bedrag: string;
  van: string;
  tot: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The local check of the request form (the server checks again, and refuses an excluded task at the taak field). */
export function controleerUitdaging(u: UitdagingInvoer): Partial<Record<UitdagingVeld, UitdagingFout>> {
  const fouten: Partial<Record<UitdagingVeld, UitdagingFout>> = {};
  if (!u.organisatieId) {
    if (!u.groepsnaam.trim()) fouten.groepsnaam = 'organisatieOfGroep';
    if (!u.contactnaam.trim()) fouten.contactnaam = 'contactnaam';
    if (!EMAIL.test(u.contactEmail.trim())) fouten.contactEmail = 'contactEmail';
  } else if (u.contactEmail.trim() && !EMAIL.test(u.contactEmail.trim())) {
    fouten.contactEmail = 'contactEmail';
  }
  if (!u.taak.trim()) fouten.taak = 'taak';
  if (!u.voorstel.trim()) fouten.voorstel = 'voorstel';
  const bedrag = parseEuro(u.bedrag);
  if (bedrag === null || bedrag <= 0) fouten.bedrag = 'bedrag';
  if (!u.van) fouten.van = 'van';
  if (!u.tot || (u.van && u.tot <= u.van)) fouten.tot = 'tot';
  return fouten;
}

const ofNull = (s: string) => (s.trim() ? s.trim() : null);

export function uitdagingVerzoek(u: UitdagingInvoer): SubmitUitdagingCommand {
  return {
    organisatieId: u.organisatieId || null, groepsnaam: ofNull(u.groepsnaam), contactnaam: ofNull(u.contactnaam), contactEmail: ofNull(u.contactEmail),
    taak: u.taak.trim(), wijkId: u.wijkId || null, voorstel: u.voorstel.trim(), bedragEurocent: parseEuro(u.bedrag) ?? 0, van: u.van, tot: u.tot,
  };
}

/** The field a refusal of the server is about when it names none (the domain's rules on submission). */
export function uitdagingVeldVanMelding(melding: string): UitdagingVeld | null {
  if (/uitgesloten van het uitdaagrecht|taak van de gemeente/i.test(melding)) return 'taak';
  if (/groep bewoners zonder organisatie/i.test(melding)) return 'groepsnaam';
  if (/budget/i.test(melding)) return 'bedrag';
  if (/periode eindigt/i.test(melding)) return 'tot';
  if (/beter zelf/i.test(melding)) return 'voorstel';
  return null;
}

/** One criterion's assessment as the decision form holds it: not chosen yet, met or not, and why. */
export interface OordeelInvoer {
  nummer: number;
  voldaan: boolean | null;
  toelichting: string;
}

export type BesluitFout = 'keuze' | 'voldaan' | 'toelichting' | 'motivering';

/** Every published criterion is assessed, met or not, with a toelichting, and the decision is reasoned (the server says the same). */
export function controleerBesluit(toekennen: boolean | null, oordelen: readonly OordeelInvoer[], motivering: string): Record<string, BesluitFout> {
  const fouten: Record<string, BesluitFout> = {};
  if (toekennen === null) fouten['toekennen'] = 'keuze';
  for (const o of oordelen) {
    if (o.voldaan === null) fouten[`voldaan-${o.nummer}`] = 'voldaan';
    else if (!o.toelichting.trim()) fouten[`toelichting-${o.nummer}`] = 'toelichting';
  }
  if (!motivering.trim()) fouten['motivering'] = 'motivering';
  return fouten;
}

export function besluitVerzoek(toekennen: boolean, oordelen: readonly OordeelInvoer[], motivering: string): DecideUitdagingCommand {
  return { toekennen, oordelen: oordelen.map((o) => ({ nummer: o.nummer, voldaan: o.voldaan === true, toelichting: o.toelichting.trim() })), motivering: motivering.trim() };
}

/** Criteria the gemeente would grant against: a decision to grant while some are not met deserves a second look. */
export function nietVoldaan(oordelen: readonly OordeelInvoer[]): number[] {
  return oordelen.filter((o) => o.voldaan === false).map((o) => o.nummer);
}

/** The step the gemeente takes next on a challenge, for the detail page. */
export type Stap = 'ontvankelijkheid' | 'beoordeling' | 'besluit' | 'overdracht' | 'monitoring' | 'geen';

export function volgendeStap(u: Pick<UitdagingDto, 'status'>): Stap {
  switch (u.status) {
    case 'ingediend': return 'ontvankelijkheid';
    case 'ontvankelijk': return 'beoordeling';
    case 'inBeoordeling': return 'besluit';
    case 'toegekend': return 'overdracht';
    case 'overgedragen': case 'gemonitord': return 'monitoring';
    default: return 'geen';
  }
}

/** The verordening form's lines: one excluded task per line, empty lines dropped. */
export function regelsUit(tekst: string): string[] {
  return tekst.split('\n').map((t) => t.trim()).filter((t) => t.length > 0);
}
