import { BeleidskaderInhoudDto } from '../api/api-client';
import { naarInhoud, werkversie } from './werkversie';

const INHOUD: BeleidskaderInhoudDto = {
  aanbestedingsbesluit: { besluit: 'Niet meer aanbesteden', reikwijdte: '', evaluatieVerleden: '', geenMarktMotivering: '' },
  publiekeWaarden: [{ id: 'w1', naam: 'Ontmoeten', omschrijving: '', subthemas: ['Buurthuis', 'Sport'], prioriteit: 1, verordeningArtikel: null }],
  financieringsbronnen: [{ id: 'f1', naam: 'Welzijn', regime: null, bedragPerJaarEurocent: 12500050, instrument: 'aanbesteding', contractEinddatum: '2027-12-31', omzettingGepland: null }],
  delegaties: [{ besluittype: 'Buurtbudget', niveau: 'buurt', zeggenschap: 'beslist' }],
  buurtrechten: [{ soort: 'openOverheid', artikel: null }],
  fasen: [{ naam: 'Verkennen', instrumenten: ['Gesprek'], verantwoordelijke: null, start: '2026-01-01', eind: '2026-06-30' }],
  tijdspanne: null,
  pilots: [],
  overgangsperiodes: [],
  partijen: [],
  rolVanDePolitiek: { raad: 'Kaders', college: 'Uitvoering' },
  toezeggingen: [],
  wijkindelingToelichting: null,
};

describe('werkversie van het beleidskader', () => {
  it('geeft ongewijzigd precies de inhoud terug die geladen is', () => {
    expect(naarInhoud(werkversie(INHOUD))).toEqual({ inhoud: INHOUD, fouten: {} });
  });

  it('leest lijsten, bedragen en lege teksten uit de invoervelden', () => {
    const w = werkversie(INHOUD);
    w.publiekeWaarden[0].subthemas = ' Buurthuis, ,Spel ';
    w.publiekeWaarden[0].verordeningArtikel = '  ';
    w.financieringsbronnen[0].bedrag = '€ 1.000,5';
    w.tijdspanne = { programmaStart: '2026-01-01', programmaEind: '2029-12-31', verkiezingsdata: '2026-03-18, 2030-03-20' };
    const { inhoud, fouten } = naarInhoud(w);
    expect(fouten).toEqual({});
    expect(inhoud.publiekeWaarden[0].subthemas).toEqual(['Buurthuis', 'Spel']);
    expect(inhoud.publiekeWaarden[0].verordeningArtikel).toBeNull();
    expect(inhoud.financieringsbronnen[0].bedragPerJaarEurocent).toBe(100050);
    expect(inhoud.tijdspanne).toEqual({ programmaStart: '2026-01-01', programmaEind: '2029-12-31', verkiezingsdata: ['2026-03-18', '2030-03-20'] });
  });

  it('meldt per onderdeel wat de API niet kan lezen: een bedrag, een ontbrekende datum of wijk', () => {
    const w = werkversie(INHOUD);
    w.financieringsbronnen[0].bedrag = 'veel';
    w.fasen[0].eind = '';
    w.pilots.push({ id: null, gebiedId: '', instrument: 'x', start: '2026-01-01', eind: '2026-02-01', evaluatiecriteria: 'y', status: 'lopend' });
    w.tijdspanne.programmaStart = '2026-01-01';
    expect(Object.keys(naarInhoud(w).fouten).sort()).toEqual(['fasen', 'financieringsbronnen', 'pilots', 'tijdspanne']);
    expect(naarInhoud(w).fouten.financieringsbronnen).toEqual(["Bron 1: vul het bedrag in euro's in, bijvoorbeeld 125.000,50."]);
  });
});
