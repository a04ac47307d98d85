import { TestBed } from '@angular/core/testing';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { gemeenteInterceptor } from './gemeente.interceptor';
import { Sessie } from './sessie';

describe('gemeenteInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let sessie: Sessie;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([gemeenteInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    sessie = TestBed.inject(Sessie);
  });

  afterEach(() => backend.verify());

  it('stuurt de tenant-claim mee als Gemeente-header op API-aanroepen', () => {
    sessie.zet({ sub: '1', name: 'Anna', email: null, rollen: ['beleidsmedewerker'], tenant: 'utrecht' });
    http.get('/api/v1/gebieden').subscribe();
    expect(backend.expectOne('/api/v1/gebieden').request.headers.get('Gemeente')).toBe('utrecht');
  });

  it('stuurt geen Gemeente-header buiten de API (bijv. het token-eindpunt)', () => {
    sessie.zet({ sub: '1', name: 'Anna', email: null, rollen: ['beleidsmedewerker'], tenant: 'utrecht' });
    http.post('/connect/token', {}).subscribe();
    expect(backend.expectOne('/connect/token').request.headers.has('Gemeente')).toBe(false);
  });

  it('stuurt geen Gemeente-header zonder tenant (platformbeheerder of niet aangemeld)', () => {
    sessie.zet({ sub: '1', name: 'Piet', email: null, rollen: ['platform-beheerder'], tenant: null });
    http.get('/api/v1/gemeenten').subscribe();
    expect(backend.expectOne('/api/v1/gemeenten').request.headers.has('Gemeente')).toBe(false);
  });
});
