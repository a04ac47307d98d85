import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { GemeenteKiezer } from './gemeente-kiezer';

describe('GemeenteKiezer', () => {
  async function toon() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(GemeenteKiezer);
    fixture.componentRef.setInput('vraag', 'Van welke gemeente wilt u de BuurtTops bekijken?');
    fixture.componentRef.setInput('knop', 'BuurtTops bekijken');
    await fixture.whenStable();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { fixture, el: fixture.nativeElement as HTMLElement, navigate };
  }

  it('vraagt de korte naam en zegt bij het veld wat ontbreekt', async () => {
    const { fixture, el, navigate } = await toon();
    expect(el.textContent).toContain('Van welke gemeente wilt u de BuurtTops bekijken?');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    expect(el.querySelector('#gemeente-fout')?.textContent).toContain('Vul de korte naam van de gemeente in.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('zet de gemeente, in kleine letters, in het adres van de pagina', async () => {
    const { fixture, el, navigate } = await toon();
    const veld = el.querySelector<HTMLInputElement>('#gemeente')!;
    veld.value = '  Voorbeeldstad ';
    veld.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { gemeente: 'voorbeeldstad' } });
  });
});
