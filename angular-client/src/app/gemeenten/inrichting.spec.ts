import { Observable, of, throwError } from 'rxjs';
import { GemeenteDto, ProvisioningStatus } from '../api/api-client';
import { inrichtingBadge, volgInrichting } from './inrichting';

function gemeente(status: ProvisioningStatus, fout: string | null = null): GemeenteDto {
  return {
    id: '1', naam: 'Utrecht', slug: 'utrecht', gemeentecode: 'GM0344', actief: true, aangemaaktOp: '2025-01-01T00:00:00Z',
    inrichting: { status, fout, gestartOp: null, voltooidOp: null, aantalGebieden: 0 },
  };
}

describe('volgInrichting', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function volg(reeks: GemeenteDto[]) {
    let aanroepen = 0;
    const haal = (): Observable<GemeenteDto> => of(reeks[Math.min(aanroepen++, reeks.length - 1)]);
    const gezien: string[] = [];
    let klaar = false;
    volgInrichting(haal, 2000).subscribe({ next: (g) => gezien.push(g.inrichting.status), complete: () => (klaar = true) });
    return { gezien, klaar: () => klaar, aanroepen: () => aanroepen };
  }

  it('vraagt elke 2 s opnieuw en stopt bij done', () => {
    const v = volg([gemeente('pending'), gemeente('running'), gemeente('done'), gemeente('done')]);
    vi.advanceTimersByTime(0);
    expect(v.gezien).toEqual(['pending']);
    vi.advanceTimersByTime(1999);
    expect(v.aanroepen()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(v.gezien).toEqual(['pending', 'running']);
    vi.advanceTimersByTime(2000);
    expect(v.gezien).toEqual(['pending', 'running', 'done']);
    expect(v.klaar()).toBe(true);
    vi.advanceTimersByTime(10000);
    expect(v.aanroepen()).toBe(3);
  });

  it('stopt bij failed en geeft de mislukte status met reden door', () => {
    const v = volg([gemeente('running'), gemeente('failed', 'CBS niet bereikbaar')]);
    vi.advanceTimersByTime(2000);
    expect(v.gezien).toEqual(['running', 'failed']);
    expect(v.klaar()).toBe(true);
    vi.advanceTimersByTime(10000);
    expect(v.aanroepen()).toBe(2);
  });

  it('vraagt niet opnieuw als de inrichting al klaar is', () => {
    const v = volg([gemeente('done')]);
    vi.advanceTimersByTime(10000);
    expect(v.aanroepen()).toBe(1);
    expect(v.klaar()).toBe(true);
  });

  it('stopt bij een fout', () => {
    let fout: unknown = null;
    let aanroepen = 0;
    volgInrichting(() => (aanroepen++, throwError(() => new Error('weg'))), 2000).subscribe({ error: (e) => (fout = e) });
    vi.advanceTimersByTime(10000);
    expect(fout).toBeInstanceOf(Error);
    expect(aanroepen).toBe(1);
  });
});

describe('inrichtingBadge', () => {
  it('geeft elke status een tekst en een badge-variant (nooit alleen kleur)', () => {
    expect(inrichtingBadge('done')).toEqual({ tekst: 'Ingericht', soort: 'success' });
    expect(inrichtingBadge('failed')).toEqual({ tekst: 'Mislukt', soort: 'danger' });
    expect(inrichtingBadge('running')).toEqual({ tekst: 'Wordt ingericht', soort: 'warning' });
    expect(inrichtingBadge('pending')).toEqual({ tekst: 'Wacht op inrichting', soort: 'neutral' });
    expect(inrichtingBadge(undefined)).toEqual({ tekst: 'Wacht op inrichting', soort: 'neutral' });
  });
});
