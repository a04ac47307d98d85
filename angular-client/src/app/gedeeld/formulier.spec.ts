import { Subject, of, throwError } from 'rxjs';
import { Formulier } from './formulier';

describe('Formulier', () => {
  const labels = { naam: 'Naam', slug: 'Korte naam', logo: 'Logo' };

  it('controleer toont lokale fouten per veld en de samenvatting in de volgorde van het formulier', () => {
    const f = new Formulier(labels);
    expect(f.controleer({ slug: ['Vul dit veld in.'], naam: ['Vul dit veld in.'], logo: [] })).toBe(false);
    expect(f.van('naam')).toEqual(['Vul dit veld in.']);
    expect(f.van('logo')).toEqual([]);
    expect(f.samenvatting().map((s) => s.veldId)).toEqual(['naam', 'slug']);
    expect(f.samenvatting()[1]).toEqual({ veldId: 'slug', label: 'Korte naam', berichten: ['Vul dit veld in.'] });
    expect(f.controleer({ naam: [], slug: [] })).toBe(true);
    expect(f.heeftFouten()).toBe(false);
  });

  it('zet de veldfouten van problem+json bij de velden (ook via een alias) en de rest als algemene fout', () => {
    const f = new Formulier(labels, { aliassen: { data: 'logo' } });
    f.toonProbleem({ title: 'Ongeldige invoer', status: 400, errors: { Slug: ['Bestaat al.'], data: ['Te groot.'], iets: ['Onbekend veld.'] } });
    expect(f.van('slug')).toEqual(['Bestaat al.']);
    expect(f.van('logo')).toEqual(['Te groot.']);
    expect(f.algemeen()).toEqual(['Onbekend veld.']);
  });

  it('toont zonder veldfouten de detail (of de titel) van het probleem als algemene fout', () => {
    const f = new Formulier(labels);
    f.toonProbleem({ title: 'Conflict', status: 409, detail: 'Deze gemeente bestaat al.' });
    expect(f.algemeen()).toEqual(['Deze gemeente bestaat al.']);
    f.toonProbleem({ title: 'Conflict', status: 409 });
    expect(f.algemeen()).toEqual(['Conflict']);
    expect(f.samenvatting()).toEqual([]);
  });

  it('zet een melding zonder veld bij het veld dat veldVanMelding noemt, en laat een andere algemeen', () => {
    const f = new Formulier(labels, { veldVanMelding: (m) => (m.includes('korte naam') ? 'slug' : null) });
    f.toonProbleem({ title: 'Conflict', status: 409, detail: 'Deze korte naam is al gekozen.' });
    expect(f.van('slug')).toEqual(['Deze korte naam is al gekozen.']);
    expect(f.algemeen()).toEqual([]);
    expect(f.samenvatting().map((s) => s.veldId)).toEqual(['slug']);
    f.toonProbleem({ title: 'Conflict', status: 409, detail: 'Er ging iets anders mis.' });
    expect(f.van('slug')).toEqual([]);
    expect(f.algemeen()).toEqual(['Er ging iets anders mis.']);
  });

  it('verstuur is bezig tot het antwoord er is, negeert een tweede keer, en geeft het antwoord door', () => {
    const f = new Formulier(labels);
    const antwoord = new Subject<string>();
    const gekregen: string[] = [];
    let aanroepen = 0;
    f.controleer({ naam: ['oud'] });
    f.verstuur(() => (aanroepen++, antwoord), (a) => gekregen.push(a));
    expect(f.bezig()).toBe(true);
    expect(f.van('naam')).toEqual([]);
    f.verstuur(() => (aanroepen++, of('nog een')), (a) => gekregen.push(a));
    expect(aanroepen).toBe(1);
    antwoord.next('klaar');
    expect(f.bezig()).toBe(false);
    expect(gekregen).toEqual(['klaar']);
  });

  it('verstuur toont de fout van de API en is daarna niet meer bezig', () => {
    const f = new Formulier(labels);
    f.verstuur(() => throwError(() => ({ status: 400, title: 'Ongeldig', errors: { naam: ['Te lang.'] } })), () => {});
    expect(f.bezig()).toBe(false);
    expect(f.van('naam')).toEqual(['Te lang.']);
    expect(f.heeftFouten('naam')).toBe(true);
  });

  it('verstuur meldt een weigering aan mislukt, met het probleem, en een gelukte aanroep niet', () => {
    const f = new Formulier(labels);
    const mislukt = vi.fn();
    f.verstuur(() => throwError(() => ({ status: 409, title: 'Conflict', detail: 'Al gekoppeld.' })), () => {}, mislukt);
    expect(mislukt).toHaveBeenCalledWith(expect.objectContaining({ status: 409, detail: 'Al gekoppeld.' }));
    f.verstuur(() => of(1), () => {}, mislukt);
    expect(mislukt).toHaveBeenCalledTimes(1);
  });

  it('laat de samenvatting naar een ander element linken met veldId', () => {
    const f = new Formulier({ thema: 'Thema' }, { veldId: () => 'thema-groen' });
    f.zetFout('thema', ['Onbekend thema.']);
    expect(f.samenvatting()).toEqual([{ veldId: 'thema-groen', label: 'Thema', berichten: ['Onbekend thema.'] }]);
    f.wis();
    expect(f.samenvatting()).toEqual([]);
  });
});
