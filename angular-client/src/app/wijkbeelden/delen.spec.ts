import { describe, expect, it } from 'vitest';
import { DELEN, isG8, lees, naarInhoud, schrijf } from './delen';

describe('workspace items', () => {
  it('writes nested numbers and reads them back', () => {
    const ronde = DELEN.find((d) => d.sleutel === 'gespreksrondes')!;
    const item = ronde.nieuw();
    schrijf(item, ronde.velden.find((v) => v.sleutel === 'deelnemers.bewoners')!, '12');
    expect(lees(item, 'deelnemers.bewoners')).toBe('12');
    expect((item['deelnemers'] as { bewoners: number }).bewoners).toBe(12);
  });
  it('sends items with their id, new ones without, and leaves out what the server sets', () => {
    const inhoud = naarInhoud({
      duiding: ' ', geschiedenis: [{ id: 'x', periode: '1970', gebeurtenis: 'Bouw', spanningen: null, bron: null, herkomst: { kant: 'bewoners', auteur: 'A', op: '' }, opmerkingen: [] },
        { id: null, periode: '2020', gebeurtenis: 'Sloop', spanningen: null, bron: null, herkomst: null, opmerkingen: null }],
      informeleStructuren: [], initiatieven: [], inzet: [], samenwerkingen: [], gespreksrondes: [], behoeften: [], wijkopbouwpunt: null,
    });
    expect(inhoud.duiding).toBeNull();
    expect(inhoud.geschiedenis).toEqual([{ id: 'x', periode: '1970', gebeurtenis: 'Bouw', spanningen: null, bron: null }, { id: null, periode: '2020', gebeurtenis: 'Sloop', spanningen: null, bron: null }]);
  });
  it('recognises the G-8 message', () => {
    expect(isG8('Wat bewoners schreven kan door de gemeente niet worden gewijzigd.')).toBe(true);
    expect(isG8('Iets anders')).toBe(false);
  });
});
