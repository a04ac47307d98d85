import { BudgetCategorie, WijkbudgetDto } from '../api/api-client';

export const CATEGORIEEN: readonly BudgetCategorie[] = [
  'organisatorischeOndersteuning', 'activiteiten', 'bewonersinitiatieven', 'professioneleOndersteuning', 'overig',
];

export interface Staafdeel {
  categorie: BudgetCategorie;
  /** Where the part starts and how long it is, as a share of the largest year (0–100). */
  begin: number;
  lengte: number;
}

export interface Staaf {
  jaar: number;
  totaalEurocent: number;
  voorbehouden: boolean;
  delen: Staafdeel[];
}

/**
 * The budget over the years as bars: one per year, as long as that year's tranche relative to the largest year,
 * divided by purpose in the fixed order of the categories; categories without money that year are left out.
 */
export function budgetStaven(budget: WijkbudgetDto): Staaf[] {
  const grootste = Math.max(1, ...budget.tranches.map((t) => t.bedragEurocent));
  return budget.tranches.map((t) => {
    let begin = 0;
    const delen: Staafdeel[] = [];
    for (const categorie of CATEGORIEEN) {
      const eurocent = budget.regels
        .filter((r) => r.categorie === categorie)
        .reduce((som, r) => som + (r.bedragen.find((b) => b.jaar === t.jaar)?.bedragEurocent ?? 0), 0);
      if (eurocent === 0) continue;
      const lengte = (eurocent / grootste) * 100;
      delen.push({ categorie, begin, lengte });
      begin += lengte;
    }
    return { jaar: t.jaar, totaalEurocent: t.bedragEurocent, voorbehouden: t.status === 'voorbehouden', delen };
  });
}
