import { Component, inject, input, linkedSignal } from '@angular/core';
import { Router } from '@angular/router';
import { BeleidskadersClient, WijzigingDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** Two versions side by side: per part a table of what was added, removed or changed (`?van=…&naar=…`). */
@Component({
  selector: 'app-versies-vergelijken',
  imports: [Laadblok, Tabel, TabelRij, StatusBadge, Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.vergelijkingTitel }}</h1>
    <app-laadblok [bron]="versies" [ladenTekst]="T.versiesLaden" />
    @if (versies.waarde(); as l) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); vergelijk()">
        @for (veld of velden; track veld.id) {
          <app-formulierveld [veldId]="veld.id" [label]="veld.label" [fouten]="formulier.van(veld.id)">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="veld.keuze.set($any($event.target).value)">
              <option value="" [selected]="!veld.keuze()">{{ T.kiesVersie }}</option>
              @for (v of l.items; track v.id) {
                <option [value]="v.id" [selected]="v.id === veld.keuze()">{{ T.versieKop(v.versie, v.titel) }} ({{ T.statusNaam[v.status] }})</option>
              }
            </select>
          </app-formulierveld>
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">{{ T.vergelijk }}</button>
        </div>
      </form>
    }
    <app-laadblok [bron]="vergelijking" [ladenTekst]="T.vergelijkingLaden" />
    @if (vergelijking.waarde(); as v) {
      <h2 class="utrecht-heading-2">{{ T.vergelijkingKop(v.van.versie, v.naar.versie) }}</h2>
      @for (o of v.onderdelen; track o.onderdeel) {
        <h3 class="utrecht-heading-3">{{ o.onderdeel }}</h3>
        <app-tabel [label]="o.onderdeel" [bijschrift]="o.onderdeel + ': ' + T.vergelijkingKop(v.van.versie, v.naar.versie)" [kolommen]="kolommen"
          [rijen]="o.wijzigingen" [leegTekst]="T.ongewijzigd">
          <ng-template [appTabelRij]="o.wijzigingen" let-w>
            <th class="utrecht-table__header-cell" scope="row">{{ w.item }}</th>
            <td class="utrecht-table__cell vergelijking__tekst">{{ w.oud ?? T.geen }}</td>
            <td class="utrecht-table__cell vergelijking__tekst">{{ w.nieuw ?? T.geen }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.wijzigingSoort[w.soort]" [soort]="badge(w)" /></td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
  styles: `.vergelijking__tekst { white-space: pre-line; overflow-wrap: anywhere; min-inline-size: 10rem; }`,
})
export class VersiesVergelijken {
  protected readonly T = T;
  readonly van = input<string>();
  readonly naar = input<string>();
  private readonly client = inject(BeleidskadersClient);
  private readonly router = inject(Router);
  protected readonly versies = laadbaar({ laad: () => this.client.listBeleidskaders(1, 100) });
  protected readonly velden = [
    { id: 'van' as const, label: T.van, keuze: linkedSignal(() => this.van() ?? '') },
    { id: 'naar' as const, label: T.naar, keuze: linkedSignal(() => this.naar() ?? '') },
  ];
  protected readonly formulier = new Formulier({ van: T.van, naar: T.naar });
  protected readonly vergelijking = laadbaar({
    params: () => {
      const [van, naar] = [this.van(), this.naar()];
      return van && naar && van !== naar ? { van, naar } : undefined;
    },
    laad: ({ van, naar }) => this.client.compareBeleidskaders(naar, van),
  });
  protected readonly kolommen: Kolom[] = [{ kop: T.kolomItem }, { kop: T.kolomOud }, { kop: T.kolomNieuw }, { kop: T.kolomSoort }];
  protected readonly badge = (w: WijzigingDto) => (w.soort === 'toegevoegd' ? 'success' : w.soort === 'verwijderd' ? 'danger' : 'warning');

  vergelijk(): void {
    const [van, naar] = this.velden.map((v) => v.keuze());
    const fout = (x: string) => (!x ? [T.kiesVersie] : van === naar ? [T.kiesTweeVersies] : []);
    if (!this.formulier.controleer({ van: fout(van), naar: fout(naar) })) return;
    void this.router.navigate([], { queryParams: { van, naar } });
  }
}
