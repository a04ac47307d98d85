import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BewaarbeleidDto, InzageDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Bewaartermijnen } from './bewaartermijnen';
import { Verzoek } from './verzoek';
import { controleerKenmerken, jsonDocument, maanden, naarVerzoek } from './verzoek-invoer';

/** The generated client reads its answers as blobs. */
const json = (waarde: unknown) => new Blob([JSON.stringify(waarde)], { type: 'application/json' });
const wacht = () => new Promise((r) => setTimeout(r, 10));

const INZAGE: InzageDto = {
  gemeente: 'Voorbeeldstad',
  gegenereerdOp: '2026-12-07T09:00:00Z',
  account: { email: 'joop@example.org', naam: 'Joop de Vries', tweeStapsAan: false, rollen: ['auditor'] },
  verwerkingen: [
    {
      verwerking: 'Sterkhouders in het wijkbeeld', doel: 'Het wijkbeeld maken.', grondslag: 'Toestemming', bewaartermijn: 'Tot intrekking',
      records: [{ id: 'r1', gegevens: [{ veld: 'Naam', waarde: 'Joop de Vries' }, { veld: 'Rol', waarde: 'Informant' }] }],
    },
  ],
  aantalGegevens: 1,
};

function beleid(anders: Partial<BewaarbeleidDto> = {}): BewaarbeleidDto {
  return {
    buurtTopAanmeldingenMaanden: 6, declaratieBankgegevensMaanden: 13, kortsteTermijn: 1, langsteTermijn: 120, gewijzigdDoor: null, gewijzigdOp: null, ...anders,
  };
}

function invullen(el: HTMLElement, id: string, waarde: string): void {
  const veld = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  veld.value = waarde;
  veld.dispatchEvent(new Event('input'));
}

function knop(el: HTMLElement, tekst: string): HTMLButtonElement {
  return Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === tekst)!;
}

describe('verzoek-invoer', () => {
  it('maakt van lege velden null en eist minstens één gegeven', () => {
    expect(naarVerzoek({ email: ' a@b.nl ', naam: '', iban: '  ' })).toEqual({ email: 'a@b.nl', naam: null, iban: null });
    expect(controleerKenmerken({ email: '', naam: ' ', iban: '' })).toEqual({ email: ['Geef een e-mailadres, een naam of een IBAN van de betrokkene.'] });
    expect(controleerKenmerken({ email: '', naam: 'Joop', iban: '' })).toEqual({});
  });

  it('leest een heel aantal maanden binnen de grenzen', () => {
    expect(maanden('6', 1, 120)).toBe(6);
    expect(maanden(' 120 ', 1, 120)).toBe(120);
    expect(maanden('0', 1, 120)).toBeNull();
    expect(maanden('121', 1, 120)).toBeNull();
    expect(maanden('2.5', 1, 120)).toBeNull();
    expect(maanden('', 1, 120)).toBeNull();
  });

  it('geeft het overzicht als JSON-bestand met de dag in de naam', async () => {
    const d = jsonDocument(INZAGE);
    expect(d.naam).toBe('inzage-2026-12-07.json');
    expect(JSON.parse(await d.inhoud.text())).toEqual(INZAGE);
  });
});

