import { describe, expect, it } from 'vitest';
import { PubliekePlekDto } from '../api/api-client';
import { grenzen, leesGetal, markeringen } from './plekken';

const plek = (id: string, locatie: { breedtegraad: number; lengtegraad: number } | null): PubliekePlekDto =>
  ({ id, wijkId: 'w', naam: `Plek ${id}`, soort: 'buurthuis', locatie, adres: locatie ? null : 'Dorpsstraat 1', eigenaar: 'gemeente', beheerdDoor: null,
    avondsOpen: false, vergadercapaciteit: null, huurregime: 'sociaal', status: 'actief', toelichting: null, gewijzigdOp: '2026-01-01T00:00:00Z' });

describe('markeringen', () => {
  it('maps places with coordinates to markers; places with only an address stay off the map', () => {
    const m = markeringen([plek('a', { breedtegraad: 52.37, lengtegraad: 4.89 }), plek('b', null)]);
    expect(m).toEqual([{ id: 'a', naam: 'Plek a', breedtegraad: 52.37, lengtegraad: 4.89, status: 'actief' }]);
  });
  it('bounds the markers', () => {
    const m = markeringen([plek('a', { breedtegraad: 52.3, lengtegraad: 4.9 }), plek('b', { breedtegraad: 52.4, lengtegraad: 4.8 })]);
    expect(grenzen(m)).toEqual([[52.3, 4.8], [52.4, 4.9]]);
    expect(grenzen([])).toBeNull();
  });
  it('reads decimal commas', () => {
    expect(leesGetal('52,37')).toBe(52.37);
    expect(leesGetal('')).toBeNull();
    expect(leesGetal('abc')).toBeNull();
  });
});
