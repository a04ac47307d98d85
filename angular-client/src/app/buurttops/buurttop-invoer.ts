import { BuurtTopDto, CreateBuurtTopCommand, OrganisatorDto, TaakgroeplidDto, UpdateBuurtTopCommand } from '../api/api-client';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { leesEuro } from './weergave';

/** What the announce/edit form holds; `soort` '' means: no organiser yet. */
export interface BuurtTopInvoer {
  wijkId: string;
  titel: string;
  datum: string;
  plek: string;
  capaciteit: string;
  soort: '' | OrganisatorDto['soort'];
  team: string[];
  financieringsbron: string;
  financiering: string;
  /** A task group's members, one a line: "name, role". */
  taakgroep: string;
}

export const nieuweInvoer = (): BuurtTopInvoer => ({
  wijkId: '', titel: '', datum: '', plek: '', capaciteit: '', soort: '', team: [], financieringsbron: '', financiering: '', taakgroep: '',
});

export function invoerVan(b: BuurtTopDto): BuurtTopInvoer {
  const o = b.organisator;
  return {
    wijkId: b.wijkId,
    titel: b.titel,
    datum: b.datum,
    plek: b.plek ?? '',
    capaciteit: b.capaciteit === null ? '' : String(b.capaciteit),
    soort: o?.soort ?? '',
    team: o?.team.map((t) => t.id) ?? [],
    financieringsbron: o?.financieringsbron ?? '',
    financiering: o && o.financieringEurocent > 0 ? (o.financieringEurocent / 100).toFixed(2).replace('.', ',') : '',
    taakgroep: o?.taakgroep.map((l) => `${l.naam}, ${l.rol}`).join('\n') ?? '',
  };
}

const ROLLEN: readonly TaakgroeplidDto['rol'][] = ['bewoner', 'professional', 'ambtenaar'];

/** "Fatima, bewoner" lines as members; null when a line has no known role after its last comma. */
export function leesTaakgroep(tekst: string): TaakgroeplidDto[] | null {
  const leden: TaakgroeplidDto[] = [];
  for (const regel of tekst.split('\n').map((r) => r.trim()).filter((r) => r)) {
    const komma = regel.lastIndexOf(',');
    const rol = ROLLEN.find((r) => r === regel.slice(komma + 1).trim().toLowerCase());
    const naam = regel.slice(0, komma).trim();
    if (komma < 0 || !rol || !naam) return null;
    leden.push({ naam, rol });
  }
  return leden;
}

export type BuurtTopVeld = 'wijkId' | 'titel' | 'datum' | 'plek' | 'capaciteit' | 'organisator' | 'taakgroep' | 'financiering';

/** The client's checks; the server checks again (e.g. a date still to come, who may be on the team). */
export function controleer(i: BuurtTopInvoer, nieuw: boolean): Partial<Record<BuurtTopVeld, string[]>> {
  return {
    wijkId: nieuw && !i.wijkId ? [T.wijkVerplicht] : [],
    titel: i.titel.trim() ? [] : [T.titelVerplicht],
    datum: i.datum ? [] : [T.datumVerplicht],
    capaciteit: i.capaciteit.trim() && !/^[1-9]\d*$/.test(i.capaciteit.trim()) ? [T.getalOngeldig] : [],
    taakgroep: i.soort === 'taakgroep' && leesTaakgroep(i.taakgroep) === null ? [T.taakgroepOngeldig] : [],
    financiering: i.soort && i.financiering.trim() && leesEuro(i.financiering) === null ? [T.financieringOngeldig] : [],
  };
}

function organisator(i: BuurtTopInvoer): OrganisatorDto | null {
  if (!i.soort) return null;
  return {
    soort: i.soort,
    team: i.team,
    taakgroep: i.soort === 'taakgroep' ? (leesTaakgroep(i.taakgroep) ?? []) : [],
    financieringsbron: i.financieringsbron.trim() || null,
    financieringEurocent: leesEuro(i.financiering) ?? 0,
  };
}

export function naarUpdate(i: BuurtTopInvoer): UpdateBuurtTopCommand {
  return {
    titel: i.titel.trim(),
    datum: i.datum,
    plek: i.plek.trim() || null,
    capaciteit: i.capaciteit.trim() ? Number(i.capaciteit) : null,
    organisator: organisator(i),
  };
}

export const naarCreate = (i: BuurtTopInvoer): CreateBuurtTopCommand => ({ wijkId: i.wijkId, ...naarUpdate(i) });
