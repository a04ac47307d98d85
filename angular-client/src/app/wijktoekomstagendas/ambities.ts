import { AmbitieDto, AmbitieStatus } from '../api/api-client';

const STAPPEN: readonly AmbitieStatus[] = ['gedroomd', 'geagendeerd', 'opgepakt', 'gerealiseerd'];

/** The states an ambition may go to: the next step, or let go (from any state before realised or let go). */
export function volgendeStanden(status: AmbitieStatus): AmbitieStatus[] {
  const i = STAPPEN.indexOf(status);
  if (i < 0 || i === STAPPEN.length - 1) return [];
  return [STAPPEN[i + 1], 'losgelaten'];
}

export interface AmbitieGroep {
  /** The public value's id, or null for the residents' own goals. */
  waardeId: string | null;
  naam: string | null;
  ambities: AmbitieDto[];
}

/**
 * The ambitions grouped by the public value they contribute to, groups in the order their first ambition was written
 * and the ambitions within a group in the order written; the own goals (and any without a value) last, apart. No
 * sorting by anything else: the agenda does not rank (G-1).
 */
export function groepeer(ambities: readonly AmbitieDto[]): AmbitieGroep[] {
  const groepen = new Map<string, AmbitieGroep>();
  const eigen: AmbitieDto[] = [];
  for (const a of ambities) {
    if (a.eigenDoel || !a.publiekeWaardeId) {
      eigen.push(a);
      continue;
    }
    const g = groepen.get(a.publiekeWaardeId) ?? { waardeId: a.publiekeWaardeId, naam: a.publiekeWaardeNaam ?? '', ambities: [] };
    g.ambities.push(a);
    groepen.set(a.publiekeWaardeId, g);
  }
  return [...groepen.values(), ...(eigen.length ? [{ waardeId: null, naam: null, ambities: eigen }] : [])];
}
