import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { BeleidskaderSamenvattingDto, BeleidskaderVergelijkingDto, BeleidskadersClient } from '../api/api-client';
import { VersiesVergelijken } from './versies-vergelijken';

const versie = (versie: number, status: BeleidskaderSamenvattingDto['status']): BeleidskaderSamenvattingDto => ({
  id: `v${versie}`, versie, titel: 'Kader', status, gewijzigdOp: '2026-01-01T00:00:00Z', raadsbesluitDatum: null, raadsbesluitKenmerk: null,
});

const VERGELIJKING: BeleidskaderVergelijkingDto = {
  van: versie(1, 'vastgesteld'),
  naar: versie(2, 'concept'),
  onderdelen: [
    { onderdeel: 'Financieringsbronnen', gewijzigd: true, wijzigingen: [
      { soort: 'gewijzigd', item: 'Welzijn', oud: '€ 100,00 per jaar', nieuw: '€ 150,00 per jaar' },
      { soort: 'toegevoegd', item: 'Buurtbudget', oud: null, nieuw: '€ 10,00 per jaar' },
    ] },
    { onderdeel: 'Partijen', gewijzigd: false, wijzigingen: [] },
  ],
};

describe('VersiesVergelijken', () => {
  it('vergelijkt de twee gekozen versies en toont per onderdeel item, oud, nieuw en soort', async () => {
    const compare = vi.fn(() => of(VERGELIJKING));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BeleidskadersClient, useValue: { listBeleidskaders: () => of({ items: [versie(2, 'concept'), versie(1, 'vastgesteld')], page: 1, pageSize: 100, totalCount: 2, totalPages: 1 }), compareBeleidskaders: compare } },
      ],
    });
    const fixture = TestBed.createComponent(VersiesVergelijken);
    fixture.componentRef.setInput('van', 'v1');
    fixture.componentRef.setInput('naar', 'v2');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(compare).toHaveBeenCalledWith('v2', 'v1');
    expect(el.querySelector('h2')?.textContent).toBe('Versie 1 naast versie 2');
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Financieringsbronnen', 'Partijen']);
    const rijen = [...el.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()));
    expect(rijen).toEqual([
      ['Welzijn', '€ 100,00 per jaar', '€ 150,00 per jaar', 'Gewijzigd'],
      ['Buurtbudget', '—', '€ 10,00 per jaar', 'Toegevoegd'],
    ]);
    expect(el.textContent).toContain('Ongewijzigd.');
  });

  it('vergelijkt niets zolang er geen twee verschillende versies gekozen zijn', async () => {
    const compare = vi.fn(() => of(VERGELIJKING));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: BeleidskadersClient, useValue: { listBeleidskaders: () => of({ items: [], page: 1, pageSize: 100, totalCount: 0, totalPages: 0 }), compareBeleidskaders: compare } }],
    });
    const fixture = TestBed.createComponent(VersiesVergelijken);
    fixture.componentRef.setInput('van', 'v1');
    fixture.componentRef.setInput('naar', 'v1');
    await fixture.whenStable();
    expect(compare).not.toHaveBeenCalled();
  });
});
