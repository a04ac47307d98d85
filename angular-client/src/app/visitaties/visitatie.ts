import {
  CreateVisitatiecyclusCommand, Onderwerpsoort, Panelrol, UpdateVisitatiecyclusCommand, VervolgactieDto, VisitatieStatus, VisitatiecyclusDto,
} from '../api/api-client';
import { BadgeSoort } from '../gedeeld/status-badge';

/** The steps of a visitatie in order (the server's VisitatieStatus). */
export const STAPPEN: readonly VisitatieStatus[] = [
  'gepland', 'panelSamengesteld', 'zelfreflectie', 'gesprekken', 'conceptrapport', 'reactie', 'vastgesteld', 'opvolging', 'afgerond',
];

/** Whether a step is done, the current one, or still to come. */
export function stapStand(status: VisitatieStatus, stap: VisitatieStatus): 'klaar' | 'nu' | 'later' {
  const nu = STAPPEN.indexOf(status);
  const i = STAPPEN.indexOf(stap);
  return i < nu || status === 'afgerond' ? 'klaar' : i === nu ? 'nu' : 'later';
}

/** True once the status is at or past `stap`. */
export function voorbij(status: VisitatieStatus, stap: VisitatieStatus): boolean {
  return STAPPEN.indexOf(status) >= STAPPEN.indexOf(stap);
}

/** Badge of a status: adopted and later good, the report stages awaiting someone a warning, the rest neutral. */
export function statusSoort(status: VisitatieStatus): BadgeSoort {
  return voorbij(status, 'vastgesteld') ? 'success' : status === 'conceptrapport' || status === 'reactie' ? 'warning' : 'neutral';
}

/** The shortest narrative the server accepts with a mark (Visitatie.KortsteToelichting). */
export const KORTSTE_TOELICHTING = 40;

/** An open follow-up action past its deadline. */
export function isTeLaat(actie: Pick<VervolgactieDto, 'uiterlijk' | 'gereedOp'>, vandaag: string): boolean {
  return !actie.gereedOp && actie.uiterlijk < vandaag;
}

export interface PerspectiefRegel {
  id: string | null;
  naam: string;
  omschrijving: string;
}

export interface CyclusInvoer {
  naam: string;
  soort: Onderwerpsoort | '';
  cadansMaanden: string;
  reactietermijnDagen: string;
  perspectieven: PerspectiefRegel[];
}

export type CyclusFout = 'naam' | 'soort' | 'cadansMaanden' | 'reactietermijnDagen' | 'perspectieven';

/** The server's four defaults (Perspectief.Standaard, stored in Dutch), as the form shows them for a new cycle; sent unchanged they are sent as null. */
export const STANDAARD_PERSPECTIEVEN: readonly PerspectiefRegel[] = [
  { id: null, naam: 'Presteren naar opgaven', omschrijving: 'Doet het werk wat de wijktoekomstagenda en de bewoners vragen, en kent het de wijk, haar geschiedenis en haar verbinders?' },
  { id: null, naam: 'Presteren volgens belanghebbenden', omschrijving: 'Wat zeggen bewoners, partners en de gemeente over het werk: dienstbaar aan bewoners, de kring groter gemaakt?' },
  { id: null, naam: 'Presteren naar vermogen', omschrijving: 'Bouwt het werk voort op wat er al is in de wijk, en blijven mensen en kennis lang genoeg om te dragen?' },
  { id: null, naam: 'Governance', omschrijving: 'Hebben bewoners zeggenschap over het werk, en wordt er geleerd van wat lukt en wat niet?' },
];

/** What the form can check before sending; the server checks again. */
export function controleerCyclus(c: CyclusInvoer): Partial<Record<CyclusFout, CyclusFout>> {
  const fouten: Partial<Record<CyclusFout, CyclusFout>> = {};
  if (!c.naam.trim()) fouten.naam = 'naam';
  if (!c.soort) fouten.soort = 'soort';
  const cadans = geheel(c.cadansMaanden);
  if (cadans === null || cadans < 6 || cadans > 60) fouten.cadansMaanden = 'cadansMaanden';
  const termijn = geheel(c.reactietermijnDagen);
  if (termijn === null || termijn < 14) fouten.reactietermijnDagen = 'reactietermijnDagen';
  const namen = c.perspectieven.map((p) => p.naam.trim().toLowerCase());
  if (c.perspectieven.length < 1 || c.perspectieven.length > 8 || c.perspectieven.some((p) => !p.naam.trim() || !p.omschrijving.trim())
    || new Set(namen).size !== namen.length) fouten.perspectieven = 'perspectieven';
  return fouten;
}

function geheel(tekst: string): number | null {
  return /^\d{1,4}$/.test(tekst.trim()) ? Number(tekst.trim()) : null;
}

function gelijkAanStandaard(perspectieven: readonly PerspectiefRegel[]): boolean {
  return perspectieven.length === STANDAARD_PERSPECTIEVEN.length
    && perspectieven.every((p, i) => !p.id && p.naam.trim() === STANDAARD_PERSPECTIEVEN[i].naam && p.omschrijving.trim() === STANDAARD_PERSPECTIEVEN[i].omschrijving);
}

function regels(perspectieven: readonly PerspectiefRegel[]) {
  return perspectieven.map((p) => ({ id: p.id, naam: p.naam.trim(), omschrijving: p.omschrijving.trim() }));
}

/** The POST body: unchanged defaults are null, so the server's own four apply. */
export function nieuweCyclusVerzoek(c: CyclusInvoer): CreateVisitatiecyclusCommand {
  return {
    naam: c.naam.trim(), soort: c.soort as Onderwerpsoort, cadansMaanden: Number(c.cadansMaanden), reactietermijnDagen: Number(c.reactietermijnDagen),
    perspectieven: gelijkAanStandaard(c.perspectieven) ? null : regels(c.perspectieven),
  };
}

/** The PUT body: every field, the kept perspectives with their id. */
export function cyclusWijzigVerzoek(c: CyclusInvoer): UpdateVisitatiecyclusCommand {
  return { naam: c.naam.trim(), cadansMaanden: Number(c.cadansMaanden), reactietermijnDagen: Number(c.reactietermijnDagen), perspectieven: regels(c.perspectieven) };
}

export function invoerVanCyclus(c: VisitatiecyclusDto): CyclusInvoer {
  return {
    naam: c.naam, soort: c.soort, cadansMaanden: String(c.cadansMaanden), reactietermijnDagen: String(c.reactietermijnDagen),
    perspectieven: c.perspectieven.map((p) => ({ id: p.id, naam: p.naam, omschrijving: p.omschrijving })),
  };
}

export interface PanellidInvoer {
  gebruiker: string;
  rol: Panelrol | '';
  woonwijk: string;
  organisaties: string[];
  belang: string;
}

export type PanellidFout = 'gebruiker' | 'rol' | 'woonwijk';

/** A resident needs the wijk they live in; whether it is the reviewed one the server judges (its message says so). */
export function controleerPanellid(p: PanellidInvoer): Partial<Record<PanellidFout, PanellidFout>> {
  const fouten: Partial<Record<PanellidFout, PanellidFout>> = {};
  if (!p.gebruiker) fouten.gebruiker = 'gebruiker';
  if (!p.rol) fouten.rol = 'rol';
  if (p.rol === 'bewoner' && !p.woonwijk) fouten.woonwijk = 'woonwijk';
  return fouten;
}
