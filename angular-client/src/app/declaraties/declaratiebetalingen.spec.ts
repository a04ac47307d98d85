import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DeclaratiebetalingDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Declaratiebetalingen } from './declaratiebetalingen';

function batch(anders: Partial<DeclaratiebetalingDto> = {}): DeclaratiebetalingDto {
  return {
    id: 'b1', hostId: 'h1', hostOrganisatieId: 'o1', berichtkenmerk: 'GKD-20261130-ABC123', opdrachtgever: 'Stichting Welzijn', opdrachtgeverIban: 'NL91ABNA0417164300',
    uitvoerdatum: '2026-12-01', status: 'klaargezet', uitgevoerdOp: null, intrekkingsreden: null, totaalEurocent: 56_30,
    overboekingen: [{ declaratieId: 'd1', administratieId: 'a1', kenmerk: 'DEC-2026-1', begunstigde: 'Anna', iban: 'NL44RABO0123456789', bedragEurocent: 56_30 }],
    aangemaaktOp: '2026-11-30T10:00:00Z', gewijzigdOp: '2026-11-30T10:00:00Z', ...anders,
  };
}

/** The generated client reads its answers as blobs. */
const json = (waarde: unknown) => new Blob([JSON.stringify(waarde)], { type: 'application/json' });
const wacht = () => new Promise((r) => setTimeout(r, 10));
const pagina = (items: DeclaratiebetalingDto[]) => ({ items, page: 1, pageSize: 20, totalCount: items.length, totalPages: 1 });

async function toon(batches: DeclaratiebetalingDto[]) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(Sessie).zet({ sub: 'u1', name: 'Boekhouder', email: null, rollen: ['backoffice'], tenant: 'voorbeeldstad' });
  const fixture = TestBed.createComponent(Declaratiebetalingen);
  fixture.detectChanges();
  await wacht();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne((r) => r.url.startsWith('/api/v1/declaratiebetalingen')).flush(json(pagina(batches)));
  http.expectOne((r) => r.url.startsWith('/api/v1/hostorganisaties')).flush(json({ items: [], page: 1, pageSize: 100, totalCount: 0, totalPages: 0 }));
  await wacht();
  fixture.detectChanges();
  return { fixture, http, el: fixture.nativeElement as HTMLElement };
}

const intrekForm = (el: HTMLElement) => el.querySelector<HTMLFormElement>('form[aria-labelledby="intrekking-kop"]');

describe('Declaratiebetalingen (intrekken)', () => {
  it('vraagt een reden en trekt dan de klaargezette batch in', async () => {
    const { fixture, http, el } = await toon([batch()]);
    const form = intrekForm(el)!;

    form.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    expect(el.textContent).toContain('Geef de reden van de intrekking op.');
    http.expectNone((r) => r.url.endsWith('/intrekkingen'));

    const reden = form.querySelector('textarea')!;
    reden.value = 'De bank weigerde het bestand';
    reden.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await wacht();
    const verzoek = http.expectOne('/api/v1/declaratiebetalingen/b1/intrekkingen');
    expect(verzoek.request.method).toBe('POST');
    expect(JSON.parse(verzoek.request.body as string)).toEqual({ reden: 'De bank weigerde het bestand' });
  });

  it('toont een ingetrokken batch met de reden, zonder SEPA-bestand en zonder formulier', async () => {
    const { el } = await toon([batch({ status: 'ingetrokken', intrekkingsreden: 'Nooit verstuurd' })]);
    expect(el.textContent).toContain('Ingetrokken: Nooit verstuurd');
    expect(Array.from(el.querySelectorAll('button')).map((b) => b.textContent?.trim())).not.toContain('SEPA-bestand');
    expect(intrekForm(el)).toBeNull();
  });
});
