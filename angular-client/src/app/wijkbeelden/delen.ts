import { WijkbeeldInhoudDto } from '../api/api-client';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

export type Veldsoort = 'tekst' | 'tekstvak' | 'getal' | 'datum' | 'keuze';

export interface Veld {
  /** Property of the item; a dotted path for nested values (`deelnemers.bewoners`). */
  sleutel: string;
  label: string;
  soort: Veldsoort;
  opties?: Record<string, string>;
}

export type Lijstdeel = 'geschiedenis' | 'informeleStructuren' | 'initiatieven' | 'inzet' | 'samenwerkingen' | 'gespreksrondes' | 'behoeften';

export interface Deel {
  sleutel: Lijstdeel;
  titel: string;
  /** The name of one item ("Gebeurtenis 1", "Gespreksronde 1"). */
  item: string;
  velden: Veld[];
  nieuw: () => Record<string, unknown>;
}

/** The workspace's list parts, in the order of the wijkbeeld page, with the fields of their items. */
export const DELEN: Deel[] = [
  {
    sleutel: 'geschiedenis', titel: T.geschiedenis, item: 'Gebeurtenis',
    velden: [
      { sleutel: 'periode', label: T.periode, soort: 'tekst' }, { sleutel: 'gebeurtenis', label: T.gebeurtenis, soort: 'tekstvak' },
      { sleutel: 'spanningen', label: T.spanningen, soort: 'tekstvak' }, { sleutel: 'bron', label: T.bron, soort: 'tekst' },
    ],
    nieuw: () => ({ id: null, periode: '', gebeurtenis: '', spanningen: null, bron: null }),
  },
  {
    sleutel: 'informeleStructuren', titel: T.informeleStructuren, item: 'Structuur',
    velden: [
      { sleutel: 'soort', label: T.soort, soort: 'tekst' }, { sleutel: 'omschrijving', label: T.omschrijving, soort: 'tekstvak' },
      { sleutel: 'lokaliseerbaar', label: T.lokaliseerbaar, soort: 'keuze', opties: T.lokaliseerbaarNaam },
    ],
    nieuw: () => ({ id: null, soort: '', omschrijving: '', lokaliseerbaar: 'ja' }),
  },
  {
    sleutel: 'initiatieven', titel: T.initiatieven, item: 'Initiatief',
    velden: [
      { sleutel: 'naam', label: T.naam, soort: 'tekst' }, { sleutel: 'omschrijving', label: T.omschrijving, soort: 'tekstvak' },
      { sleutel: 'behoeften', label: T.behoeften, soort: 'tekstvak' },
    ],
    nieuw: () => ({ id: null, naam: '', organisatieId: null, omschrijving: '', behoeften: null }),
  },
  {
    sleutel: 'inzet', titel: T.inzet, item: 'Inzet',
    velden: [
      { sleutel: 'organisatie', label: T.organisatie, soort: 'tekst' }, { sleutel: 'functie', label: T.functie, soort: 'tekst' },
      { sleutel: 'urenInWijk', label: T.urenInWijk, soort: 'getal' }, { sleutel: 'urenElders', label: T.urenElders, soort: 'getal' },
      { sleutel: 'jarenAanwezig', label: T.jarenAanwezig, soort: 'getal' },
      { sleutel: 'financiering', label: T.financiering, soort: 'keuze', opties: T.financieringNaam },
    ],
    nieuw: () => ({ id: null, organisatie: '', functie: '', urenInWijk: 0, urenElders: 0, jarenAanwezig: 0, financiering: 'subsidie' }),
  },
  {
    sleutel: 'samenwerkingen', titel: T.samenwerkingen, item: 'Samenwerking',
    velden: [
      { sleutel: 'partijen', label: T.partijen, soort: 'tekst' }, { sleutel: 'wat', label: T.wat, soort: 'tekstvak' },
      { sleutel: 'sindsJaar', label: T.sindsJaar, soort: 'getal' }, { sleutel: 'waaromHetWerkt', label: T.waaromHetWerkt, soort: 'tekstvak' },
    ],
    nieuw: () => ({ id: null, partijen: '', wat: '', sindsJaar: null, waaromHetWerkt: '' }),
  },
  {
    sleutel: 'gespreksrondes', titel: T.gespreksrondes, item: 'Gespreksronde',
    velden: [
      { sleutel: 'datum', label: T.datum, soort: 'datum' },
      { sleutel: 'deelnemers.bewoners', label: T.bewoners, soort: 'getal' }, { sleutel: 'deelnemers.professionals', label: T.professionals, soort: 'getal' },
      { sleutel: 'deelnemers.ambtenaren', label: T.ambtenaren, soort: 'getal' }, { sleutel: 'deelnemers.ondernemers', label: T.ondernemers, soort: 'getal' },
      { sleutel: 'vragen', label: T.vragen, soort: 'tekstvak' }, { sleutel: 'bevindingen', label: T.bevindingen, soort: 'tekstvak' },
      { sleutel: 'gespreksleider', label: T.gespreksleider, soort: 'tekst' },
    ],
    nieuw: () => ({
      id: null, datum: new Date().toISOString().slice(0, 10), deelnemers: { bewoners: 0, professionals: 0, ambtenaren: 0, ondernemers: 0 },
      vragen: '', bevindingen: '', gespreksleider: null,
    }),
  },
  {
    sleutel: 'behoeften', titel: T.behoeften, item: 'Behoefte',
    velden: [{ sleutel: 'soort', label: T.soort, soort: 'keuze', opties: T.behoefteNaam }, { sleutel: 'omschrijving', label: T.omschrijving, soort: 'tekstvak' }],
    nieuw: () => ({ id: null, soort: 'plekken', omschrijving: '' }),
  },
];

