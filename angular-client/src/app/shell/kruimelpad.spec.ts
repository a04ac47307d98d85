import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Kruimelpad } from './kruimelpad';

@Component({ template: '' })
class Leeg {}

@Component({ imports: [Kruimelpad], template: '<app-kruimelpad />' })
class Kader {}

describe('Kruimelpad', () => {
  it('is de NL Design System breadcrumb: ongenummerde lijst, verborgen scheidingstekens, home/up, huidige pagina', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'leden', data: { kruimel: 'Gebruikers' }, children: [
            { path: '', component: Leeg },
            { path: 'uitnodigen', component: Leeg, data: { kruimel: 'Uitnodigen' } },
          ] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const fixture = TestBed.createComponent(Kader);
    await harness.navigateByUrl('/leden/uitnodigen');
    await fixture.whenStable();
    const nav = (fixture.nativeElement as HTMLElement).querySelector('nav')!;
    expect(nav.classList).toContain('utrecht-breadcrumb-nav');
    expect(nav.getAttribute('aria-label')).toBe('Kruimelpad');
    expect(nav.querySelector('ol')!.className).toBe('utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol');
    const items = [...nav.querySelectorAll('li.utrecht-breadcrumb-nav__item')];
    expect(items.map((li) => li.textContent?.trim())).toEqual(['Start', 'Gebruikers', 'Uitnodigen']);
    const scheiders = nav.querySelectorAll('li.utrecht-breadcrumb-nav__separator');
    expect(scheiders.length).toBe(2);
    expect([...scheiders].every((s) => s.getAttribute('aria-hidden') === 'true' && s.hasAttribute('hidden'))).toBe(true);
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['/', 'home'], ['/leden', 'up']]);
    expect(links[0].classList).toContain('utrecht-breadcrumb-nav__link--first');
    const huidig = nav.querySelector('[aria-current="page"]')!;
    expect(huidig.textContent?.trim()).toBe('Uitnodigen');
    expect(huidig.classList).toContain('utrecht-breadcrumb-nav__link--current');
  });

  it('verschijnt niet op de startpagina', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: '', component: Leeg }])] });
    const harness = await RouterTestingHarness.create();
    const fixture = TestBed.createComponent(Kader);
    await harness.navigateByUrl('/');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('nav')).toBeNull();
  });
});
