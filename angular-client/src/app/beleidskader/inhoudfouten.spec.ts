import { foutenPerOnderdeel, naarOnderdeel } from './inhoudfouten';

const velden = ['titel', 'publiekeWaarden', 'aanbestedingsbesluit', 'tijdspanne'];
const nummer = (nr: number) => `Nr. ${nr}`;

describe('foutmeldingen van de inhoud per onderdeel', () => {
  it('zet een fout in een item bij het onderdeel, met het nummer van het item', () => {
    expect(naarOnderdeel('inhoud.PubliekeWaarden[2].Naam', 'Vul de naam in.', velden, nummer)).toEqual(['publiekeWaarden', 'Nr. 3: Vul de naam in.']);
  });

  it('zet een fout van een onderdeel zonder items bij dat onderdeel', () => {
    expect(naarOnderdeel('inhoud.Aanbestedingsbesluit.Besluit', 'Te lang.', velden, nummer)).toEqual(['aanbestedingsbesluit', 'Te lang.']);
    expect(naarOnderdeel('inhoud.Tijdspanne.Verkiezingsdata', 'Te veel.', velden, nummer)).toEqual(['tijdspanne', 'Te veel.']);
    expect(naarOnderdeel('titel', 'Vul de titel in.', velden, nummer)).toEqual(['titel', 'Vul de titel in.']);
  });

  it('laat een onbekende sleutel staan (algemene fout) en maakt van "inhoud" zelf een algemene fout', () => {
    expect(naarOnderdeel('iets', 'Onbekend.', velden, nummer)).toEqual(['iets', 'Onbekend.']);
    expect(naarOnderdeel('inhoud', 'Geef de inhoud op.', velden, nummer)).toEqual(['', 'Geef de inhoud op.']);
  });

  it('herschrijft de errors van een problem+json en laat de rest staan', () => {
    const fout = { title: 'Ongeldige invoer', status: 400, errors: { 'inhoud.PubliekeWaarden[0].Naam': ['A.'], 'inhoud.PubliekeWaarden[1].Prioriteit': ['B.'], titel: ['C.'] } };
    expect(foutenPerOnderdeel(fout, velden, nummer)).toEqual({
      title: 'Ongeldige invoer', status: 400, errors: { publiekeWaarden: ['Nr. 1: A.', 'Nr. 2: B.'], titel: ['C.'] },
    });
    expect(foutenPerOnderdeel({ title: 'Conflict', status: 409 }, velden, nummer)).toEqual({ title: 'Conflict', status: 409 });
  });
});
