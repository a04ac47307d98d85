import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Paginainfo } from './paginering';
import { Kolom, Tabel, TabelRij } from './tabel';

interface Rij {
  id: string;
  naam: string;
  aantal: number;
}

@Component({
  imports: [Tabel, TabelRij],
  template: `
    <app-tabel label="Wijken" [kolommen]="kolommen" [rijen]="rijen()" leegTekst="Nog geen wijken." [pagina]="pagina()"
      [eenheid]="{ een: 'wijk', meer: 'wijken' }" (kiesPagina)="gekozen.set($event)">
      <ng-template [appTabelRij]="rijen()" let-r>
        <th class="utrecht-table__header-cell" scope="row">{{ r.naam }}</th>
        <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ r.aantal }}</td>
      </ng-template>
    </app-tabel>
  `,
})
class Gastheer {
  readonly kolommen: Kolom[] = [{ kop: 'Naam' }, { kop: 'Aantal', numeriek: true }];
  readonly rijen = signal<Rij[]>([]);
  readonly pagina = signal<Paginainfo | undefined>(undefined);
  readonly gekozen = signal<number | null>(null);
}

describe('Tabel', () => {
  async function toon(rijen: Rij[], pagina?: Paginainfo) {
    const fixture = TestBed.createComponent(Gastheer);
    fixture.componentInstance.rijen.set(rijen);
    fixture.componentInstance.pagina.set(pagina);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('toont de lege staat zonder tabel en zonder paginering', async () => {
    const { el } = await toon([], { page: 1, totalPages: 1, totalCount: 0 });
    expect(el.querySelector('table')).toBeNull();
    expect(el.textContent).toContain('Nog geen wijken.');
    expect(el.querySelector('nav')).toBeNull();
  });

  it('toont kolomkoppen en één rij per item in een gelabelde, scrollbare regio', async () => {
    const { el } = await toon([{ id: '1', naam: 'Centrum', aantal: 12 }, { id: '2', naam: 'Noord', aantal: 3 }]);
    const regio = el.querySelector('[role="region"]')!;
    expect(regio.getAttribute('aria-label')).toBe('Wijken');
    expect(regio.getAttribute('tabindex')).toBe('0');
    const koppen = [...el.querySelectorAll('thead th')];
    expect(koppen.map((k) => k.textContent?.trim())).toEqual(['Naam', 'Aantal']);
    expect(koppen[1].classList).toContain('utrecht-table__header-cell--numeric');
    const rijen = [...el.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()));
    expect(rijen).toEqual([['Centrum', '12'], ['Noord', '3']]);
  });

  it('pagineert: vorige/volgende en het aantal, en meldt de gekozen pagina', async () => {
    const { fixture, el } = await toon([{ id: '1', naam: 'Centrum', aantal: 1 }], { page: 2, totalPages: 3, totalCount: 45 });
    const nav = el.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Paginering Wijken');
    expect(nav.textContent).toContain('Pagina 2 van 3 (45 wijken)');
    const [vorige, volgende] = [...nav.querySelectorAll('button')];
    expect(vorige.disabled).toBe(false);
    volgende.click();
    expect(fixture.componentInstance.gekozen()).toBe(3);
  });

  it('toont bij één pagina alleen het aantal', async () => {
    const { el } = await toon([{ id: '1', naam: 'Centrum', aantal: 1 }], { page: 1, totalPages: 1, totalCount: 1 });
    expect(el.querySelector('nav')).toBeNull();
    expect(el.textContent).toContain('1 wijk');
    expect(el.textContent).not.toContain('1 wijken');
  });
});
