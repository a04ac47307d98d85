import { describe, expect, it } from 'vitest';
import { CijferDto } from '../api/api-client';
import { afbreken, grafiekData, lenzen, procent } from './cijfers';

const c = (maatstaf: string, waarde: number | null, gemeente: number | null = null, vorigJaar: number | null = null): CijferDto =>
  ({ maatstaf, titel: maatstaf, eenheid: '%', waarde, bron: 'CBS', jaar: 2025, gemeente, vorigJaar });

describe('lenzen (G-6)', () => {
  it('puts vitality first, beside problems', () => {
    const l = lenzen({ vitaliteit: [c('vrijwilligers', 30)], problemen: [c('armoede', 12)], context: [], vitaliteitOntbreekt: null });
    expect(l.map((x) => x.titel)).toEqual(['Wat de wijk sterk maakt', 'Waar de wijk mee worstelt']);
    expect(l[0].cijfers).toHaveLength(1);
    expect(l[0].ontbreekt).toBeNull();
  });
  it('shows the missing-vitality sentence instead of an empty group', () => {
    const l = lenzen({ vitaliteit: [], problemen: [c('armoede', 12)], context: [], vitaliteitOntbreekt: 'Er zijn geen cijfers over wat de wijk sterk maakt.' });
    expect(l[0].sleutel).toBe('vitaliteit');
    expect(l[0].ontbreekt).toBe('Er zijn geen cijfers over wat de wijk sterk maakt.');
    expect(l[0].cijfers).toEqual([]);
  });
});

describe('grafiekData', () => {
  it('has a series for the wijk, the gemeente and the previous year, with gaps for unknown values', () => {
    const d = grafiekData([c('vrijwilligers', 30, 25, null), c('buurtkracht', null, 6.5, 6.1)]);
    expect(d.labels).toEqual([['vrijwilligers', '(%)'], ['buurtkracht (%)']]);
    expect(d.datasets.map((s) => s.label)).toEqual(['Wijk', 'Gemeente', 'Vorig jaar']);
    expect(d.datasets.map((s) => s.data)).toEqual([[30, null], [25, 6.5], [null, 6.1]]);
  });
});

describe('procent', () => {
  it('shows wijkgebondenheid as a whole percentage', () => {
    expect(procent(0.755)).toBe('76%');
    expect(procent(null)).toBe('onbekend');
  });
});

describe('afbreken', () => {
  it('wraps a long label into lines that fit a phone', () => {
    expect(afbreken('Bevolkingsdichtheid (aantal inwoners per km²)')).toEqual(['Bevolkingsdichtheid', '(aantal inwoners', 'per km²)']);
  });
});
