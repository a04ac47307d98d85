import { controleerAfwikkeling, kaderTreden, kanVaststellen, parseProcent, verrekening, verslagVragen, verslagstand } from './verantwoording';

const verlening = { soort: 'verlening' as const, inSteekproef: false, verslagUiterlijk: '2027-03-31', vaststellingId: null };

describe('verantwoording', () => {
  it('asks no report below the lowest threshold, unless the subsidy was drawn in the steekproef', () => {
    expect(verslagVragen({ ...verlening, niveau: 'zonderVerslag' })).toBeNull();
    expect(verslagVragen({ ...verlening, niveau: 'zonderVerslag', inSteekproef: true })).toEqual({ activiteiten: true, financieel: false });
  });

  it('asks the financial part only of the highest tier', () => {
    expect(verslagVragen({ ...verlening, niveau: 'activiteitenverslag' })).toEqual({ activiteiten: true, financieel: false });
    expect(verslagVragen({ ...verlening, niveau: 'verslagEnJaarrekening' })).toEqual({ activiteiten: true, financieel: true });
  });

  it('asks nothing on a weigering', () => {
    expect(verslagVragen({ soort: 'weigering', niveau: null, inSteekproef: false })).toBeNull();
  });

  it('tells a report expected from one that is late, submitted or no longer needed', () => {
    const b = { ...verlening, niveau: 'activiteitenverslag' as const };
    expect(verslagstand(b, false, '2027-03-31')).toBe('verwacht');
    expect(verslagstand(b, false, '2027-04-01')).toBe('teLaat');
    expect(verslagstand(b, true, '2027-04-01')).toBe('ingediend');
    expect(verslagstand({ ...b, vaststellingId: 'v' }, true, '2027-04-01')).toBe('vastgesteld');
    expect(verslagstand({ ...b, niveau: 'zonderVerslag' }, false, '2028-01-01')).toBe('geenVerslag');
  });

  it('lets the gemeente set a subsidy once the report it needs is in', () => {
    const b = { ...verlening, niveau: 'activiteitenverslag' as const };
    expect(kanVaststellen(b, false)).toBe(false);
    expect(kanVaststellen(b, true)).toBe(true);
    expect(kanVaststellen({ ...b, niveau: 'zonderVerslag' }, false)).toBe(true);
    expect(kanVaststellen({ ...b, niveau: 'zonderVerslag', inSteekproef: true }, false)).toBe(false);
    expect(kanVaststellen({ ...b, vaststellingId: 'v' }, true)).toBe(false);
  });

  it('offsets the paid voorschotten: nabetaling, niets or terugvordering', () => {
    expect(verrekening(150_000, 100_000)).toEqual({ uitkomst: 'nabetaling', saldoEurocent: 50_000 });
    expect(verrekening(100_000, 100_000)).toEqual({ uitkomst: 'niets', saldoEurocent: 0 });
    expect(verrekening(80_000, 100_000)).toEqual({ uitkomst: 'terugvordering', saldoEurocent: 20_000 });
  });

  it('reads a whole percentage from 0 to 100', () => {
    expect(parseProcent('10')).toBe(10);
    expect(parseProcent(' 25 %')).toBe(25);
    expect(parseProcent('0')).toBe(0);
    expect(parseProcent('100')).toBe(100);
    expect(parseProcent('101')).toBeNull();
    expect(parseProcent('7,5')).toBeNull();
    expect(parseProcent('')).toBeNull();
  });

  it('lists the tiers of a kader, leaving out an empty one', () => {
    expect(kaderTreden(2_500_000, 12_500_000)).toEqual([
      { niveau: 'zonderVerslag', vanaf: 0, tot: 2_500_000 },
      { niveau: 'activiteitenverslag', vanaf: 2_500_000, tot: 12_500_000 },
      { niveau: 'verslagEnJaarrekening', vanaf: 12_500_000, tot: null },
    ]);
    expect(kaderTreden(0, 10_000).map((t) => t.niveau)).toEqual(['activiteitenverslag', 'verslagEnJaarrekening']);
    expect(kaderTreden(10_000, 10_000).map((t) => t.niveau)).toEqual(['zonderVerslag', 'verslagEnJaarrekening']);
  });

  it('takes a settling payment above nil up to what is open, dated not later than today, with a reference', () => {
    const vandaag = '2026-12-03';
    expect(controleerAfwikkeling({ bedragEurocent: 120_000, datum: vandaag, kenmerk: 'NABET-1' }, 120_000, vandaag)).toEqual([]);
    expect(controleerAfwikkeling({ bedragEurocent: 120_001, datum: '2026-12-04', kenmerk: ' ' }, 120_000, vandaag)).toEqual(['bedrag', 'datum', 'kenmerk']);
    expect(controleerAfwikkeling({ bedragEurocent: null, datum: vandaag, kenmerk: 'X' }, 120_000, vandaag)).toEqual(['bedrag']);
    expect(controleerAfwikkeling({ bedragEurocent: 0, datum: vandaag, kenmerk: 'X' }, 120_000, vandaag)).toEqual(['bedrag']);
  });
});
