import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Sessie } from '../auth/sessie';

/** Wait until the theme link shows the outcome (the effect applies it after the response), however slow the machine. */
const themaWordt = (href: string) => vi.waitFor(() => expect(themaHref()).toBe(href), { timeout: 2000, interval: 10 });
import { Huisstijl, logoUrl, zetThemaLink } from './thema';

function themaHref(): string | null {
  return document.getElementById('thema')?.getAttribute('href') ?? null;
}

describe('thema laden', () => {
  let backend: HttpTestingController;
  let sessie: Sessie;

  beforeEach(() => {
    document.getElementById('thema')?.remove();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    sessie = TestBed.inject(Sessie);
  });

  afterEach(() => backend.verify());

  it('zet de link op het thema van de gemeente en toont de echte naam', async () => {
    const huisstijl = TestBed.inject(Huisstijl);
    sessie.zet({ sub: '1', name: 'Anna', email: null, rollen: ['gemeente-beheerder'], tenant: 'den-haag' });
    TestBed.tick();
    backend.expectOne('/api/v1/instellingen').flush({ gemeente: "'s-Gravenhage", slug: 'den-haag', thema: 'groen', heeftLogo: true, beschikbareThemas: [] });
    await themaWordt('/themes/groen.css');
    expect(huisstijl.gemeenteNaam()).toBe("'s-Gravenhage");
    expect(huisstijl.logo()).toBe('/den-haag/api/v1/instellingen/logo');
  });

  it('valt terug op neutraal bij een onbekend thema', async () => {
    const huisstijl = TestBed.inject(Huisstijl);
    sessie.zet({ sub: '1', name: 'Anna', email: null, rollen: ['raadslid'], tenant: 'utrecht' });
    TestBed.tick();
    backend.expectOne('/api/v1/instellingen').flush({ gemeente: 'Utrecht', slug: 'utrecht', thema: 'paars', heeftLogo: false, beschikbareThemas: [] });
    await vi.waitFor(() => expect(huisstijl.instellingen()).not.toBeNull(), { timeout: 2000, interval: 10 });
    await themaWordt('/themes/neutraal.css');
  });

  it('gebruikt neutraal zonder aanmelding en voor het platform, zonder de API te vragen', () => {
    const huisstijl = TestBed.inject(Huisstijl);
    TestBed.tick();
    expect(themaHref()).toBe('/themes/neutraal.css');
    sessie.zet({ sub: '1', name: 'Piet', email: null, rollen: ['platform-beheerder'], tenant: null });
    TestBed.tick();
    expect(themaHref()).toBe('/themes/neutraal.css');
    expect(huisstijl.instellingen()).toBeNull();
  });

  it('valt terug op neutraal als de instellingen niet te laden zijn', async () => {
    zetThemaLink('stad');
    TestBed.inject(Huisstijl);
    sessie.zet({ sub: '1', name: 'Anna', email: null, rollen: ['raadslid'], tenant: 'utrecht' });
    TestBed.tick();
    backend.expectOne('/api/v1/instellingen').flush({ status: 404, title: 'Niet gevonden' }, { status: 404, statusText: 'Not Found' });
    await themaWordt('/themes/neutraal.css');
  });

  it('zetThemaLink maakt één link en past die aan', () => {
    zetThemaLink('hoog-contrast');
    zetThemaLink('stad');
    expect(document.querySelectorAll('link#thema').length).toBe(1);
    expect(themaHref()).toBe('/themes/stad.css');
    zetThemaLink('<script>');
    expect(themaHref()).toBe('/themes/neutraal.css');
  });

  it('logoUrl gebruikt het padvoorvoegsel en een cache-buster na upload', () => {
    expect(logoUrl('utrecht', 42)).toBe('/utrecht/api/v1/instellingen/logo?v=42');
  });
});
