import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { VerleendeSubsidieDto } from '../api/api-client';
import { OpenData } from './open-data';

const subsidie: VerleendeSubsidieDto = {
  id: '360G-GM9901-SUB-2026-1A2B3C4D', titel: 'Bewonersinitiatieven: Buurtgroep Portiek 12', omschrijving: 'Een buurtfeest.',
  bedragEurocent: 1_234_50, verleendOp: '2026-03-02', van: '2026-06-01', tot: '2026-06-30',
  ontvangerId: '360G-GM9901-ORG-1-buurtgroep-portiek-12', ontvanger: 'Buurtgroep Portiek 12', wijkNaam: 'Centrum', wijkCode: 'WK990100',
  regeling: 'Bewonersinitiatieven', openOproep: true,
};

/** The generated client reads its answers as blobs. */
const json = (waarde: unknown) => new Blob([JSON.stringify(waarde)], { type: 'application/json' });

const wacht = () => new Promise((r) => setTimeout(r, 10));

describe('OpenData', () => {
  it('leest het register van de gekozen gemeente en downloadt dezelfde selectie als de filters', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OpenData);
    fixture.componentRef.setInput('gemeente', ' Voorbeeldstad ');
    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await wacht();

    http.expectOne('/voorbeeldstad/api/v1/open-subsidiedata/keuzes').flush(json({ jaren: [2026, 2025], wijken: [{ id: 'w1', naam: 'Centrum', code: 'WK990100' }] }));
    http.expectOne((r) => r.url.startsWith('/voorbeeldstad/api/v1/open-subsidiedata?'))
      .flush(json({ items: [subsidie], page: 1, pageSize: 20, totalCount: 1, totalPages: 1 }));
    await wacht();
    fixture.detectChanges();
    expect(el.querySelector('tbody th')?.textContent).toBe('Buurtgroep Portiek 12');
    expect(el.querySelector('tbody')?.textContent).toMatch(/€\s1\.234,50/);
    const csv = () => el.querySelector<HTMLAnchorElement>('a[href*="/csv"]')!.getAttribute('href');
    expect(csv()).toBe('/voorbeeldstad/api/v1/open-subsidiedata/csv');

    const [jaar, wijk] = Array.from(el.querySelectorAll('select'));
    jaar.value = '2025';
    jaar.dispatchEvent(new Event('change'));
    wijk.value = 'w1';
    wijk.dispatchEvent(new Event('change'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await wacht();
    const gefilterd = http.expectOne((r) => r.url.startsWith('/voorbeeldstad/api/v1/open-subsidiedata?'));
    expect(gefilterd.request.urlWithParams).toContain('jaar=2025');
    expect(gefilterd.request.urlWithParams).toContain('wijkId=w1');
    gefilterd.flush(json({ items: [], page: 1, pageSize: 20, totalCount: 0, totalPages: 0 }));
    await wacht();
    fixture.detectChanges();
    expect(csv()).toBe('/voorbeeldstad/api/v1/open-subsidiedata/csv?jaar=2025&wijkId=w1');
    expect(el.querySelector<HTMLAnchorElement>('a[href*="/json"]')!.getAttribute('href')).toBe('/voorbeeldstad/api/v1/open-subsidiedata/json?jaar=2025&wijkId=w1');
    expect(el.textContent).toContain('Er zijn (met deze filters) nog geen subsidies verleend.');
    http.verify();
  });
});
