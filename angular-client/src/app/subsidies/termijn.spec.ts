import { benodigdeBeoordelingen, dagenTussen, termijnstand, vandaagIso } from './termijn';

describe('termijn', () => {
  it('counts whole days between dates, across a change to summer time', () => {
    expect(dagenTussen('2026-03-28', '2026-03-30')).toBe(2);
    expect(dagenTussen('2026-12-31', '2027-01-01')).toBe(1);
    expect(dagenTussen('2026-05-10', '2026-05-01')).toBe(-9);
  });

  it('gives no stand while no deadline runs', () => {
    expect(termijnstand(null, '2026-05-01')).toBeNull();
  });

  it('is not overdue on the day itself, and overdue the day after', () => {
    expect(termijnstand('2026-05-01', '2026-05-01')).toEqual({ dagenOver: 0, verstreken: false });
    expect(termijnstand('2026-05-01', '2026-05-02')).toEqual({ dagenOver: -1, verstreken: true });
    expect(termijnstand('2026-05-15', '2026-05-01')).toEqual({ dagenOver: 14, verstreken: false });
  });

  it('writes today as an ISO date in local time', () => {
    expect(vandaagIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('needs two reviews from the four-eyes threshold on, one below it', () => {
    expect(benodigdeBeoordelingen(249_999, 250_000)).toBe(1);
    expect(benodigdeBeoordelingen(250_000, 250_000)).toBe(2);
  });
});
