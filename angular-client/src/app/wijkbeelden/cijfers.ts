import { CijferDto, CijferbeeldDto } from '../api/api-client';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

/** One lens of the figures: its heading and figures, or the sentence that says why it is empty. */
export interface Lens {
  sleutel: 'vitaliteit' | 'problemen';
  titel: string;
  cijfers: CijferDto[];
  /** Set instead of figures when the wijk has no vitality figures (G-6: shown as an alert, never an empty group). */
  ontbreekt: string | null;
}

/** The two lenses in G-6 order: what makes the wijk strong always first, beside what it struggles with. */
export function lenzen(beeld: CijferbeeldDto): Lens[] {
  return [
    { sleutel: 'vitaliteit', titel: T.sterk, cijfers: beeld.vitaliteitOntbreekt ? [] : beeld.vitaliteit, ontbreekt: beeld.vitaliteitOntbreekt || null },
    { sleutel: 'problemen', titel: T.worstelt, cijfers: beeld.problemen, ontbreekt: null },
  ];
}

export interface GrafiekReeks {
  label: string;
  data: (number | null)[];
}

/** Chart.js data of one lens: a bar per figure for the wijk, the gemeente and the previous year (unknown: a gap). */
export function grafiekData(cijfers: readonly CijferDto[]): { labels: string[][]; datasets: GrafiekReeks[] } {
  return {
    labels: cijfers.map((c) => afbreken(c.eenheid ? `${c.titel} (${c.eenheid})` : c.titel)),
    datasets: [
      { label: T.deWijk, data: cijfers.map((c) => c.waarde ?? null) },
      { label: T.deGemeente, data: cijfers.map((c) => c.gemeente ?? null) },
      { label: T.vorigJaar, data: cijfers.map((c) => c.vorigJaar ?? null) },
    ],
  };
}

/** A figure in Dutch notation (decimal comma); null → "onbekend". */
export function getal(w: number | null | undefined): string {
  return w === null || w === undefined ? T.onbekend : w.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/** Wijkgebondenheid (0–1) as a whole percentage. */
export function procent(w: number | null | undefined): string {
  return w === null || w === undefined ? T.onbekend : `${Math.round(w * 100)}%`;
}

/** A chart label as lines of at most `breedte` characters (Chart.js draws a string[] as lines), so it fits at 375 px. */
export function afbreken(tekst: string, breedte = 16): string[] {
  const regels: string[] = [];
  for (const woord of tekst.split(/\s+/).filter(Boolean)) {
    const laatste = regels.length ? regels[regels.length - 1] : null;
    if (laatste !== null && (laatste + ' ' + woord).length <= breedte) regels[regels.length - 1] = laatste + ' ' + woord;
    else regels.push(woord);
  }
  return regels;
}
