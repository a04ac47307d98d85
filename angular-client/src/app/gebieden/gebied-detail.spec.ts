import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { GebiedDetailDto, GebiedenClient } from '../api/api-client';
import { GebiedDetail } from './gebied-detail';

const GEBIED: GebiedDetailDto = {
  id: 'w1', code: 'WK034401', naam: null, weergavenaam: 'Binnenstad', soort: 'wijk', ouderId: 'g1', ouderWeergavenaam: 'Testgemeente', pilot: true,
  kerncijfers: [
    { maatstaf: 'inwoners', titel: 'Inwoners', eenheid: 'aantal', waarde: 12345, bron: 'CBS', jaar: 2023, bekend: true },
    { maatstaf: 'inkomen', titel: 'Gemiddeld inkomen', eenheid: 'x 1.000 euro', waarde: null, bron: 'CBS', jaar: 2022, bekend: false },
  ],
};

describe('GebiedDetail', () => {
  it('toont de kerncijfers in het Nederlands, "onbekend" voor null en de bronregel', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: GebiedenClient, useValue: { getGebied: () => of(GEBIED) } }],
    });
    const fixture = TestBed.createComponent(GebiedDetail);
    fixture.componentRef.setInput('id', 'w1');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain('Binnenstad');
    expect(el.querySelector('a[href="/wijken/g1"]')?.textContent?.trim()).toBe('Testgemeente');
    const rijen = [...el.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()));
    expect(rijen).toEqual([
      ['Inwoners', '12.345', 'aantal', 'bron: CBS, 2023'],
      ['Gemiddeld inkomen', 'onbekend', 'x 1.000 euro', 'bron: CBS, 2022'],
    ]);
  });
});
