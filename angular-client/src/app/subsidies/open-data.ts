import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { Open_subsidiedataClient, VerleendeSubsidieDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { OPEN_DATA_TEKSTEN as T } from './open-data-teksten';

const PAGINAGROOTTE = 20;

interface Filter {
  jaar: string;
  wijkId: string;
}

/**
 * The public register of granted subsidies (the records of the 360Giving open-data files): who got what, for which wijk, filtered
 * by award year and wijk, with the CSV and JSON downloads of the same selection. Read without signing in with
 * `?gemeente=<slug>`; a signed-in reader reads their own gemeente. The files are public, so plain links on the public
 * path prefix download them.
 */
@Component({
  selector: 'app-open-data',
  imports: [GemeenteKiezer, Laadblok, Tabel, TabelRij, Formulierveld, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ T.kop }}</h1>
    <p class="utrecht-paragraph">{{ T.uitleg }}</p>
    @if (!gemeenteSlug()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <form class="filters" role="search" [attr.aria-label]="T.filters" (submit)="$event.preventDefault(); pasToe()">
        <app-formulierveld veldId="filter-jaar" [label]="T.jaar">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer.jaar = $any($event.target).value">
            <option value="">{{ T.alleJaren }}</option>
            @for (j of keuzes.waarde()?.jaren ?? []; track j) { <option [value]="j">{{ j }}</option> }
          </select>
        </app-formulierveld>
        <app-formulierveld veldId="filter-wijk" [label]="T.wijk">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer.wijkId = $any($event.target).value">
            <option value="">{{ T.alleWijken }}</option>
            @for (w of keuzes.waarde()?.wijken ?? []; track w.id) { <option [value]="w.id">{{ w.naam }}</option> }
          </select>
        </app-formulierveld>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.filter }}</button>
      </form>
      <section class="downloads" aria-labelledby="downloads-kop">
        <h2 class="utrecht-heading-2" id="downloads-kop">{{ T.downloads }}</h2>
        <p class="utrecht-paragraph">{{ T.bestandenUitleg }}</p>
        <div class="utrecht-button-group">
          <a class="utrecht-button-link utrecht-button-link--secondary-action" [href]="bestand('csv')" download>{{ T.downloadCsv }}</a>
          <a class="utrecht-button-link utrecht-button-link--secondary-action" [href]="bestand('json')" download>{{ T.downloadJson }}</a>
        </div>
      </section>
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.titel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-s>
            <th class="utrecht-table__header-cell" scope="row">{{ s.ontvanger }}</th>
            <td class="utrecht-table__cell">{{ s.regeling }}</td>
            <td class="utrecht-table__cell activiteiten">{{ s.omschrijving }}</td>
            <td class="utrecht-table__cell">{{ s.wijkNaam ?? T.geenWijk }}</td>
            <td class="utrecht-table__cell">{{ datum(s.verleendOp) }}</td>
            <td class="utrecht-table__cell">{{ T.tijdvak(datum(s.van), datum(s.tot)) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(s.bedragEurocent) }}</td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-block: 1rem; }
    .filters > * { flex: 1 1 12rem; }
    .filters > button { flex: 0 0 auto; }
    .downloads { margin-block: 1.5rem; }
    .activiteiten { min-inline-size: 16rem; }
  `,
})
export class OpenData {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  /** The gemeente read: the signed-in reader's own, else the one in `?gemeente=`. */
  protected readonly gemeenteSlug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  private readonly client = computed(() => {
    const slug = this.gemeenteSlug();
    return slug ? new Open_subsidiedataClient(this.http, publiekeBasis(slug)) : null;
  });
  /** What the filter form holds; applied on submit. */
  protected readonly invoer: Filter = { jaar: '', wijkId: '' };
  private readonly filter = signal<Filter>({ ...this.invoer });
  protected readonly pagina = signal(1);
  protected readonly keuzes = laadbaar({
    params: () => this.client() ?? undefined,
    laad: (c) => c.getSubsidieregisterKeuzes(),
  });
  protected readonly lijst = laadbaar({
    params: () => {
      const c = this.client();
      return c ? { c, p: this.pagina(), ...this.filter() } : undefined;
    },
    laad: ({ c, p, jaar, wijkId }) => c.listSubsidieregister(p, PAGINAGROOTTE, jaar ? Number(jaar) : null, wijkId || null),
  });
  protected readonly kolommen: Kolom[] = [
    { kop: T.ontvanger }, { kop: T.regeling }, { kop: T.activiteiten }, { kop: T.wijkKop }, { kop: T.besluit }, { kop: T.periode },
    { kop: T.bedrag, numeriek: true },
  ];
  protected readonly sleutel = (s: VerleendeSubsidieDto) => s.id;
  protected readonly datum = formatDatum;
  protected readonly euro = formatEuro;

  /** The download link of the selection on screen, on the public path prefix (no sign-in needed). */
  protected bestand(soort: 'csv' | 'json'): string {
    const { jaar, wijkId } = this.filter();
    const query = new URLSearchParams();
    if (jaar) query.set('jaar', jaar);
    if (wijkId) query.set('wijkId', wijkId);
    const q = query.toString();
    return `${publiekeBasis(this.gemeenteSlug()!)}/open-subsidiedata/${soort}${q ? '?' + q : ''}`;
  }

  pasToe(): void {
    this.pagina.set(1);
    this.filter.set({ ...this.invoer });
  }
}
