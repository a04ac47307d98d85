import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { rolGuard } from './rol.guard';
import { Sessie } from './sessie';
import { leesClaims } from './claims';

describe('rolGuard', () => {
  const voer = (url: string) =>
    TestBed.runInInjectionContext(() =>
      rolGuard('gemeente-beheerder')({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([])] }));

  it('stuurt een anonieme bezoeker naar aanmelden, met de terugweg', () => {
    const uit = voer('/leden');
    expect(uit).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(uit as UrlTree)).toBe('/aanmelden?terug=%2Fleden');
  });

  it('stuurt iemand zonder de rol naar de 403-pagina', () => {
    TestBed.inject(Sessie).zet(leesClaims({ sub: 'x', role: 'raadslid', tenant: 'utrecht' }));
    const uit = voer('/leden');
    expect(TestBed.inject(Router).serializeUrl(uit as UrlTree)).toBe('/geen-toegang');
  });

  it('laat iemand met de rol door, ook als role een lijst is', () => {
    TestBed.inject(Sessie).zet(leesClaims({ sub: 'x', role: ['raadslid', 'gemeente-beheerder'], tenant: 'utrecht' }));
    expect(voer('/leden')).toBe(true);
  });
});
