import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DeclaratieDto, DeclaratiesClient, DeclaratieStatus } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { declaratieSoort } from './declaratie-client';
import { DECLARATIES_ROLLEN } from './declaraties.routes';
import { DECLARATIES_TEKSTEN as T } from './teksten';

const STATUSSEN = Object.keys(T.statusNaam) as DeclaratieStatus[];

/** The declaraties the reader may see: the back office its host's queue (what waits for a decision first), a group its own. */
@Component({
  selector: 'app-declaraties-lijst',
  imports: [RouterLink, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    <div class="utrecht-button-group acties">
      @if (magIndienen()) {
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/declaraties/nieuw">{{ T.nieuwKnop }}</a>
      }
      @if (magBetalen()) {
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/declaraties/betalingen">{{ T.betalingenLink }}</a>
      }
    </div>
    <p class="filter">
      <label class="utrecht-form-label" for="declaraties-status">{{ T.filterLabel }}</label>
      <select id="declaraties-status" class="utrecht-select utrecht-select--html-select" (change)="kies($any($event.target).value)">
        <option value="" [selected]="!status()">{{ T.alle }}</option>
        @for (s of statussen; track s) { <option [value]="s" [selected]="s === status()">{{ T.statusNaam[s] }}</option> }
      </select>
    </p>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-d>
          <th class="utrecht-table__header-cell declaratie" scope="row">
            <a class="utrecht-link" [routerLink]="['/declaraties', d.id]">{{ d.kenmerk }}</a><br />
            <span class="omschrijving">@if (d.soort === 'factuur') { {{ T.factuurTerm }}: }{{ d.omschrijving }}</span><br /><span class="klein">{{ d.groepNaam }}, {{ datum(d.uitgavedatum) }}</span>
          </th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(d.bedragEurocent) }}</td>
          <td class="utrecht-table__cell">
            <app-status-badge [tekst]="T.statusNaam[d.status]" [soort]="soort(d.status)" />
            @if (d.status === 'ingediend' || d.status === 'aangehouden') {
              <br /><span class="klein">{{ T.goedkeuringenStand(d.goedkeuringen.length, d.benodigdeGoedkeuringen) }}</span>
            }
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .filter { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    .acties { margin-block-start: 1rem; }
    .declaratie { white-space: normal; overflow-wrap: anywhere; min-inline-size: 7rem; }
    .omschrijving { font-weight: normal; }
  `,
})
export class DeclaratiesLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(DeclaratiesClient);
  protected readonly statussen = STATUSSEN;
  protected readonly pagina = signal(1);
  protected readonly status = signal<DeclaratieStatus | null>(null);
  /** `?administratie=<id>`: one group's declaraties (the link on its administratie). */
  readonly administratie = input<string>();
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), s: this.status(), a: this.administratie() || null }),
    laad: ({ p, s, a }) => this.client.listDeclaraties(p, 20, a, s),
  });
  protected readonly magIndienen = computed(() => this.sessie.heeftRol(...DECLARATIES_ROLLEN.indienen));
  protected readonly magBetalen = computed(() => this.sessie.heeftRol(...DECLARATIES_ROLLEN.beoordelen));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.declaratieKolom }, { kop: T.bedrag, numeriek: true }, { kop: T.status },
  ];
  protected readonly sleutel = (d: DeclaratieDto) => d.id;
  protected readonly soort = declaratieSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected kies(waarde: string): void {
    this.status.set((waarde || null) as DeclaratieStatus | null);
    this.pagina.set(1);
  }
}
