import { BuurtTopSamenvattingDto, CreateWijktoekomstagendaCommand, UpdateWijktoekomstagendaCommand, WijktoekomstagendaDto } from '../api/api-client';
import { AGENDAS_TEKSTEN as T } from './teksten';

/** The agenda form's fields as typed: texts, the start year as text, no choice as ''. */
export interface AgendaInvoer {
  wijkId: string;
  titel: string;
  intro: string;
  horizonJaren: 5 | 10;
  startJaar: string;
  buurtTopId: string;
}

export type AgendaVeld = keyof AgendaInvoer;

/** A new agenda: ten years from this year, in the wijk and on the BuurtTop it was opened for (if any). */
export function nieuweInvoer(jaar: number, buurtTop?: { id: string; wijkId: string } | null): AgendaInvoer {
  return { wijkId: buurtTop?.wijkId ?? '', titel: '', intro: '', horizonJaren: 10, startJaar: String(jaar), buurtTopId: buurtTop?.id ?? '' };
}

/** An agenda as the edit form starts from it. */
export function invoerVan(a: WijktoekomstagendaDto): AgendaInvoer {
  return {
    wijkId: a.wijkId, titel: a.titel, intro: a.intro ?? '', horizonJaren: a.horizonJaren === 5 ? 5 : 10, startJaar: String(a.startJaar),
    buurtTopId: a.buurtTopId ?? '',
  };
}

/** The PUT body: every field, texts trimmed, empty ones null. */
export function naarUpdate(i: AgendaInvoer): UpdateWijktoekomstagendaCommand {
  return { titel: i.titel.trim(), intro: i.intro.trim() || null, horizonJaren: i.horizonJaren, startJaar: Number(i.startJaar), buurtTopId: i.buurtTopId || null };
}

/** The POST body; no team, so the server takes the team of the wijk's latest wijkbeeld (or of the latest version). */
export function naarCreate(i: AgendaInvoer): CreateWijktoekomstagendaCommand {
  return { wijkId: i.wijkId, ...naarUpdate(i), team: null };
}

/** The checks the form does itself (the server checks them again, and the rest). */
export function controleer(i: AgendaInvoer): Partial<Record<AgendaVeld, string[]>> {
  const jaar = Number(i.startJaar);
  return {
    wijkId: i.wijkId ? [] : [T.wijkVerplicht],
    titel: i.titel.trim() ? [] : [T.titelVerplicht],
    startJaar: Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100 && i.startJaar.trim() !== '' ? [] : [T.startJaarOngeldig],
  };
}

/**
 * The BuurtTops an agenda can build on: those that were held (gehouden, or already verwerkt into an agenda), in the
 * order the API gives them, plus the one already chosen, so editing never drops it silently.
 */
export function bruikbareBuurtTops(lijst: readonly BuurtTopSamenvattingDto[], gekozen: string): BuurtTopSamenvattingDto[] {
  return lijst.filter((b) => b.status === 'gehouden' || b.status === 'verwerkt' || b.id === gekozen);
}
