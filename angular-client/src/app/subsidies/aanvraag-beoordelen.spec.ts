import { NIVEAUS, zonderOordeel } from './aanvraag-beoordelen';

describe('the review rubric', () => {
  it('has three levels, lowest first, and nothing to add up (G-1)', () => {
    expect(NIVEAUS).toEqual(['voldoetNiet', 'voldoetDeels', 'voldoet']);
  });

  it('names the criteria that have no level yet, in the regeling order', () => {
    expect(zonderOordeel(['Van bewoners', 'Open voor de buurt', 'Agenda'], { 'Open voor de buurt': 'voldoet' })).toEqual(['Van bewoners', 'Agenda']);
    expect(zonderOordeel(['Van bewoners'], { 'Van bewoners': 'voldoetNiet' })).toEqual([]);
  });
});
