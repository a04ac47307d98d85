import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Sessie } from '../auth/sessie';

import { GemeenteWissel } from './gemeente-wissel';

describe('GemeenteWissel', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Sessie).zet({ sub: '1', name: 'Anna', email: null, rollen: ['gemeente-beheerder'], tenant: 'utrecht' });
  });

  afterEach(() => backend.verify());

  async function toon(lidmaatschappen: { slug: string; naam: string; rollen: string[] }[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(GemeenteWissel);
    fixture.detectChanges();
    backend.expectOne('/api/v1/mijn-lidmaatschappen').flush(lidmaatschappen);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('is verborgen met één lidmaatschap', async () => {
    const el = await toon([{ slug: 'utrecht', naam: 'Utrecht', rollen: ['gemeente-beheerder'] }]);
    expect(el.querySelector('select')).toBeNull();
  });

  it('is verborgen zonder lidmaatschappen', async () => {
    const el = await toon([]);
    expect(el.querySelector('select')).toBeNull();
  });

  it('toont de gemeenten bij twee of meer lidmaatschappen, met de huidige gekozen', async () => {
    const el = await toon([
      { slug: 'utrecht', naam: 'Utrecht', rollen: ['gemeente-beheerder'] },
      { slug: 'den-haag', naam: "'s-Gravenhage", rollen: ['raadslid'] },
    ]);
    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select).not.toBeNull();
    expect(el.querySelector(`label[for="${select.id}"]`)?.textContent).toContain('Andere gemeente');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual(['Utrecht', "'s-Gravenhage"]);
    expect(select.value).toBe('utrecht');
  });
});
