import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdministratiesClient, OntvangenSubsidieDto, OpenbaarBedragDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/**
 * A group's public balance for a year (R5.x): income by source, spending by category, the subsidies received by
 * beschikking and what is left, beside who keeps the books and what that costs. For everybody, with `?gemeente=<slug>`;
 * no names and no descriptions of entries.
 */
@Component({
  selector: 'app-openbare-balans',
  imports: [RouterLink, Formulierveld, VeldInvoer, GemeenteKiezer, Gegevens, Gegeven, Laadblok, Tabel, TabelRij],
  template: `
    @if (!gemeenteSlug()) {
      <h1 class="utrecht-heading-1">{{ T.openbaarTitel }}</h1>
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="balans" [ladenTekst]="T.openbaarLaden" />
      @if (balans.waarde(); as b) {
        <h1 class="utrecht-heading-1">{{ T.openbaarKop(b.groep, b.jaar) }}</h1>
        <p class="utrecht-paragraph">{{ T.openbaarUitleg }}</p>
        <form class="filters" role="search" [attr.aria-label]="T.jaar" (submit)="$event.preventDefault(); jaar.set(invoer)">
          <app-formulierveld veldId="balans-jaar" [label]="T.jaar">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="invoer = +$any($event.target).value">
              @for (j of jaren; track j) { <option [value]="j" [selected]="j === b.jaar">{{ j }}</option> }
            </select>
          </app-formulierveld>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.tonen }}</button>
        </form>
        <dl app-gegevens>
          <div app-gegeven [term]="T.totaalInkomsten">{{ euro(b.totaalInkomstenEurocent) }}</div>
          <div app-gegeven [term]="T.totaalUitgaven">{{ euro(b.totaalUitgavenEurocent) }}</div>
          <div app-gegeven [term]="T.over"><strong>{{ euro(b.overEurocent) }}</strong></div>
        </dl>
        <h2 class="utrecht-heading-2">{{ T.inkomstenKop }}</h2>
        <app-tabel [label]="T.inkomstenKop" [kolommen]="kolommen" [rijen]="b.inkomsten" [leegTekst]="T.geenInkomsten" [sleutel]="bedragSleutel">
          <ng-template [appTabelRij]="b.inkomsten" let-r>
            <th class="utrecht-table__header-cell" scope="row">{{ r.categorie }}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.bedragEurocent) }}</td>
          </ng-template>
        </app-tabel>
        <h2 class="utrecht-heading-2">{{ T.uitgavenKop }}</h2>
        <app-tabel [label]="T.uitgavenKop" [kolommen]="kolommen" [rijen]="b.uitgaven" [leegTekst]="T.geenUitgaven" [sleutel]="bedragSleutel">
          <ng-template [appTabelRij]="b.uitgaven" let-r>
            <th class="utrecht-table__header-cell" scope="row">{{ r.categorie }}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.bedragEurocent) }}</td>
          </ng-template>
        </app-tabel>
        <h2 class="utrecht-heading-2">{{ T.subsidiesKop }}</h2>
        <app-tabel [label]="T.subsidiesKop" [kolommen]="subsidieKolommen" [rijen]="b.subsidies" [leegTekst]="T.geenSubsidies" [sleutel]="subsidieSleutel">
          <ng-template [appTabelRij]="b.subsidies" let-s>
            <th class="utrecht-table__header-cell" scope="row">{{ s.kenmerk }}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(s.bedragEurocent) }}</td>
          </ng-template>
        </app-tabel>
        <p class="utrecht-paragraph">{{ T.hostTekst(b.host, b.hostGroepen + ' ' + (b.hostGroepen === 1 ? T.groepen.een : T.groepen.meer), euro(b.hostkostenEurocent)) }}
          @if (b.hostNietCommercieel) { {{ T.nietCommercieel }} }</p>
      }
      <p class="utrecht-paragraph">
        <a class="utrecht-link" routerLink="/administraties/openbaar" [queryParams]="{ gemeente: gemeenteSlug() }">{{ T.openbareLijstTitel }}</a>
      </p>
    }
  `,
  styles: `
    /* Group names are long Dutch compounds: break them at a syllable on a phone, not anywhere. */
    h1 { hyphens: auto; }
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-block: 1rem; }
    .filters > button { flex: 0 0 auto; }
  `,
})
export class OpenbareBalans {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  protected readonly gemeenteSlug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  private readonly client = computed(() => {
    const slug = this.gemeenteSlug();
    return slug ? new AdministratiesClient(this.http, publiekeBasis(slug)) : undefined;
  });
  private readonly ditJaar = new Date().getFullYear();
  protected readonly jaren = [this.ditJaar, this.ditJaar - 1, this.ditJaar - 2];
  protected invoer = this.ditJaar;
  protected readonly jaar = signal(this.ditJaar);
  protected readonly balans = laadbaar({
    params: () => {
      const c = this.client();
      return c ? { c, id: this.id(), jaar: this.jaar() } : undefined;
    },
    laad: ({ c, id, jaar }) => c.getOpenbareAdministratie(id, jaar),
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.categorie }, { kop: T.bedrag, numeriek: true }];
  protected readonly subsidieKolommen: readonly Kolom[] = [{ kop: T.kenmerk }, { kop: T.bedrag, numeriek: true }];
  protected readonly bedragSleutel = (r: OpenbaarBedragDto) => r.rgsCode + r.categorie;
  protected readonly subsidieSleutel = (s: OntvangenSubsidieDto) => s.kenmerk;
  protected readonly euro = formatEuro;
}
