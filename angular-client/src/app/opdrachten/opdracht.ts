import { CreateOpdrachtovereenkomstCommand, OpdrachtovereenkomstDto } from '../api/api-client';
import { bedragInvoer, parseEuro } from '../beleidskader/bedrag';
import { BONNETJE_MAX_BYTES, isIban } from '../declaraties/declaratie-invoer';

/** The VAT rates a contract may name (the server's Opdrachtovereenkomst.Btwtarieven). */
export const BTW_PERCENTAGES = [0, 9, 21] as const;

/** The most hours one contract may name over its whole period (the server's Opdrachtovereenkomst.MeesteUren). */
export const MEESTE_UREN = 2000;

/** Hours as typed ("40", "12,5", "1.234,25"); null when it is no positive number of at most two decimals. */
export function parseUren(tekst: string): number | null {
  const t = tekst.trim().replace(/\./g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(t)) return null;
  const uren = Number(t);
  return uren > 0 ? uren : null;
}

/** Hours as the form shows them: 12.5 → "12,5". */
export function urenInvoer(uren: number): string {
  return String(uren).replace('.', ',');
}

export interface OpdrachtInvoer {
  administratieId: string;
  opdrachtnemer: string;
  kvknummer: string;
  iban: string;
  omschrijving: string;
  uren: string;
  uurtarief: string;
  btwPercentage: string;
  begindatum: string;
  einddatum: string;
  rekening: string;
}

export type OpdrachtVeld = keyof OpdrachtInvoer;
export type OpdrachtFout = OpdrachtVeld | 'duur';

/** What the form can check before sending; the server checks again (and that the zzp'er is no coordinator of the host). */
export function controleerOpdracht(o: OpdrachtInvoer): Partial<Record<OpdrachtVeld, OpdrachtFout>> {
  const fouten: Partial<Record<OpdrachtVeld, OpdrachtFout>> = {};
  if (!o.administratieId) fouten.administratieId = 'administratieId';
  if (!o.opdrachtnemer.trim()) fouten.opdrachtnemer = 'opdrachtnemer';
  if (!/^\d{8}$/.test(o.kvknummer.trim())) fouten.kvknummer = 'kvknummer';
  if (!isIban(o.iban)) fouten.iban = 'iban';
  if (!o.omschrijving.trim()) fouten.omschrijving = 'omschrijving';
  const uren = parseUren(o.uren);
  if (uren === null || uren > MEESTE_UREN) fouten.uren = 'uren';
  if (!((parseEuro(o.uurtarief) ?? 0) > 0)) fouten.uurtarief = 'uurtarief';
  if (!(BTW_PERCENTAGES as readonly number[]).includes(Number(o.btwPercentage)) || o.btwPercentage === '') fouten.btwPercentage = 'btwPercentage';
  if (!o.begindatum) fouten.begindatum = 'begindatum';
  if (!o.einddatum || (o.begindatum && o.einddatum < o.begindatum)) fouten.einddatum = 'einddatum';
  else if (o.begindatum && o.einddatum > plusJaren(o.begindatum, 2)) fouten.einddatum = 'duur';
  if (!o.rekening) fouten.rekening = 'rekening';
  return fouten;
}

function plusJaren(iso: string, jaren: number): string {
  return `${Number(iso.slice(0, 4)) + jaren}${iso.slice(4)}`;
}

/** The body of a POST (a PUT takes the same without the administratie): every member, texts trimmed. */
export function opdrachtVerzoek(o: OpdrachtInvoer): CreateOpdrachtovereenkomstCommand {
  return {
    administratieId: o.administratieId, opdrachtnemer: o.opdrachtnemer.trim(), kvknummer: o.kvknummer.trim(),
    iban: o.iban.replace(/\s/g, '').toUpperCase(), omschrijving: o.omschrijving.trim(), uren: parseUren(o.uren) ?? 0,
    uurtariefEurocent: parseEuro(o.uurtarief) ?? 0, btwPercentage: Number(o.btwPercentage), begindatum: o.begindatum,
    einddatum: o.einddatum, rekening: o.rekening,
  };
}

