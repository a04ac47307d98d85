import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BeschikkingDto, FinancieleVerantwoordingDto } from '../api/api-client';
import { leesClaims } from '../auth/claims';
import { Sessie } from '../auth/sessie';
import { FinancieleVerantwoording, formatPercentage } from './financiele-verantwoording';
import { verslagVragen } from './verantwoording';
import { VerantwoordingSectie } from './verantwoording-sectie';
import { VerslagFormulier } from './verslag-formulier';

const financieel: FinancieleVerantwoordingDto = {
  beschikkingId: 'b1', administratieId: 'a1', host: 'Stichting Welzijn Voor Elkaar', van: '2026-01-01', tot: '2026-12-31',
  regels: [
    { rekening: '8000', omschrijving: 'Subsidies: beschikking SUB-2026-1A2B3C4D', soort: 'baten', begrootEurocent: 14_000_00, gerealiseerdEurocent: 7_000_00,
      verschilEurocent: -7_000_00, percentage: 50 },
    { rekening: '4200', omschrijving: 'Huur', soort: 'lasten', begrootEurocent: null, gerealiseerdEurocent: 3_600_00, verschilEurocent: null, percentage: null },
  ],
  totaalBaten: { rekening: '', omschrijving: 'Totaal inkomsten', soort: 'baten', begrootEurocent: null, gerealiseerdEurocent: 7_250_00, verschilEurocent: null, percentage: null },
  totaalLasten: { rekening: '', omschrijving: 'Totaal uitgaven', soort: 'lasten', begrootEurocent: 14_000_00, gerealiseerdEurocent: 3_600_00,
    verschilEurocent: -10_400_00, percentage: 25.7 },
  saldoEurocent: 3_650_00, opgesteldOp: '2026-12-04T10:00:00+00:00',
};

const beschikking = (boekenBijHost: boolean): BeschikkingDto => ({
  id: 'b1', kenmerk: 'SUB-2026-1A2B3C4D', aanvraagId: 'x1', regelingId: 'r1', organisatieId: 'o1', aanvrager: 'Bewonersvereniging De Horst',
  soort: 'verlening', bedragEurocent: 14_000_00, van: '2026-01-01', tot: '2026-12-31', motivering: 'Past.', activiteiten: null, verplichtingen: [],
  jaren: [], voorschotten: [], betaaldEurocent: 7_000_00, niveau: 'verslagEnJaarrekening', verslagUiterlijk: '2027-04-01', inSteekproef: false,
  vaststellingId: null, ingetrokkenOp: null, afbouwTot: null, genomenOp: '2026-01-02T09:00:00+00:00', boekenBijHost,
});

/** The generated client reads its answers as blobs. */
const json = (waarde: unknown) => new Blob([JSON.stringify(waarde)], { type: 'application/json' });

const wacht = () => new Promise((r) => setTimeout(r, 10));

const BOEKEN_URL = '/api/v1/beschikkingen/b1/financiele-verantwoording';

function formulier(b: BeschikkingDto, rol = 'bewonersorganisatie') {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(Sessie).zet(leesClaims({ sub: 'x', role: rol, tenant: 'voorbeeldstad' }));
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(VerslagFormulier);
  fixture.componentRef.setInput('beschikking', b);
  fixture.componentRef.setInput('vragen', verslagVragen(b));
  fixture.detectChanges();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

async function dienIn(fixture: { detectChanges(): void }, el: HTMLElement) {
  el.querySelector('form')!.dispatchEvent(new Event('submit'));
  fixture.detectChanges();
  await wacht();
}

describe('FinancieleVerantwoording', () => {
  it('toont per rekening begroot, gerealiseerd, verschil en percentage, dan de totalen, het saldo, de host, de periode en wanneer het is opgesteld', () => {
    const fixture = TestBed.createComponent(FinancieleVerantwoording);
    fixture.componentRef.setInput('financieel', financieel);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;

    const koppen = Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    expect(koppen).toEqual(['Rekening', 'Begroot', 'Gerealiseerd', 'Verschil', 'Gerealiseerd deel']);
    const rijen = Array.from(el.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rijen.map((r) => r[0])).toEqual(['8000Subsidies: beschikking SUB-2026-1A2B3C4D', '4200Huur', 'Totaal inkomsten', 'Totaal uitgaven', 'Saldo (inkomsten min uitgaven)']);
    expect(rijen[0].slice(1).join(' | ')).toMatch(/^€ 14\.000,00 \| € 7\.000,00 \| € -7\.000,00 \| 50\s?%$/);
    expect(rijen[1].slice(1)).toEqual(['', expect.stringMatching(/€\s3\.600,00/), '', '']);
    expect(rijen[3][4]).toMatch(/^25,7\s?%$/);
    expect(rijen[4].slice(1)).toEqual(['', expect.stringMatching(/€\s3\.650,00/), '', '']);
    expect(el.querySelector('tbody tr:last-child th')!.classList).toContain('totaal');

    const tekst = el.textContent!.replace(/\s+/g, ' ');
    expect(tekst).toContain('Stichting Welzijn Voor Elkaar');
    expect(tekst).toMatch(/Saldo \(inkomsten min uitgaven\)\s*€ 3\.650,00/);
    expect(tekst).toMatch(/Periode\s*1 januari 2026 tot en met 31 december 2026/);
    expect(tekst).toMatch(/Opgesteld op\s*4 december 2026/);
  });

  it('zegt dat er nog niets geboekt is als de boeken geen regels hebben', () => {
    const fixture = TestBed.createComponent(FinancieleVerantwoording);
    fixture.componentRef.setInput('financieel', { ...financieel, regels: [] });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('table')).toBeNull();
    expect(el.textContent).toContain('In deze periode is nog niets geboekt.');
  });

  it('schrijft een percentage op zijn Nederlands, en niets zonder begroting', () => {
    expect(formatPercentage(98.5)).toMatch(/^98,5\s?%$/);
    expect(formatPercentage(null)).toBeNull();
  });
});

