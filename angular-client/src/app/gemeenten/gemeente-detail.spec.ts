import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject } from 'rxjs';
import { GemeenteDto, GemeentenClient, ProvisioningStatus } from '../api/api-client';
import { GemeenteDetail } from './gemeente-detail';

function gemeente(status: ProvisioningStatus): GemeenteDto {
  return {
    id: '1', naam: 'Heideveen', slug: 'heideveen', gemeentecode: 'GM9903', actief: true, aangemaaktOp: '2026-01-01T10:00:00Z',
    inrichting: { status, fout: null, gestartOp: null, voltooidOp: null, aantalGebieden: status === 'done' ? 3 : 0 },
  };
}

describe('GemeenteDetail', () => {
  it('toont de gemeente met haar inrichtingsstatus, en houdt haar in beeld als het volgen mislukt', async () => {
    const antwoorden: Subject<GemeenteDto>[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GemeentenClient, useValue: { getGemeente: () => { const s = new Subject<GemeenteDto>(); antwoorden.push(s); return s; } } },
      ],
    });
    const fixture = TestBed.createComponent(GemeenteDetail);
    fixture.componentRef.setInput('slug', 'heideveen');
    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await new Promise((r) => setTimeout(r, 10));
    expect(el.querySelector('h1')?.textContent).toBe('heideveen');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Gemeente wordt geladen…');

    antwoorden[0].next(gemeente('running'));
    await new Promise((r) => setTimeout(r, 10));
    fixture.detectChanges();
    expect(el.querySelector('h1')?.textContent).toBe('Heideveen');
    expect(el.querySelector('.utrecht-status-badge')?.textContent).toBe('Wordt ingericht');
    expect(el.querySelector('progress')).not.toBeNull();

    antwoorden[0].error({ status: 503, title: 'De dienst is tijdelijk niet beschikbaar.' });
    await new Promise((r) => setTimeout(r, 10));
    fixture.detectChanges();
    expect(el.querySelector('h1')?.textContent).toBe('Heideveen');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('De dienst is tijdelijk niet beschikbaar.');
  });
});
