import { Regelrij, jarenOnderVloer, naarBronnen, naarRegels, parseProcent, pasPeriodeAan, periodeJaren, regelfouten, somAandelen, totaalPerJaar, uitRegels } from './budgetregels';

const rij = (categorie: Regelrij['categorie'], bedragen: string[], dient = 'waarde:w1'): Regelrij => ({ id: null, doel: 'Doel', categorie, dient, bedragen });
const teksten = { doel: 'doel', dient: 'dient', bedrag: 'bedrag' };

describe('budgetregels', () => {
  it('adds up each year, counting an amount being typed as zero', () => {
    expect(totaalPerJaar([rij('activiteiten', ['1.000', '2,5']), rij('overig', ['500', 'abc'])], 2)).toEqual([150000, 250]);
  });

  it('finds the years where organisational support stays below the floor', () => {
    const rijen = [rij('organisatorischeOndersteuning', ['100', '300']), rij('activiteiten', ['900', '700'])];
    expect(jarenOnderVloer(rijen, [2027, 2028], 30)).toEqual([2027]);
    expect(jarenOnderVloer(rijen, [2027, 2028], 10)).toEqual([]);
    expect(jarenOnderVloer([rij('activiteiten', ['', ''])], [2027, 2028], 30)).toEqual([]);
  });

  it('builds the lines of the command with an ambitie or a publieke waarde', () => {
    const regels = naarRegels([rij('activiteiten', ['1.250,50', '0'], 'ambitie:a1'), { ...rij('overig', ['1', '2']), id: 'r2', doel: ' Kort ' }], [2027, 2028]);
    expect(regels).toEqual([
      { id: null, doel: 'Doel', categorie: 'activiteiten', ambitieId: 'a1', publiekeWaardeId: null, bedragen: [{ jaar: 2027, bedragEurocent: 125050 }, { jaar: 2028, bedragEurocent: 0 }] },
      { id: 'r2', doel: 'Kort', categorie: 'overig', ambitieId: null, publiekeWaardeId: 'w1', bedragen: [{ jaar: 2027, bedragEurocent: 100 }, { jaar: 2028, bedragEurocent: 200 }] },
    ]);
  });

  it('turns existing lines back into rows and keeps amounts when the period changes', () => {
    const rijen = uitRegels([{ id: 'r1', doel: 'D', categorie: 'overig', ambitieId: 'a1', publiekeWaardeId: null, bedragen: [{ jaar: 2027, bedragEurocent: 1234567 }] }], periodeJaren(2027, 2));
    expect(rijen).toEqual([{ id: 'r1', doel: 'D', categorie: 'overig', dient: 'ambitie:a1', bedragen: ['12.345,67', ''] }]);
    expect(pasPeriodeAan(rijen[0], 3).bedragen).toEqual(['12.345,67', '', '']);
    expect(pasPeriodeAan(rijen[0], 1).bedragen).toEqual(['12.345,67']);
  });

  it('reads shares and keeps only the sources that have one', () => {
    expect(parseProcent('12,5')).toBe(12.5);
    expect(parseProcent('12,555')).toBeNull();
    const bronnen = [{ financieringsbronId: 'b1', naam: 'A', procent: '33,33' }, { financieringsbronId: 'b2', naam: 'B', procent: '66,67' }, { financieringsbronId: 'b3', naam: 'C', procent: '0' }];
    expect(somAandelen(bronnen)).toBe(100);
    expect(naarBronnen(bronnen)).toEqual([{ financieringsbronId: 'b1', aandeelProcent: 33.33 }, { financieringsbronId: 'b2', aandeelProcent: 66.67 }]);
  });

  it('tells what a row still lacks', () => {
    expect(regelfouten([rij('overig', ['1', 'x'], ''), rij('overig', ['1', '2'])], teksten)).toEqual([['dient', 'bedrag'], []]);
  });
});
