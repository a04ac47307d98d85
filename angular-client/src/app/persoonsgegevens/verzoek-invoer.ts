import type { GetInzageQuery, InzageDto } from '../api/api-client';
import type { Document } from '../gedeeld/document';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';

/** What identifies the data subject, as typed (the three fields of the search form). */
export interface Kenmerken {
  email: string;
  naam: string;
  iban: string;
}

/** The request body: trimmed, an empty field as null (the API wants at least one). */
export function naarVerzoek(k: Kenmerken): GetInzageQuery {
  const of = (s: string) => (s.trim() ? s.trim() : null);
  return { email: of(k.email), naam: of(k.naam), iban: of(k.iban) };
}

/** The local check of the search form: at least one field (the same message as the API's, at the e-mail field). */
export function controleerKenmerken(k: Kenmerken): Partial<Record<keyof Kenmerken, string[]>> {
  const v = naarVerzoek(k);
  return v.email || v.naam || v.iban ? {} : { email: [T.minstensEen] };
}

/** "e-mailadres a@b.nl en naam Joop": what was searched for, in words. */
export function gezochtOp(v: GetInzageQuery): string {
  const delen = [
    v.email ? `${T.email.toLowerCase()} ${v.email}` : null,
    v.naam ? `${T.naam.toLowerCase()} ${v.naam}` : null,
    v.iban ? `${T.iban} ${v.iban}` : null,
  ].filter((d): d is string => d !== null);
  return delen.join(', ');
}

/** The access report as a structured file (AVG art. 20): the API's JSON as it came, indented. */
export function jsonDocument(inzage: InzageDto): Document {
  const dag = inzage.gegenereerdOp.slice(0, 10);
  return {
    naam: `inzage-${dag}.json`,
    inhoud: new Blob([JSON.stringify(inzage, null, 2)], { type: 'application/json' }),
  };
}

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
});

/** A timestamp of the API as "7 december 2026 09:15" (Dutch time). */
export function formatMoment(iso: string): string {
  return MOMENT.format(new Date(iso));
}

/** A whole number of months within the bounds, or null. */
export function maanden(tekst: string, min: number, max: number): number | null {
  const t = tekst.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}
