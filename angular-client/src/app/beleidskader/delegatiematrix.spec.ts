import { delegatiematrix } from './delegatiematrix';

describe('delegatiematrix', () => {
  it('maakt één rij per soort besluit met per niveau de zeggenschap', () => {
    const rijen = delegatiematrix([
      { besluittype: 'Buurtbudget', niveau: 'buurt', zeggenschap: 'beslist' },
      { besluittype: 'Welzijnsopdracht', niveau: 'gemeente', zeggenschap: 'beslist' },
      { besluittype: 'Buurtbudget', niveau: 'wijk', zeggenschap: 'adviseert' },
      { besluittype: 'Welzijnsopdracht', niveau: 'wijk', zeggenschap: 'beslistMee' },
    ]);
    expect(rijen).toEqual([
      { besluittype: 'Buurtbudget', cellen: { gemeente: [], wijk: ['adviseert'], buurt: ['beslist'] } },
      { besluittype: 'Welzijnsopdracht', cellen: { gemeente: ['beslist'], wijk: ['beslistMee'], buurt: [] } },
    ]);
  });

  it('voegt dubbele regels samen en negeert spaties rond het besluittype', () => {
    const rijen = delegatiematrix([
      { besluittype: 'Buurtbudget ', niveau: 'buurt', zeggenschap: 'beslist' },
      { besluittype: 'Buurtbudget', niveau: 'buurt', zeggenschap: 'beslist' },
      { besluittype: 'Buurtbudget', niveau: 'buurt', zeggenschap: 'adviseert' },
    ]);
    expect(rijen).toEqual([{ besluittype: 'Buurtbudget', cellen: { gemeente: [], wijk: [], buurt: ['beslist', 'adviseert'] } }]);
  });

  it('is leeg zonder delegaties', () => {
    expect(delegatiematrix([])).toEqual([]);
  });
});
