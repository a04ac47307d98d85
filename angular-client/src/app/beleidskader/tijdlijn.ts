import { BeleidskaderInhoudDto } from '../api/api-client';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

export interface TijdlijnItem {
  soort: 'pilot' | 'overgang' | 'verkiezing';
  tekst: string;
  start: string;
  /** Null for a single day (an election). */
  eind: string | null;
  /** The pilot's status, when it is a pilot. */
  status: string | null;
  /** Starts or ends outside the programme's time span. */
  buitenProgramma: boolean;
}

/**
 * Pilots, overgangsperiodes and election dates in date order (ISO dates sort as text), each marked when it falls
 * outside the programme horizon. `wijkNaam` names a pilot's wijk.
 */
export function tijdlijn(inhoud: BeleidskaderInhoudDto, wijkNaam: (id: string) => string): TijdlijnItem[] {
  const t = inhoud.tijdspanne;
  const buiten = (start: string, eind: string | null) => !!t && (start < t.programmaStart || (eind ?? start) > t.programmaEind);
  const items: TijdlijnItem[] = [
    ...inhoud.pilots.map((p) => ({
      soort: 'pilot' as const, tekst: T.pilotTekst(p.instrument, wijkNaam(p.gebiedId)), start: p.start, eind: p.eind,
      status: p.status, buitenProgramma: buiten(p.start, p.eind),
    })),
    ...inhoud.overgangsperiodes.map((o) => ({
      soort: 'overgang' as const, tekst: T.overgangTekst(o.contract, o.opvolging), start: o.start, eind: o.eind,
      status: null, buitenProgramma: buiten(o.start, o.eind),
    })),
    ...(t?.verkiezingsdata ?? []).map((d) => ({
      soort: 'verkiezing' as const, tekst: T.verkiezingen, start: d, eind: null, status: null, buitenProgramma: buiten(d, null),
    })),
  ];
  return items.sort((a, b) => a.start.localeCompare(b.start) || (a.eind ?? a.start).localeCompare(b.eind ?? b.start));
}
