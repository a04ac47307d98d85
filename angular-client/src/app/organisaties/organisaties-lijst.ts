import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedenClient, OrganisatieSamenvattingDto, OrganisatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { ORGANISATIES_ROLLEN } from './organisaties.routes';
import { statusSoort } from './status';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

interface Filter {
  soort: string;
  wijkId: string;
  zoek: string;
}

/** The register: filter on soort, wijk and name; paged. */
@Component({
  selector: 'app-organisaties-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij, StatusBadge, Formulierveld, VeldInvoer, Tekstveld],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      @if (magBewerken()) { <a class="utrecht-link" routerLink="nieuw">{{ T.toevoegen }}</a> }
    </div>
    <form class="filters" role="search" [attr.aria-label]="T.filters" (submit)="$event.preventDefault(); pasToe()">
      <app-formulierveld veldId="filter-soort" [label]="T.soort">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer.soort = $any($event.target).value">
          <option value="">{{ T.alleSoorten }}</option>
          @for (s of soorten; track s) { <option [value]="s">{{ T.soortNaam[s] }}</option> }
        </select>
      </app-formulierveld>
      <app-formulierveld veldId="filter-wijk" [label]="T.wijken">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer.wijkId = $any($event.target).value">
          <option value="">{{ T.alleWijken }}</option>
          @for (w of wijken.waarde()?.items ?? []; track w.id) { <option [value]="w.id">{{ w.weergavenaam }}</option> }
        </select>
      </app-formulierveld>
      <app-tekstveld veldId="filter-zoek" type="search" [label]="T.zoek" autocomplete="off" [(waarde)]="invoer.zoek" />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.filter }}</button>
    </form>
    <app-laadblok [bron]="organisaties" [ladenTekst]="T.laden" />
    @if (organisaties.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
        [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-o>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="o.id">{{ o.naam }}</a></th>
          <td class="utrecht-table__cell">{{ T.soortNaam[o.soort] }}</td>
          <td class="utrecht-table__cell">{{ T.rechtsvormNaam[o.rechtsvorm] }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ o.aantalWijken }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[o.status]" [soort]="soort(o.status)" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-block: 1rem; }
    .filters > * { flex: 1 1 12rem; }
    .filters > button { flex: 0 0 auto; }
  `,
})
export class OrganisatiesLijst {
  protected readonly T = T;
  private readonly client = inject(OrganisatiesClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly sessie = inject(Sessie);
  protected readonly soorten = Object.keys(T.soortNaam);
  /** What the filter form holds; applied on submit. */
  protected readonly invoer: Filter = { soort: '', wijkId: '', zoek: '' };
  private readonly filter = signal<Filter>({ ...this.invoer });
  protected readonly pagina = signal(1);
  protected readonly wijken = laadbaar({ laad: () => this.gebieden.listGebieden(1, 100, 'wijk', null) });
  protected readonly organisaties = laadbaar({
    params: () => ({ pagina: this.pagina(), ...this.filter() }),
    laad: ({ pagina, soort, wijkId, zoek }) => this.client.listOrganisaties(pagina, PAGINAGROOTTE, soort || null, wijkId || null, zoek.trim() || null),
  });
  protected readonly magBewerken = computed(() => this.sessie.heeftRol(...ORGANISATIES_ROLLEN.bewerken));
  protected readonly kolommen: Kolom[] = [{ kop: T.naam }, { kop: T.soort }, { kop: T.rechtsvorm }, { kop: T.aantalWijken, numeriek: true }, { kop: T.status }];
  protected readonly sleutel = (o: OrganisatieSamenvattingDto) => o.id;
  protected readonly soort = statusSoort;

  pasToe(): void {
    this.pagina.set(1);
    this.filter.set({ ...this.invoer });
  }
}
