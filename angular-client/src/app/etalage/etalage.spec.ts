import { controleerVerhaal, fotosVoorVerzoek, fotoUrl, LEEG_VERHAAL, verhaalVerzoek } from './etalage';

describe('etalage form', () => {
  const ingevuld = { ...LEEG_VERHAAL, titel: 'De buurtkamer', verhaal: 'Bewoners openden', lessen: 'Begin klein', contact: 'a@example.org', herkomst: 'watWerkt' as const };

  it('refuses empty required fields and a photo with only a caption', () => {
    expect(controleerVerhaal(LEEG_VERHAAL)).toEqual({ titel: 'titel', verhaal: 'verhaal', lessen: 'lessen', contact: 'contact', herkomst: 'herkomst' });
    const halveFoto = { ...ingevuld, fotos: [{ bijlageId: 'b', naam: 'a.png', bijschrift: 'Tafel', toestemmingVan: ' ' }] };
    expect(controleerVerhaal(halveFoto)).toEqual({ fotos: 'fotos' });
    expect(controleerVerhaal(ingevuld)).toEqual({});
  });

  it('sends only captioned and consented photos, trimmed, and null for no organisation or wijk', () => {
    const fotos = [
      { bijlageId: 'a', naam: 'a.png', bijschrift: ' Tafel ', toestemmingVan: ' De buren ' },
      { bijlageId: 'b', naam: 'b.png', bijschrift: '', toestemmingVan: '' },
    ];
    expect(fotosVoorVerzoek(fotos)).toEqual([{ bijlageId: 'a', bijschrift: 'Tafel', toestemmingVan: 'De buren' }]);
    const verzoek = verhaalVerzoek({ ...ingevuld, fotos });
    expect([verzoek.organisatieId, verzoek.wijkId, verzoek.fotos.length]).toEqual([null, null, 1]);
  });

  it('loads a photo through the public path of the gemeente', () => {
    expect(fotoUrl('aa-en-hunze', 'v1', 'b1')).toBe('/aa-en-hunze/api/v1/etalage/v1/bijlagen/b1');
  });
});
