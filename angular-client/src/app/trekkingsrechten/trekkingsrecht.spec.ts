import { RechtInvoer, controleerRecht, controleerTrekking, omvangUitInvoer, rechtSoort, rechtVeldVanMelding, rechtVerzoek, trekkingVeldVanMelding, trekkingVerzoek } from './trekkingsrecht';

const recht: RechtInvoer = {
  organisatieId: 'bewoners', groepsnaam: '  ', wijkbudgetId: 'budget', budgetregelId: 'regel', eenheid: 'uren', omvang: '40', tarief: '62,00',
  leveranciers: ['welzijn'], gemeenteLevert: false, van: '2026-10-01', tot: '2027-09-30', doel: ' Opbouwwerk ',
};

describe('trekkingsrecht', () => {
  it('reads hours as whole numbers and amounts as eurocents', () => {
    expect(omvangUitInvoer('uren', ' 12 ')).toBe(12);
    expect(omvangUitInvoer('uren', '1,5')).toBeNull();
    expect(omvangUitInvoer('euro', '250,50')).toBe(25_050);
  });

  it('accepts a complete right and sends hours with the tarief in eurocents, an empty group as none', () => {
    expect(controleerRecht(recht)).toEqual({});
    expect(rechtVerzoek(recht)).toEqual(expect.objectContaining({ omvang: 40, tariefEurocent: 6_200, groepsnaam: null, doel: 'Opbouwwerk' }));
    expect(rechtVerzoek({ ...recht, eenheid: 'euro', omvang: '500', tarief: '62' }).tariefEurocent).toBeNull();
  });

  it('asks a tarief only for hours, a supplier or the gemeente, and an end after the start', () => {
    expect(controleerRecht({ ...recht, tarief: '' })).toEqual({ tarief: 'tarief' });
    expect(controleerRecht({ ...recht, eenheid: 'euro', omvang: '500', tarief: '' })).toEqual({});
    expect(controleerRecht({ ...recht, leveranciers: [] })).toEqual({ leveranciers: 'leveranciers' });
    expect(controleerRecht({ ...recht, leveranciers: [], gemeenteLevert: true })).toEqual({});
    expect(controleerRecht({ ...recht, leveranciers: ['bewoners'] })).toEqual({ leveranciers: 'houderLevert' });
    expect(controleerRecht({ ...recht, tot: recht.van })).toEqual({ tot: 'tot' });
    expect(controleerRecht({ ...recht, organisatieId: '', omvang: '0', doel: ' ' })).toEqual({ organisatie: 'organisatie', omvang: 'omvang', doel: 'doel' });
  });

  it('puts the server refusal of a line without room at the amount', () => {
    expect(rechtVeldVanMelding("Het trekkingsrecht (€ 2.480,00) is meer dan de regel 'Opbouwwerk' in 2026–2027 nog vrij heeft (€ 0,00)")).toBe('omvang');
    expect(rechtVeldVanMelding('De geldigheid valt binnen de periode van het wijkbudget (2026 tot en met 2029).')).toBe('tot');
    expect(rechtVeldVanMelding('Iets anders.')).toBeNull();
  });

  it('refuses a draw above the balance, in the future or without what was delivered', () => {
    const vandaag = '2026-12-03';
    expect(controleerTrekking({ datum: vandaag, omvang: '4', doel: 'Begeleiding' }, 'uren', 4, vandaag)).toEqual({});
    expect(controleerTrekking({ datum: vandaag, omvang: '5', doel: 'Begeleiding' }, 'uren', 4, vandaag)).toEqual({ omvang: 'saldo' });
    expect(controleerTrekking({ datum: '2026-12-04', omvang: '1', doel: '' }, 'uren', 4, vandaag)).toEqual({ datum: 'toekomst', doel: 'doel' });
    expect(trekkingVerzoek({ datum: vandaag, omvang: '12,50', doel: ' Materiaal ' }, 'euro')).toEqual({ datum: vandaag, omvang: 1_250, doel: 'Materiaal', ambitieId: null });
    expect(trekkingVeldVanMelding('De trekking (5 uur) is meer dan het saldo (4 uur).')).toBe('omvang');
  });

  it('shows a running right as success and an expired one as a warning', () => {
    expect(rechtSoort('deelsGetrokken')).toBe('success');
    expect(rechtSoort('verlopen')).toBe('warning');
  });
});
