import {
  BuurtTopSamenvattingDto, CreateWijktoekomstagendaCommand, OrganisatieSamenvattingDto, UpdateWijktoekomstagendaCommand, WijktoekomstagendaDto,
} from '../api/api-client';
import { AGENDAS_TEKSTEN as T } from './teksten';

/** The agenda form's fields as typed: texts, the start year as text, no choice as ''. */
export interface AgendaInvoer {
  wijkId: string;
  titel: string;
  intro: string;
  horizonJaren: 5 | 10;
  startJaar: string;
  buurtTopId: string;
  /** Only when beginning: the residents' organisation that leads, and the other organisations of the team. */
  trekker: string;
  teamleden: string[];
}

export type AgendaVeld = keyof AgendaInvoer;

/** A new agenda: ten years from this year, in the wijk and on the BuurtTop it was opened for (if any). */
export function nieuweInvoer(jaar: number, buurtTop?: { id: string; wijkId: string } | null): AgendaInvoer {
  return {
    wijkId: buurtTop?.wijkId ?? '', titel: '', intro: '', horizonJaren: 10, startJaar: String(jaar), buurtTopId: buurtTop?.id ?? '', trekker: '',
    teamleden: [],
  };
}

/** An agenda as the edit form starts from it. */
export function invoerVan(a: WijktoekomstagendaDto): AgendaInvoer {
  return {
    wijkId: a.wijkId, titel: a.titel, intro: a.intro ?? '', horizonJaren: a.horizonJaren === 5 ? 5 : 10, startJaar: String(a.startJaar),
    buurtTopId: a.buurtTopId ?? '', trekker: '', teamleden: [],
  };
}

/** The PUT body: every field, texts trimmed, empty ones null. */
export function naarUpdate(i: AgendaInvoer): UpdateWijktoekomstagendaCommand {
  return { titel: i.titel.trim(), intro: i.intro.trim() || null, horizonJaren: i.horizonJaren, startJaar: Number(i.startJaar), buurtTopId: i.buurtTopId || null };
}

/**
 * The POST body. The team is the leading residents' organisation first, then the others; none chosen is null, so the
 * server takes the team of the wijk's latest wijkbeeld (a new version always keeps the team of the one before).
 */
export function naarCreate(i: AgendaInvoer): CreateWijktoekomstagendaCommand {
  const team = i.trekker ? [i.trekker, ...i.teamleden.filter((o) => o !== i.trekker)] : null;
  return { wijkId: i.wijkId, ...naarUpdate(i), team };
}

/** The checks the form does itself (the server checks them again, and the rest). */
export function controleer(i: AgendaInvoer): Partial<Record<AgendaVeld | 'team', string[]>> {
  const jaar = Number(i.startJaar);
  return {
    wijkId: i.wijkId ? [] : [T.wijkVerplicht],
    titel: i.titel.trim() ? [] : [T.titelVerplicht],
    startJaar: Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100 && i.startJaar.trim() !== '' ? [] : [T.startJaarOngeldig],
    team: i.teamleden.length && !i.trekker ? [T.trekkerVerplicht] : [],
  };
}

/**
 * The BuurtTops an agenda can build on: those that were held (gehouden, or already verwerkt into an agenda), in the
 * order the API gives them, plus the one already chosen, so editing never drops it silently.
 */
export function bruikbareBuurtTops(lijst: readonly BuurtTopSamenvattingDto[], gekozen: string): BuurtTopSamenvattingDto[] {
  return lijst.filter((b) => b.status === 'gehouden' || b.status === 'verwerkt' || b.id === gekozen);
}

/** The organisations that may lead an agenda: a residents' organisation, residents' group or wijkopbouwpunt (as the server holds). */
export function kanTrekken(o: OrganisatieSamenvattingDto): boolean {
  return o.soort === 'bewonersorganisatie' || o.soort === 'bewonersgroep' || o.soort === 'wijkopbouwpunt';
}
