import { leesLessen, leesProgramma } from './conferentie';

describe('conference input', () => {
  it('reads a programme of a time and a part per line, and refuses a line without a time', () => {
    expect(leesProgramma('19:30 Verhalen\n\n20.15  Tafelgesprekken ')).toEqual([
      { tijd: '19:30', onderdeel: 'Verhalen', door: null },
      { tijd: '20:15', onderdeel: 'Tafelgesprekken', door: null },
    ]);
    expect(leesProgramma('Verhalen om half acht')).toBeNull();
    expect(leesProgramma('')).toEqual([]);
  });

  it('reads the lessons one per line, without empty ones', () => {
    expect(leesLessen(' Een vaste tafel werkt.\n\nVraag ouderen zelf.')).toEqual(['Een vaste tafel werkt.', 'Vraag ouderen zelf.']);
  });
});
