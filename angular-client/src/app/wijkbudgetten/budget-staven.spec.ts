import { WijkbudgetDto } from '../api/api-client';
import { budgetStaven } from './budget-staven';

function budget(): WijkbudgetDto {
  const regel = (categorie: string, bedragen: [number, number][]) => ({ categorie, bedragen: bedragen.map(([jaar, bedragEurocent]) => ({ jaar, bedragEurocent })) });
  return {
    tranches: [
      { jaar: 2027, bedragEurocent: 100_00, status: 'vrijgegeven', vrijgegevenOp: '2026-11-10' },
      { jaar: 2028, bedragEurocent: 50_00, status: 'voorbehouden', vrijgegevenOp: null },
    ],
    regels: [regel('activiteiten', [[2027, 60_00], [2028, 50_00]]), regel('organisatorischeOndersteuning', [[2027, 40_00], [2028, 0]])],
  } as unknown as WijkbudgetDto;
}

describe('budgetStaven', () => {
  it('geeft per jaar een staaf naar verhouding van het grootste jaar, in de vaste volgorde van de doelen', () => {
    const [eerste, tweede] = budgetStaven(budget());
    expect(eerste.delen).toEqual([
      { categorie: 'organisatorischeOndersteuning', begin: 0, lengte: 40 },
      { categorie: 'activiteiten', begin: 40, lengte: 60 },
    ]);
    expect(tweede.delen).toEqual([{ categorie: 'activiteiten', begin: 0, lengte: 50 }]);
  });

  it('noemt het jaar, het totaal en of het nog onder begrotingsvoorbehoud staat', () => {
    const staven = budgetStaven(budget());
    expect(staven.map((s) => [s.jaar, s.totaalEurocent, s.voorbehouden])).toEqual([[2027, 100_00, false], [2028, 50_00, true]]);
  });

  it('blijft leeg maar heel bij een budget zonder bedragen', () => {
    const leeg = { tranches: [{ jaar: 2027, bedragEurocent: 0, status: 'voorbehouden', vrijgegevenOp: null }], regels: [] } as unknown as WijkbudgetDto;
    expect(budgetStaven(leeg)).toEqual([{ jaar: 2027, totaalEurocent: 0, voorbehouden: true, delen: [] }]);
  });
});
