import { Bestuursniveau, DelegatieDto, Zeggenschap } from '../api/api-client';

export const NIVEAUS: readonly Bestuursniveau[] = ['gemeente', 'wijk', 'buurt'];

export interface MatrixRij {
  besluittype: string;
  /** Per level what it may do for this kind of decision (empty: no role). */
  cellen: Record<Bestuursniveau, Zeggenschap[]>;
}

/** The delegation list as a matrix: one row per kind of decision (in the order they first appear), a column per level. */
export function delegatiematrix(delegaties: readonly DelegatieDto[]): MatrixRij[] {
  const rijen = new Map<string, MatrixRij>();
  for (const d of delegaties) {
    const sleutel = d.besluittype.trim();
    let rij = rijen.get(sleutel);
    if (!rij) {
      rij = { besluittype: sleutel, cellen: { gemeente: [], wijk: [], buurt: [] } };
      rijen.set(sleutel, rij);
    }
    if (!rij.cellen[d.niveau].includes(d.zeggenschap)) rij.cellen[d.niveau].push(d.zeggenschap);
  }
  return [...rijen.values()];
}
