import { parseEuro } from '../beleidskader/bedrag';

/** What the volunteer fills in on the phone form. */
export interface DeclaratieInvoer {
  administratieId: string;
  bedrag: string;
  uitgavedatum: string;
  rekening: string;
  omschrijving: string;
  naamBegunstigde: string;
  iban: string;
  bonnetje: Pick<File, 'size'> | null;
}

export type DeclaratieVeld = keyof DeclaratieInvoer;

/** The fault per field, as a key of the texts; the server checks again (and the receipt's type by its bytes). */
export type DeclaratieFout =
  | 'administratieFout' | 'bedragFout' | 'datumFout' | 'rekeningFout' | 'omschrijvingFout' | 'begunstigdeFout' | 'ibanFout' | 'bonnetjeFout' | 'bonnetjeTeGroot';

export const BONNETJE_MAX_BYTES = 10 * 1024 * 1024;

/** An IBAN as ISO 13616 checks it: country, check digits and account, mod 97 equal to 1 (spaces allowed). */
export function isIban(tekst: string): boolean {
  const iban = tekst.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const cijfers = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of cijfers) rest = (rest * 10 + Number(c)) % 97;
  return rest === 1;
}

/** The faults of a declaratie before it is sent; submitting needs the receipt, a concept may wait for it. */
export function controleerDeclaratie(d: DeclaratieInvoer, vandaag: string, indienen: boolean): Partial<Record<DeclaratieVeld, DeclaratieFout>> {
  const fouten: Partial<Record<DeclaratieVeld, DeclaratieFout>> = {};
  const bedrag = parseEuro(d.bedrag);
  if (!d.administratieId) fouten.administratieId = 'administratieFout';
  if (bedrag === null || bedrag <= 0) fouten.bedrag = 'bedragFout';
  if (!d.uitgavedatum || d.uitgavedatum > vandaag) fouten.uitgavedatum = 'datumFout';
  if (!d.rekening) fouten.rekening = 'rekeningFout';
  if (!d.omschrijving.trim()) fouten.omschrijving = 'omschrijvingFout';
  if (!d.naamBegunstigde.trim()) fouten.naamBegunstigde = 'begunstigdeFout';
  if (!isIban(d.iban)) fouten.iban = 'ibanFout';
  if (d.bonnetje && d.bonnetje.size > BONNETJE_MAX_BYTES) fouten.bonnetje = 'bonnetjeTeGroot';
  else if (!d.bonnetje && indienen) fouten.bonnetje = 'bonnetjeFout';
  return fouten;
}

/** The multipart form `POST /declaraties` reads: the amount in eurocents, the IBAN without spaces, the receipt as a file. */
export function declaratieFormulier(d: DeclaratieInvoer & { bonnetje: File | null }, indienen: boolean): FormData {
  const form = new FormData();
  form.set('administratieId', d.administratieId);
  form.set('bedragEurocent', String(parseEuro(d.bedrag) ?? ''));
  form.set('uitgavedatum', d.uitgavedatum);
  form.set('rekening', d.rekening);
  form.set('omschrijving', d.omschrijving.trim());
  form.set('naamBegunstigde', d.naamBegunstigde.trim());
  form.set('iban', d.iban.replace(/\s/g, '').toUpperCase());
  form.set('indienen', String(indienen));
  if (d.bonnetje) form.set('bonnetje', d.bonnetje, d.bonnetje.name);
  return form;
}
