import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DeclaratieDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { DeclaratieDetail } from './declaratie-detail';

const INDIENER = 'u-indiener';
const EERSTE = 'u-eerste';

function declaratie(anders: Partial<DeclaratieDto> = {}): DeclaratieDto {
  return {
    id: 'd1', administratieId: 'a1', groepId: 'g1', groepNaam: 'Bewonersvereniging', hostOrganisatieId: 'h1', nummer: 3, kenmerk: 'DEC-2026-3',
    status: 'ingediend', soort: 'onkosten', opdrachtovereenkomstId: null, factuur: null, bedragEurocent: 312_40, uitgavedatum: '2026-11-30', rekening: '4300', rekeningOmschrijving: 'Vervoer en reiskosten',
    omschrijving: 'Bus', naamBegunstigde: 'Anna', iban: null, bonnetje: { naam: 'bon.png', contentType: 'image/png', grootte: 70 },
    ingediendDoorId: INDIENER, ingediendDoor: 'Anna', goedkeuringen: [], benodigdeGoedkeuringen: 2, historie: [], declaratiebetalingId: null,
    aangemaaktOp: '2026-11-30T10:00:00Z', gewijzigdOp: '2026-11-30T10:00:00Z', ...anders,
  };
}

/** The generated client reads its answers as blobs. */
const json = (waarde: unknown) => new Blob([JSON.stringify(waarde)], { type: 'application/json' });
const wacht = () => new Promise((r) => setTimeout(r, 10));

async function toon(sub: string, rollen: string[], d: DeclaratieDto): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  TestBed.inject(Sessie).zet({ sub, name: 'Iemand', email: null, rollen, tenant: 'voorbeeldstad' });
  const fixture = TestBed.createComponent(DeclaratieDetail);
  fixture.componentRef.setInput('id', d.id);
  fixture.detectChanges();
  await wacht();
  TestBed.inject(HttpTestingController).expectOne('/api/v1/declaraties/d1').flush(json(d));
  await wacht();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const knoppen = (el: HTMLElement) => Array.from(el.querySelectorAll('button')).map((b) => b.textContent?.trim());

describe('DeclaratieDetail (vier ogen)', () => {
  it('laat een andere backofficemedewerker goedkeuren of anders beslissen', async () => {
    const el = await toon(EERSTE, ['backoffice'], declaratie());
    expect(knoppen(el)).toContain('Goedkeuren');
    expect(knoppen(el)).toContain('Besluit vastleggen');
    expect(el.textContent).toContain('0 van 2 goedkeuringen');
  });

  it('laat wie indiende niet over de eigen declaratie beslissen', async () => {
    const el = await toon(INDIENER, ['backoffice'], declaratie());
    expect(knoppen(el)).not.toContain('Goedkeuren');
    expect(el.textContent).toContain('U heeft deze declaratie zelf ingediend');
  });

  it('laat wie al goedkeurde niet nog eens goedkeuren', async () => {
    const el = await toon(EERSTE, ['backoffice'], declaratie({ goedkeuringen: [{ doorId: EERSTE, door: 'Eerste', op: '2026-11-30T11:00:00Z' }] }));
    expect(knoppen(el)).not.toContain('Goedkeuren');
    expect(el.textContent).toContain('1 van 2 goedkeuringen');
  });

  it('biedt de vrijwilliger een concept aan om in te dienen, zonder te beslissen', async () => {
    const el = await toon(INDIENER, ['bewonersorganisatie'], declaratie({ status: 'concept' }));
    expect(knoppen(el)).toContain('Declaratie indienen');
    expect(knoppen(el)).toContain('Concept verwijderen');
    expect(knoppen(el)).not.toContain('Goedkeuren');
  });
});
