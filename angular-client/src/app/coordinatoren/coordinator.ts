import { CoordinatorDto, CreateCoordinatorCommand } from '../api/api-client';
import { parseUren, urenInvoer } from '../opdrachten/opdracht';

/** The most hours a week a coordinator works (the server's Coordinator.MeesteUrenPerWeek). */
export const MEESTE_UREN_PER_WEEK = 40;

export interface CoordinatorInvoer {
  host: string;
  naam: string;
  functie: string;
  urenPerWeek: string;
  inDienstSinds: string;
  uitDienstPer: string;
  groepen: readonly string[];
  toelichting: string;
}

export type CoordinatorVeld = keyof CoordinatorInvoer;

/** What the form can check before sending; the server checks again (and that every group is one of this host's). */
export function controleerCoordinator(c: CoordinatorInvoer): Partial<Record<CoordinatorVeld, CoordinatorVeld>> {
  const fouten: Partial<Record<CoordinatorVeld, CoordinatorVeld>> = {};
  if (!c.host) fouten.host = 'host';
  if (!c.naam.trim()) fouten.naam = 'naam';
  if (!c.functie.trim()) fouten.functie = 'functie';
  const uren = parseUren(c.urenPerWeek);
  if (uren === null || uren > MEESTE_UREN_PER_WEEK) fouten.urenPerWeek = 'urenPerWeek';
  if (!c.inDienstSinds) fouten.inDienstSinds = 'inDienstSinds';
  if (c.uitDienstPer && c.inDienstSinds && c.uitDienstPer < c.inDienstSinds) fouten.uitDienstPer = 'uitDienstPer';
  if (c.toelichting.trim().length > 1000) fouten.toelichting = 'toelichting';
  return fouten;
}

/** The body of a POST (a PUT takes the same without the host): every member, an empty end date or note as null. */
export function coordinatorVerzoek(c: CoordinatorInvoer): CreateCoordinatorCommand {
  return {
    hostorganisatieId: c.host, naam: c.naam.trim(), functie: c.functie.trim(), urenPerWeek: parseUren(c.urenPerWeek) ?? 0,
    inDienstSinds: c.inDienstSinds, uitDienstPer: c.uitDienstPer || null, administratieIds: [...c.groepen],
    toelichting: c.toelichting.trim() || null,
  };
}

export function invoerVanCoordinator(c: CoordinatorDto): CoordinatorInvoer {
  return {
    host: c.hostId, naam: c.naam, functie: c.functie, urenPerWeek: urenInvoer(c.urenPerWeek), inDienstSinds: c.inDienstSinds,
    uitDienstPer: c.uitDienstPer ?? '', groepen: c.groepen.map((g) => g.administratieId), toelichting: c.toelichting ?? '',
  };
}
