import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Formulierveld, Veldgroep, VeldInvoer } from './formulierveld';
import { Gegeven, Gegevens } from './gegevens';
import { StatusBadge } from './status-badge';

@Component({
  imports: [Formulierveld, VeldInvoer, Veldgroep, Gegevens, Gegeven, StatusBadge],
  template: `
    <app-formulierveld veldId="ouder" label="Valt onder" uitleg="Het gebied erboven." [fouten]="fouten()">
      <select appVeldInvoer class="utrecht-select utrecht-select--html-select"><option>Geen</option></select>
    </app-formulierveld>
    <app-formulierveld veldId="pilot" soort="checkbox" label="Pilot">
      <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" />
    </app-formulierveld>
    <app-veldgroep veldId="rollen" legenda="Rollen" [fouten]="fouten()"><span>…</span></app-veldgroep>
    <dl app-gegevens>
      <div app-gegeven term="Code">GM0344</div>
      <div app-gegeven term="Status"><app-status-badge tekst="Ingericht" soort="success" /></div>
    </dl>
  `,
})
class Gastheer {
  readonly fouten = signal<string[]>([]);
}

describe('formulier- en gegevensbouwstenen', () => {
  async function toon() {
    const fixture = TestBed.createComponent(Gastheer);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('koppelt label, uitleg en foutmelding aan het invoerelement, en markeert het ongeldig', async () => {
    const { fixture, el } = await toon();
    const select = el.querySelector('select')!;
    expect(select.id).toBe('ouder');
    expect(el.querySelector('label[for="ouder"]')?.textContent).toBe('Valt onder');
    expect(select.getAttribute('aria-describedby')).toBe('ouder-uitleg');
    expect(select.hasAttribute('aria-invalid')).toBe(false);

    fixture.componentInstance.fouten.set(['Kies een wijk.']);
    await fixture.whenStable();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('ouder-fout ouder-uitleg');
    expect(select.classList).toContain('utrecht-select--invalid');
    expect(select.classList).toContain('utrecht-select');
    expect(el.querySelector('#ouder-fout')?.textContent).toContain('Kies een wijk.');
    expect(el.querySelector('.utrecht-form-field')?.classList).toContain('utrecht-form-field--invalid');
  });

  it('legt een checkbox uit als NL Design System checkboxveld (label ernaast)', async () => {
    const { el } = await toon();
    const veld = el.querySelectorAll('.utrecht-form-field')[1];
    expect(veld.classList).toContain('utrecht-form-field--checkbox');
    expect(veld.querySelector('label')?.className).toBe('utrecht-form-label utrecht-form-label--checkbox');
    expect(veld.querySelector('input')?.id).toBe('pilot');
  });

  it('geeft een veldgroep een legenda en koppelt haar fout aan de fieldset', async () => {
    const { fixture, el } = await toon();
    fixture.componentInstance.fouten.set(['Kies minstens één rol.']);
    await fixture.whenStable();
    const fieldset = el.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')?.textContent).toBe('Rollen');
    expect(fieldset.getAttribute('aria-invalid')).toBe('true');
    expect(fieldset.getAttribute('aria-describedby')).toBe('rollen-fout');
    expect(el.querySelector('#rollen-fout')?.textContent).toContain('Kies minstens één rol.');
  });

  it('maakt een Utrecht data list van dl/div/dt/dd, met een statusbadge als waarde', async () => {
    const { el } = await toon();
    const dl = el.querySelector('dl')!;
    expect(dl.classList).toContain('utrecht-data-list');
    const items = [...dl.children];
    expect(items.every((i) => i.tagName === 'DIV' && i.classList.contains('utrecht-data-list__item'))).toBe(true);
    expect(items.map((i) => [i.querySelector('dt')?.textContent?.trim(), i.querySelector('dd')?.textContent?.trim()])).toEqual([
      ['Code', 'GM0344'],
      ['Status', 'Ingericht'],
    ]);
    expect(dl.querySelector('.utrecht-status-badge')?.className).toBe('utrecht-status-badge utrecht-status-badge--success');
  });
});
