import type { OpdrachtovereenkomstDto } from '../api/api-client';
import {
  controleerFactuur, controleerOpdracht, factuurFormulier, invoerVanOpdracht, opdrachtVerzoek, parseUren, verwachtBedrag,
  type FactuurInvoer, type OpdrachtInvoer,
} from './opdracht';

const goed: OpdrachtInvoer = {
  administratieId: 'a1', opdrachtnemer: ' Sportcoach Jansen ', kvknummer: '12345678', iban: 'nl91 abna 0417 1643 00',
  omschrijving: 'Sportles op woensdag', uren: '40', uurtarief: '40,00', btwPercentage: '21', begindatum: '2026-09-01',
  einddatum: '2027-06-30', rekening: '4200',
};

const opdracht: OpdrachtovereenkomstDto = {
  id: 'o1', administratieId: 'a1', groepId: 'g1', groepNaam: 'Buurtgroep', hostOrganisatieId: 'h1', opdrachtnemer: 'Sportcoach Jansen',
  kvknummer: '12345678', iban: 'NL91ABNA0417164300', omschrijving: 'Sportles', uren: 12.5, uurtariefEurocent: 3750, btwPercentage: 21,
  begindatum: '2026-09-01', einddatum: '2027-06-30', rekening: '4200', rekeningOmschrijving: 'Activiteiten', plafondEurocent: 46875,
  gefactureerdeUren: 4, resterendeUren: 8.5, gefactureerdEurocent: 15000, facturen: [], aangemaaktOp: '2026-09-01T10:00:00Z',
  gewijzigdOp: '2026-09-01T10:00:00Z',
};

const factuur: FactuurInvoer = {
  factuurnummer: 'F-2026-07', factuurdatum: '2026-11-30', periodeVan: '2026-11-01', periodeTot: '2026-11-30', uren: '4',
  bedragExclusief: '150,00', btw: '31,50', factuur: { size: 4096 },
};

describe('opdracht', () => {
  it('leest uren met een komma en weigert nul, drie decimalen en tekst', () => {
    expect(parseUren('12,5')).toBe(12.5);
    expect(parseUren('1.234,25')).toBe(1234.25);
    expect(parseUren('0')).toBeNull();
    expect(parseUren('1,125')).toBeNull();
    expect(parseUren('veel')).toBeNull();
  });

  it('vindt niets aan een volledige opdracht en stuurt bedragen in eurocent', () => {
    expect(controleerOpdracht(goed)).toEqual({});
    expect(opdrachtVerzoek(goed)).toEqual({
      administratieId: 'a1', opdrachtnemer: 'Sportcoach Jansen', kvknummer: '12345678', iban: 'NL91ABNA0417164300',
      omschrijving: 'Sportles op woensdag', uren: 40, uurtariefEurocent: 4000, btwPercentage: 21, begindatum: '2026-09-01',
      einddatum: '2027-06-30', rekening: '4200',
    });
  });

  it('noemt elk ontbrekend of verkeerd veld', () => {
    const fout: OpdrachtInvoer = {
      administratieId: '', opdrachtnemer: ' ', kvknummer: '1234', iban: 'NL92ABNA0417164300', omschrijving: '', uren: '2001',
      uurtarief: '0', btwPercentage: '19', begindatum: '', einddatum: '', rekening: '',
    };
    expect(controleerOpdracht(fout)).toEqual({
      administratieId: 'administratieId', opdrachtnemer: 'opdrachtnemer', kvknummer: 'kvknummer', iban: 'iban', omschrijving: 'omschrijving',
      uren: 'uren', uurtarief: 'uurtarief', btwPercentage: 'btwPercentage', begindatum: 'begindatum', einddatum: 'einddatum', rekening: 'rekening',
    });
  });

  it('weigert een einde voor het begin en een opdracht langer dan twee jaar', () => {
    expect(controleerOpdracht({ ...goed, einddatum: '2026-08-31' })).toEqual({ einddatum: 'einddatum' });
    expect(controleerOpdracht({ ...goed, einddatum: '2028-09-02' })).toEqual({ einddatum: 'duur' });
    expect(controleerOpdracht({ ...goed, einddatum: '2028-09-01' })).toEqual({});
  });

  it('vult het formulier weer met wat de opdracht zegt', () => {
    expect(invoerVanOpdracht(opdracht)).toEqual({
      administratieId: 'a1', opdrachtnemer: 'Sportcoach Jansen', kvknummer: '12345678', iban: 'NL91ABNA0417164300', omschrijving: 'Sportles',
      uren: '12,5', uurtarief: '37,5', btwPercentage: '21', begindatum: '2026-09-01', einddatum: '2027-06-30', rekening: '4200',
    });
  });

  it('rekent het verwachte bedrag zoals de server: uren maal tarief, btw half van nul af afgerond', () => {
    expect(verwachtBedrag(opdracht, 4)).toEqual({ exclusief: 15000, btw: 3150 });
    expect(verwachtBedrag({ uurtariefEurocent: 3333, btwPercentage: 21 }, 1.5)).toEqual({ exclusief: 5000, btw: 1050 });
    expect(verwachtBedrag({ uurtariefEurocent: 4150, btwPercentage: 9 }, 0.1)).toEqual({ exclusief: 415, btw: 37 });
    expect(verwachtBedrag({ uurtariefEurocent: 50, btwPercentage: 9 }, 1)).toEqual({ exclusief: 50, btw: 5 });
  });

  it('vindt niets aan een factuur binnen de opdracht', () => {
    expect(controleerFactuur(factuur, opdracht, '2026-12-01')).toEqual({});
  });

  it('weigert een factuur in de toekomst, buiten de periode, met te veel uren of zonder bestand', () => {
    expect(controleerFactuur({ ...factuur, factuurdatum: '2026-12-02' }, opdracht, '2026-12-01')).toEqual({ factuurdatum: 'factuurdatumToekomst' });
    expect(controleerFactuur({ ...factuur, periodeVan: '2026-08-31' }, opdracht, '2026-12-01')).toEqual({ periodeVan: 'buitenOpdracht' });
    expect(controleerFactuur({ ...factuur, periodeTot: '2027-07-01' }, opdracht, '2026-12-01')).toEqual({ periodeTot: 'buitenOpdracht' });
    expect(controleerFactuur({ ...factuur, periodeTot: '2026-10-31' }, opdracht, '2026-12-01')).toEqual({ periodeTot: 'periodeTot' });
    expect(controleerFactuur({ ...factuur, uren: '8,75' }, opdracht, '2026-12-01')).toEqual({ uren: 'teveelUren' });
    expect(controleerFactuur({ ...factuur, factuur: null }, opdracht, '2026-12-01')).toEqual({ factuur: 'factuur' });
    expect(controleerFactuur({ ...factuur, factuur: { size: 11 * 1024 * 1024 } }, opdracht, '2026-12-01')).toEqual({ factuur: 'factuurTeGroot' });
  });

  it('stuurt de factuur als formulier met uren met een punt en bedragen in eurocent', () => {
    const bestand = new File(['%PDF-1.4'], 'factuur.pdf', { type: 'application/pdf' });
    const form = factuurFormulier({ ...factuur, uren: '2,5', factuur: bestand });
    expect(form.get('uren')).toBe('2.5');
    expect(form.get('bedragExclusiefEurocent')).toBe('15000');
    expect(form.get('btwEurocent')).toBe('3150');
    expect(form.get('periodeTot')).toBe('2026-11-30');
    expect((form.get('factuur') as File).name).toBe('factuur.pdf');
  });
});
