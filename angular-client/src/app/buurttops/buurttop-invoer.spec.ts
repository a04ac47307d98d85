import { controleer, leesTaakgroep, naarCreate, naarUpdate, nieuweInvoer } from './buurttop-invoer';

describe('buurttop-invoer', () => {
  it('reads the task group one member a line, the role after the last comma', () => {
    expect(leesTaakgroep('Fatima, bewoner\n\n Jansen, wijkagent , PROFESSIONAL ')).toEqual([
      { naam: 'Fatima', rol: 'bewoner' },
      { naam: 'Jansen, wijkagent', rol: 'professional' },
    ]);
    expect(leesTaakgroep('Fatima, bewoner\nJan de Vries, ambtenaar')).toEqual([{ naam: 'Fatima', rol: 'bewoner' }, { naam: 'Jan de Vries', rol: 'ambtenaar' }]);
    expect(leesTaakgroep('Fatima')).toBeNull();
    expect(leesTaakgroep('Fatima, buurman')).toBeNull();
  });

  it('asks for wijk, title and date; the wijk only when announcing', () => {
    const leeg = nieuweInvoer();
    expect(controleer(leeg, true)).toMatchObject({ wijkId: [expect.any(String)], titel: [expect.any(String)], datum: [expect.any(String)] });
    expect(controleer(leeg, false).wijkId).toEqual([]);
    expect(controleer({ ...leeg, capaciteit: '0' }, false).capaciteit).toHaveLength(1);
    expect(controleer({ ...leeg, soort: 'taakgroep', taakgroep: 'Fatima' }, false).taakgroep).toHaveLength(1);
  });

  it('sends every field, no organiser while none is chosen, members only for a task group', () => {
    const i = { ...nieuweInvoer(), wijkId: 'w1', titel: ' Top ', datum: '2027-01-30', plek: ' ', capaciteit: '40' };
    expect(naarCreate(i)).toEqual({ wijkId: 'w1', titel: 'Top', datum: '2027-01-30', plek: null, capaciteit: 40, organisator: null });
    const o = { ...i, soort: 'wijkopbouwpunt' as const, team: ['o1'], taakgroep: 'Fatima, bewoner', financiering: '250,50' };
    expect(naarUpdate(o).organisator).toEqual({ soort: 'wijkopbouwpunt', team: ['o1'], taakgroep: [], financieringsbron: null, financieringEurocent: 25050 });
  });
});
