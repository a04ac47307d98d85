import { describe, expect, it } from 'vitest';
import { AmbitieDto } from '../api/api-client';
import { groepeer, volgendeStanden } from './ambities';

function ambitie(id: string, waarde: string | null, eigenDoel = false): AmbitieDto {
  return {
    id, titel: id, tekst: '', publiekeWaardeId: waarde, publiekeWaardeNaam: waarde ? `waarde ${waarde}` : null, eigenDoel, status: 'gedroomd',
    losgelatenReden: null, herkomst: { kant: 'bewoners', auteur: 'x', op: '2026-01-01' } as AmbitieDto['herkomst'], werkgroepen: [], opmerkingen: [],
  };
}

describe('groepeer (G-1: the order written, no ranking)', () => {
  it('groups by publieke waarde in the order of the first ambitie written, own goals last and apart', () => {
    const g = groepeer([ambitie('a', 'w2'), ambitie('b', null, true), ambitie('c', 'w1'), ambitie('d', 'w2')]);
    expect(g.map((x) => x.waardeId)).toEqual(['w2', 'w1', null]);
    expect(g[0].ambities.map((a) => a.id)).toEqual(['a', 'd']);
    expect(g[2].ambities.map((a) => a.id)).toEqual(['b']);
  });

  it('has no own-goal group when there are none', () => {
    expect(groepeer([ambitie('a', 'w1')]).map((x) => x.naam)).toEqual(['waarde w1']);
  });
});

describe('volgendeStanden', () => {
  it('offers one step on or letting go, nothing after realised or let go', () => {
    expect(volgendeStanden('gedroomd')).toEqual(['geagendeerd', 'losgelaten']);
    expect(volgendeStanden('opgepakt')).toEqual(['gerealiseerd', 'losgelaten']);
    expect(volgendeStanden('gerealiseerd')).toEqual([]);
    expect(volgendeStanden('losgelaten')).toEqual([]);
  });
});
