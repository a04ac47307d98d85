import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { Laadbaar, laadbaar } from './laadbaar';

/** Lets the resource's promises and effects settle. */
async function bezinken(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r));
    TestBed.tick();
  }
}

describe('laadbaar', () => {
  /** Every call of `laad`, with the subject the test answers it through. */
  let aanroepen: { params: unknown; antwoord: Subject<string> }[];
  const laad = (params: unknown): Observable<string> => {
    const antwoord = new Subject<string>();
    aanroepen.push({ params, antwoord });
    return antwoord;
  };

  beforeEach(() => {
    aanroepen = [];
    TestBed.configureTestingModule({});
  });

  function maak<P>(params: () => P | undefined, houdVast = false): Laadbaar<string> {
    return TestBed.runInInjectionContext(() => laadbaar({ params, laad, houdVast }));
  }

  it('laadt niets zolang de parameters undefined zijn (staat rust)', async () => {
    const p = signal<number | undefined>(undefined);
    const x = maak(p);
    await bezinken();
    expect(x.staat()).toBe('rust');
    expect(aanroepen.length).toBe(0);
    p.set(1);
    await bezinken();
    expect(x.staat()).toBe('laden');
    expect(aanroepen.map((a) => a.params)).toEqual([1]);
  });

  it('toont laden, dan de waarde', async () => {
    const x = maak(() => 'a');
    await bezinken();
    expect(x.staat()).toBe('laden');
    expect(x.bezig()).toBe(true);
    expect(x.waarde()).toBeUndefined();
    aanroepen[0].antwoord.next('A');
    await bezinken();
    expect(x.staat()).toBe('klaar');
    expect(x.bezig()).toBe(false);
    expect(x.waarde()).toBe('A');
    expect(x.probleem()).toBeNull();
  });

  it('maakt van een problem+json-fout een Nederlands Probleem, en herlaadt met "opnieuw"', async () => {
    const x = maak(() => 'a');
    await bezinken();
    aanroepen[0].antwoord.error({ title: 'Niet gevonden', status: 404, detail: 'Dit gebied bestaat niet.' });
    await bezinken();
    expect(x.staat()).toBe('fout');
    expect(x.probleem()).toMatchObject({ status: 404, titel: 'Niet gevonden', detail: 'Dit gebied bestaat niet.' });
    x.herlaad();
    await bezinken();
    expect(aanroepen.length).toBe(2);
    aanroepen[1].antwoord.next('A');
    await bezinken();
    expect(x.staat()).toBe('klaar');
    expect(x.probleem()).toBeNull();
  });

  it('houdt de waarde bij een mislukte verversing (polling) en meldt het probleem', async () => {
    const x = maak(() => 'a');
    await bezinken();
    aanroepen[0].antwoord.next('eerste');
    aanroepen[0].antwoord.next('tweede');
    await bezinken();
    expect(x.waarde()).toBe('tweede');
    aanroepen[0].antwoord.error({ title: 'Storing', status: 503 });
    await bezinken();
    expect(x.staat()).toBe('fout');
    expect(x.waarde()).toBe('tweede');
    expect(x.probleem()?.status).toBe(503);
  });

  it('begint opnieuw bij andere parameters; met houdVast blijft de vorige waarde staan', async () => {
    for (const houdVast of [false, true]) {
      aanroepen = [];
      const p = signal(1);
      const x = maak(p, houdVast);
      await bezinken();
      aanroepen[0].antwoord.next('pagina 1');
      await bezinken();
      p.set(2);
      await bezinken();
      expect(aanroepen.map((a) => a.params)).toEqual([1, 2]);
      expect(x.waarde()).toBe(houdVast ? 'pagina 1' : undefined);
      expect(x.staat()).toBe(houdVast ? 'klaar' : 'laden');
      aanroepen[1].antwoord.next('pagina 2');
      await bezinken();
      expect(x.waarde()).toBe('pagina 2');
    }
  });

  it('zet en werkBij veranderen de waarde zonder verzoek', async () => {
    const x = maak(() => 'a');
    x.werkBij((w) => w + '!'); // nothing yet: no-op
    await bezinken();
    aanroepen[0].antwoord.next('A');
    await bezinken();
    x.werkBij((w) => w + '!');
    expect(x.waarde()).toBe('A!');
    x.zet('B');
    expect(x.waarde()).toBe('B');
    expect(x.staat()).toBe('klaar');
    expect(aanroepen.length).toBe(1);
  });
});
