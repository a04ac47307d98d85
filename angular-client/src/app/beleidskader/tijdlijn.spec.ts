import { BeleidskaderInhoudDto } from '../api/api-client';
import { tijdlijn } from './tijdlijn';

const inhoud = {
  tijdspanne: { programmaStart: '2026-01-01', programmaEind: '2029-12-31', verkiezingsdata: ['2030-03-20', '2026-03-18'] },
  pilots: [{ id: 'p1', gebiedId: 'w1', instrument: 'Buurtbudget', start: '2026-06-01', eind: '2027-06-01', evaluatiecriteria: 'x', status: 'lopend' }],
  overgangsperiodes: [{ id: 'o1', contract: 'Welzijn Noord', aanbieder: null, start: '2025-01-01', eind: '2026-12-31', opvolging: 'Subsidie' }],
} as unknown as BeleidskaderInhoudDto;

describe('tijdlijn', () => {
  it('zet pilots, overgangsperiodes en verkiezingen op volgorde van datum en markeert wat buiten het programma valt', () => {
    const items = tijdlijn(inhoud, (id) => (id === 'w1' ? 'Noord' : id));
    expect(items.map((i) => [i.soort, i.tekst, i.start, i.eind, i.buitenProgramma])).toEqual([
      ['overgang', 'Welzijn Noord, daarna: Subsidie', '2025-01-01', '2026-12-31', true],
      ['verkiezing', 'Gemeenteraadsverkiezingen', '2026-03-18', null, false],
      ['pilot', 'Buurtbudget in Noord', '2026-06-01', '2027-06-01', false],
      ['verkiezing', 'Gemeenteraadsverkiezingen', '2030-03-20', null, true],
    ]);
    expect(items[2].status).toBe('lopend');
  });

  it('markeert niets zonder tijdspanne', () => {
    expect(tijdlijn({ ...inhoud, tijdspanne: null }, (id) => id).some((i) => i.buitenProgramma)).toBe(false);
  });
});