describe('VerslagFormulier', () => {
  it('met de boeken bij een host: toont het financiële deel uit de administratie en vraagt geen kosten of financieel verslag (G-4)', async () => {
    const { http, fixture, el } = formulier(beschikking(true));
    await wacht();
    expect(el.textContent).toContain('Het financiële deel wordt uit de administratie geladen…');
    http.expectOne(BOEKEN_URL).flush(json(financieel));
    await wacht();
    fixture.detectChanges();

    expect(el.textContent).toContain(
      'Dit financiële deel komt uit de boeken die Stichting Welzijn Voor Elkaar voor uw groep bijhoudt; u hoeft geen kosten in te vullen of een financieel verslag te schrijven.');
    expect(el.querySelectorAll('tbody tr').length).toBe(5);
    expect(el.querySelector('#verslag-kosten')).toBeNull();
    expect(el.querySelector('#verslag-financieel')).toBeNull();
    expect(el.querySelector('#verslag-accountant')).not.toBeNull();

    // The highest tier still asks the accountant's statement, as the server does.
    const activiteiten = el.querySelector<HTMLTextAreaElement>('#verslag-activiteiten')!;
    activiteiten.value = 'De coördinator werkte twintig uur per week.';
    activiteiten.dispatchEvent(new Event('input'));
    await dienIn(fixture, el);
    http.expectNone('/api/v1/verantwoordingen');
    expect(el.querySelector('#verslag-accountant-fout')).not.toBeNull();

    const accountant = el.querySelector<HTMLInputElement>('#verslag-accountant')!;
    accountant.checked = true;
    accountant.dispatchEvent(new Event('change'));
    await dienIn(fixture, el);
    const verzoek = http.expectOne('/api/v1/verantwoordingen');
    expect(JSON.parse(verzoek.request.body)).toEqual({
      beschikkingId: 'b1', activiteitenverslag: 'De coördinator werkte twintig uur per week.', gerealiseerdeKostenEurocent: null,
      financieelVerslag: null, accountantsverklaring: true,
    });
    http.verify();
  });

  it('zonder boeken bij een host: vraagt de kosten en het financieel verslag als voorheen, en vraagt de administratie niet', async () => {
    const { http, fixture, el } = formulier(beschikking(false));
    await wacht();
    fixture.detectChanges();
    http.expectNone(BOEKEN_URL);
    expect(el.querySelector('#verslag-kosten')).not.toBeNull();
    expect(el.querySelector('#verslag-financieel')).not.toBeNull();
    expect(el.textContent).not.toContain('Financieel deel uit de administratie');
    await dienIn(fixture, el);
    expect(el.querySelector('#verslag-kosten-fout')).not.toBeNull();
    http.verify();
  });

  it('vraagt de administratie niet voor wie haar niet mag lezen, en vraagt dan toch geen kosten', async () => {
    const { http, fixture, el } = formulier(beschikking(true), 'professional');
    await wacht();
    fixture.detectChanges();
    http.expectNone(BOEKEN_URL);
    expect(el.textContent).toContain('Dit financiële deel komt uit de boeken die uw hostorganisatie voor uw groep bijhoudt');
    expect(el.querySelector('#verslag-kosten')).toBeNull();
    http.verify();
  });
});

describe('VerantwoordingSectie', () => {
  it('toont bij een ingediend verslag het financiële deel zoals het toen uit de boeken kwam, zonder de administratie opnieuw te vragen', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(Sessie).zet(leesClaims({ sub: 'x', role: 'bewonersorganisatie', tenant: 'voorbeeldstad' }));
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(VerantwoordingSectie);
    fixture.componentRef.setInput('beschikking', beschikking(true));
    fixture.detectChanges();
    await wacht();
    const pagina = (items: unknown[]) => json({ items, page: 1, pageSize: 1, totalCount: items.length, totalPages: items.length });
    http.expectOne((r) => r.url.startsWith('/api/v1/verantwoordingen?')).flush(pagina([{
      id: 'v1', beschikkingId: 'b1', organisatieId: 'o1', niveau: 'verslagEnJaarrekening', activiteitenverslag: 'Gedaan.', gerealiseerdeKostenEurocent: 3_600_00,
      financieelVerslag: null, accountantsverklaring: true, uitAdministratie: financieel, ingediendOp: '2026-12-04T11:00:00+00:00',
    }]));
    http.expectOne((r) => r.url.startsWith('/api/v1/vaststellingen?')).flush(pagina([]));
    await wacht();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.textContent).toContain('Het ingediende verslag');
    expect(el.textContent).toContain('Het financiële deel zoals het bij het indienen uit de boeken van Stichting Welzijn Voor Elkaar kwam');
    expect(el.querySelectorAll('tbody tr').length).toBe(5);
    expect(el.textContent!.replace(/\s+/g, ' ')).toMatch(/Gemaakte kosten\s*€ 3\.600,00/);
    http.expectNone(BOEKEN_URL);
    http.verify();
  });
});