/** Reads a (dotted) value of an item as the text of its control. */
export function lees(item: Record<string, unknown>, sleutel: string): string {
  const w = sleutel.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], item);
  return w === null || w === undefined ? '' : String(w);
}

/** Writes a control's text into an item: numbers as numbers (empty: null), empty optional text as null. */
export function schrijf(item: Record<string, unknown>, veld: Veld, tekst: string): void {
  const delen = veld.sleutel.split('.');
  const doel = delen.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, item);
  const laatste = delen[delen.length - 1];
  if (veld.soort === 'getal') {
    const n = Number(tekst.trim().replace(',', '.'));
    doel[laatste] = tekst.trim() === '' ? (laatste === 'sindsJaar' ? null : 0) : Number.isFinite(n) ? n : tekst;
  } else {
    doel[laatste] = tekst === '' && (doel[laatste] === null || ['spanningen', 'bron', 'behoeften', 'gespreksleider'].includes(laatste)) ? null : tekst;
  }
}

/** The whole content for the PUT: items keep their id (new ones have none); herkomst and opmerkingen are the server's. */
export function naarInhoud(inhoud: WijkbeeldInhoudDto): WijkbeeldInhoudDto {
  const kaal = <X extends object>(x: X) => {
    const { herkomst: _h, opmerkingen: _o, ...rest } = x as X & { herkomst?: unknown; opmerkingen?: unknown };
    void _h; void _o;
    return rest as X;
  };
  return {
    duiding: inhoud.duiding?.trim() ? inhoud.duiding : null,
    geschiedenis: inhoud.geschiedenis.map(kaal),
    informeleStructuren: inhoud.informeleStructuren.map(kaal),
    initiatieven: inhoud.initiatieven.map(kaal),
    inzet: inhoud.inzet.map((x) => { const { wijkgebondenheid: _w, ...r } = kaal(x); void _w; return r as typeof x; }),
    samenwerkingen: inhoud.samenwerkingen.map(kaal),
    gespreksrondes: inhoud.gespreksrondes.map(kaal),
    behoeften: inhoud.behoeften.map(kaal),
    wijkopbouwpunt: inhoud.wijkopbouwpunt ? { keuze: inhoud.wijkopbouwpunt.keuze, redenen: inhoud.wijkopbouwpunt.redenen } as WijkbeeldInhoudDto['wijkopbouwpunt'] : null,
  };
}

/** Is this 400 the G-8 rule (the gemeente changed or removed what residents wrote)? */
export function isG8(tekst: string): boolean {
  return /kan door de gemeente niet worden gewijzigd/i.test(tekst);
}