/** The form's fields filled from a contract, to change it. */
export function invoerVanOpdracht(o: OpdrachtovereenkomstDto): OpdrachtInvoer {
  return {
    administratieId: o.administratieId, opdrachtnemer: o.opdrachtnemer, kvknummer: o.kvknummer, iban: o.iban ?? '',
    omschrijving: o.omschrijving, uren: urenInvoer(o.uren), uurtarief: bedragInvoer(o.uurtariefEurocent),
    btwPercentage: String(o.btwPercentage), begindatum: o.begindatum, einddatum: o.einddatum, rekening: o.rekening,
  };
}

/** What an invoice for these hours must say, in eurocents, rounded half away from zero as the server does. */
export function verwachtBedrag(o: Pick<OpdrachtovereenkomstDto, 'uurtariefEurocent' | 'btwPercentage'>, uren: number): { exclusief: number; btw: number } {
  const exclusief = afgerond((Math.round(uren * 100) * o.uurtariefEurocent) / 100);
  return { exclusief, btw: afgerond((exclusief * o.btwPercentage) / 100) };
}

function afgerond(waarde: number): number {
  return Math.sign(waarde) * Math.round(Math.abs(waarde));
}

export interface FactuurInvoer {
  factuurnummer: string;
  factuurdatum: string;
  periodeVan: string;
  periodeTot: string;
  uren: string;
  bedragExclusief: string;
  btw: string;
  factuur: Pick<File, 'size'> | null;
}

export type FactuurVeld = keyof FactuurInvoer;
export type FactuurFout = FactuurVeld | 'factuurdatumToekomst' | 'buitenOpdracht' | 'teveelUren' | 'factuurTeGroot';

/**
 * What the form can check before sending: the parts of the invoice and the contract's period and hours left. The
 * amounts are the server's to judge (its message names the expected amount), so a typo in them is refused there.
 */
export function controleerFactuur(
  f: FactuurInvoer, o: Pick<OpdrachtovereenkomstDto, 'begindatum' | 'einddatum' | 'resterendeUren'>, vandaag: string,
): Partial<Record<FactuurVeld, FactuurFout>> {
  const fouten: Partial<Record<FactuurVeld, FactuurFout>> = {};
  if (!f.factuurnummer.trim()) fouten.factuurnummer = 'factuurnummer';
  if (!f.factuurdatum) fouten.factuurdatum = 'factuurdatum';
  else if (f.factuurdatum > vandaag) fouten.factuurdatum = 'factuurdatumToekomst';
  if (!f.periodeVan) fouten.periodeVan = 'periodeVan';
  else if (f.periodeVan < o.begindatum) fouten.periodeVan = 'buitenOpdracht';
  if (!f.periodeTot || (f.periodeVan && f.periodeTot < f.periodeVan)) fouten.periodeTot = 'periodeTot';
  else if (f.periodeTot > o.einddatum) fouten.periodeTot = 'buitenOpdracht';
  const uren = parseUren(f.uren);
  if (uren === null) fouten.uren = 'uren';
  else if (uren > o.resterendeUren) fouten.uren = 'teveelUren';
  if (parseEuro(f.bedragExclusief) === null) fouten.bedragExclusief = 'bedragExclusief';
  if (parseEuro(f.btw) === null) fouten.btw = 'btw';
  if (!f.factuur) fouten.factuur = 'factuur';
  else if (f.factuur.size > BONNETJE_MAX_BYTES) fouten.factuur = 'factuurTeGroot';
  return fouten;
}

/** The multipart form `POST /opdrachtovereenkomsten/{id}/facturen` reads: hours with a decimal point, amounts in eurocents, the invoice as a file. */
export function factuurFormulier(f: FactuurInvoer & { factuur: File }): FormData {
  const form = new FormData();
  form.set('factuurnummer', f.factuurnummer.trim());
  form.set('factuurdatum', f.factuurdatum);
  form.set('periodeVan', f.periodeVan);
  form.set('periodeTot', f.periodeTot);
  form.set('uren', String(parseUren(f.uren) ?? ''));
  form.set('bedragExclusiefEurocent', String(parseEuro(f.bedragExclusief) ?? ''));
  form.set('btwEurocent', String(parseEuro(f.btw) ?? ''));
  form.set('factuur', f.factuur, f.factuur.name);
  return form;
}