describe('Verzoek', () => {
  async function toon(): Promise<{ el: HTMLElement; http: HttpTestingController; ververs: () => Promise<void> }> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(Sessie).zet({ sub: 'u1', name: 'Beheerder', email: null, rollen: ['gemeente-beheerder'], tenant: 'voorbeeldstad' });
    const fixture = TestBed.createComponent(Verzoek);
    fixture.detectChanges();
    const ververs = async () => {
      await wacht();
      fixture.detectChanges();
    };
    return { el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController), ververs };
  }

  it('vraagt minstens één gegeven voordat het zoekt', async () => {
    const { el, http, ververs } = await toon();
    knop(el, 'Gegevens opzoeken').click();
    await ververs();
    expect(el.querySelector('#email-fout')?.textContent).toContain('Geef een e-mailadres, een naam of een IBAN');
    http.expectNone('/api/v1/persoonsgegevens/inzage');
  });

  it('toont de veldfouten van de server bij hun veld', async () => {
    const { el, http, ververs } = await toon();
    invullen(el, 'iban', 'NL00 FOUT');
    knop(el, 'Gegevens opzoeken').click();
    await ververs();
    http.expectOne('/api/v1/persoonsgegevens/inzage').flush(json({ status: 400, title: 'De invoer is niet geldig.', errors: { Iban: ['Het IBAN is geen geldig IBAN.'] } }), {
      status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' },
    });
    await ververs();
    expect(el.querySelector('#iban-fout')?.textContent).toContain('Het IBAN is geen geldig IBAN.');
    expect(el.querySelector('#iban')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('toont account en vastleggingen, en anonimiseert pas met reden en bevestiging', async () => {
    const { el, http, ververs } = await toon();
    invullen(el, 'naam', ' Joop de Vries ');
    knop(el, 'Gegevens opzoeken').click();
    await ververs();
    const zoek = http.expectOne('/api/v1/persoonsgegevens/inzage');
    expect(JSON.parse(zoek.request.body)).toEqual({ email: null, naam: 'Joop de Vries', iban: null });
    zoek.flush(json(INZAGE));
    await ververs();

    const tekst = el.textContent ?? '';
    expect(tekst).toContain('1 vastlegging gevonden.');
    expect(Array.from(el.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual(['Account', 'Sterkhouders in het wijkbeeld', 'Overzicht meegeven']);
    expect(tekst).toContain('Auditor');
    expect(tekst).toContain('Informant');
    expect(knop(el, 'Download als JSON')).toBeTruthy();
    expect(knop(el, 'Download als PDF')).toBeTruthy();

    knop(el, 'Anonimiseren').click();
    await ververs();
    expect(el.querySelector('#reden-fout')?.textContent).toContain('Vul de reden van de anonimisering in.');
    expect(el.querySelector('#bevestiging-fout')?.textContent).toContain('niet ongedaan');
    http.expectNone('/api/v1/persoonsgegevens/anonimiseringen');

    invullen(el, 'reden', 'Verzoek per e-mail van 1 december');
    const vinkje = el.querySelector<HTMLInputElement>('#bevestiging')!;
    vinkje.checked = true;
    vinkje.dispatchEvent(new Event('change'));
    knop(el, 'Anonimiseren').click();
    await ververs();
    const wis = http.expectOne('/api/v1/persoonsgegevens/anonimiseringen');
    expect(JSON.parse(wis.request.body)).toEqual({ email: null, naam: 'Joop de Vries', iban: null, reden: 'Verzoek per e-mail van 1 december' });
    wis.flush(json({ id: 'a1', pseudoniem: 'Betrokkene-7K3Q', reden: 'x', aantalGegevens: 1, accountGewist: true, uitgevoerdDoor: 'Beheerder', uitgevoerdOp: '2026-12-07T09:05:00Z' }));
    await ververs();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('De betrokkene is geanonimiseerd als Betrokkene-7K3Q.');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Het account is gewist.');
    expect(el.textContent).not.toContain('Informant');
  });

  it('zegt het als de gemeente niets vastlegt, zonder downloads of anonimiseren', async () => {
    const { el, http, ververs } = await toon();
    invullen(el, 'email', 'niemand@example.org');
    knop(el, 'Gegevens opzoeken').click();
    await ververs();
    http.expectOne('/api/v1/persoonsgegevens/inzage').flush(json({ ...INZAGE, account: null, verwerkingen: [], aantalGegevens: 0 }));
    await ververs();
    expect(el.textContent).toContain('De gemeente legt over deze betrokkene niets vast');
    expect(knop(el, 'Download als JSON')).toBeUndefined();
    expect(knop(el, 'Anonimiseren')).toBeUndefined();
  });
});

describe('Bewaartermijnen', () => {
  async function toon(rollen: string[], b: BewaarbeleidDto): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(Sessie).zet({ sub: 'u1', name: 'Iemand', email: null, rollen, tenant: 'voorbeeldstad' });
    const fixture = TestBed.createComponent(Bewaartermijnen);
    fixture.detectChanges();
    await wacht();
    TestBed.inject(HttpTestingController).expectOne('/api/v1/persoonsgegevens/bewaarbeleid').flush(json(b));
    await wacht();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('laat de gemeentebeheerder de termijnen wijzigen binnen de grenzen', async () => {
    const el = await toon(['gemeente-beheerder'], beleid());
    expect(el.textContent).toContain('De gemeente volgt de standaard van het platform.');
    const veld = el.querySelector<HTMLInputElement>('#buurtTopAanmeldingenMaanden')!;
    expect(veld.value).toBe('6');
    expect(veld.min).toBe('1');
    expect(veld.max).toBe('120');
  });

  it('toont de auditor de termijnen en wie ze wijzigde, zonder formulier', async () => {
    const el = await toon(['auditor'], beleid({ buurtTopAanmeldingenMaanden: 1, gewijzigdDoor: 'Demo beheerder', gewijzigdOp: '2026-12-07T09:00:00Z' }));
    expect(el.querySelector('form')).toBeNull();
    expect(el.textContent).toContain('1 maand');
    expect(el.textContent).toContain('13 maanden');
    expect(el.textContent).toContain('Laatst gewijzigd door Demo beheerder op 7 december 2026');
  });
});
