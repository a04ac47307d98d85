import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { documentLader } from './document';
import { naarProbleem } from './probleem';

describe('documentLader', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));

  it('geeft het bestand met de naam van de server', async () => {
    const laad = TestBed.runInInjectionContext(() => documentLader());
    const document = firstValueFrom(laad('/administraties/a1/auditfile?jaar=2026', 'auditfile.xaf'));
    TestBed.inject(HttpTestingController).expectOne('/api/v1/administraties/a1/auditfile?jaar=2026')
      .flush(new Blob(['<Auditfile/>']), { headers: { 'Content-Disposition': 'attachment; filename="auditfile-2026.xaf"' } });
    expect((await document).naam).toBe('auditfile-2026.xaf');
  });

  it('laat bij een weigering de Nederlandse uitleg van de server zien, niet alleen de status', async () => {
    const laad = TestBed.runInInjectionContext(() => documentLader());
    const document = firstValueFrom(laad('/declaraties/d1/bonnetje', 'bonnetje'));
    const probleem = { status: 404, title: 'Niet gevonden', detail: 'Deze declaratie heeft geen bonnetje.' };
    TestBed.inject(HttpTestingController).expectOne('/api/v1/declaraties/d1/bonnetje')
      .flush(new Blob([JSON.stringify(probleem)], { type: 'application/problem+json' }), { status: 404, statusText: 'Not Found' });
    const fout = await document.then(() => null, (e: unknown) => e);
    expect(naarProbleem(fout)).toMatchObject({ status: 404, titel: 'Niet gevonden', detail: 'Deze declaratie heeft geen bonnetje.' });
  });
});
