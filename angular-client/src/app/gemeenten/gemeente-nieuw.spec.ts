import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { throwError } from 'rxjs';
import { GemeentenClient } from '../api/api-client';
import { GemeenteNieuw } from './gemeente-nieuw';

describe('GemeenteNieuw', () => {
  it('toont de veldfouten van de API bij het veld, gekoppeld met aria-describedby', async () => {
    const problem = { title: 'Ongeldige invoer', status: 400, errors: { slug: ['Deze korte naam is al in gebruik.'] } };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: GemeentenClient, useValue: { createGemeente: () => throwError(() => problem) } }],
    });
    const fixture = TestBed.createComponent(GemeenteNieuw);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const typ = (id: string, w: string) => {
      const input = el.querySelector<HTMLInputElement>('#' + id)!;
      input.value = w;
      input.dispatchEvent(new Event('input'));
    };
    typ('naam', 'Utrecht');
    typ('slug', 'utrecht');
    typ('gemeentecode', 'GM0344');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const slug = el.querySelector<HTMLInputElement>('#slug')!;
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    expect(slug.getAttribute('aria-describedby')).toContain('slug-fout');
    expect(el.querySelector('#slug-fout')?.textContent).toContain('Deze korte naam is al in gebruik.');
    expect(el.querySelector('#naam')?.getAttribute('aria-invalid')).toBeNull();
  });
});
