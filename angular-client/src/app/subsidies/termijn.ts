/** Where an application's beslistermijn stands on a given day (the API's `beslistermijn` is a date, "2026-03-01"). */
export interface Termijnstand {
  /** Days from `vandaag` to the deadline: 0 on the day itself, negative once it has passed. */
  dagenOver: number;
  verstreken: boolean;
}

const DAG = 24 * 60 * 60 * 1000;

/** Today's date as the API writes dates, in the reader's own time zone. */
export function vandaagIso(nu: Date = new Date()): string {
  const m = String(nu.getMonth() + 1).padStart(2, '0');
  const d = String(nu.getDate()).padStart(2, '0');
  return `${nu.getFullYear()}-${m}-${d}`;
}

/** Whole days between two ISO dates (both read as UTC midnight, so summer time does not shift a day). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG);
}

/** The stand of a deadline on `vandaag`; null when no deadline runs yet (a concept). */
export function termijnstand(beslistermijn: string | null, vandaag: string): Termijnstand | null {
  if (!beslistermijn) return null;
  const dagenOver = dagenTussen(vandaag, beslistermijn);
  return { dagenOver, verstreken: dagenOver < 0 };
}

/**
 * How many reviews a grant of `bedragEurocent` needs: two different reviewers from the regeling's threshold on (four
 * eyes, the same rule as the API's), else one.
 */
export function benodigdeBeoordelingen(bedragEurocent: number, vierOgenVanafEurocent: number): 1 | 2 {
  return bedragEurocent >= vierOgenVanafEurocent ? 2 : 1;
}
