import { describe, expect, it } from 'vitest';
import { formatEuro, leesEuro, mijlpaalStaat } from './weergave';

describe('leesEuro', () => {
  it('reads Dutch and English decimals into eurocents', () => {
    expect(leesEuro('125,50')).toBe(12550);
    expect(leesEuro('125.5')).toBe(12550);
    expect(leesEuro('€ 40')).toBe(4000);
  });
  it('refuses negatives and text', () => {
    expect(leesEuro('-1')).toBeNull();
    expect(leesEuro('veel')).toBeNull();
    expect(leesEuro('')).toBeNull();
  });
  it('formats back', () => expect(formatEuro(12550)).toMatch(/125,50/));
});

describe('mijlpaalStaat', () => {
  const vandaag = '2026-12-02';
  it('is done when done, whatever the date', () => expect(mijlpaalStaat({ datum: '2026-01-01', gereed: true }, vandaag)).toBe('gereed'));
  it('is overdue past its date', () => expect(mijlpaalStaat({ datum: '2026-12-01', gereed: false }, vandaag)).toBe('achterstallig'));
  it('is due within the days', () => expect(mijlpaalStaat({ datum: '2026-12-16', gereed: false }, vandaag)).toBe('binnenkort'));
  it('is planned later', () => expect(mijlpaalStaat({ datum: '2026-12-17', gereed: false }, vandaag)).toBe('gepland'));
});
