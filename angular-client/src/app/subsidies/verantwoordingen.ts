import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { BeschikkingDto, VerantwoordingDto, VerantwoordingenClient, VerantwoordingskadersClient, BeschikkingenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Steekproeven } from './steekproeven';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { Verslagstand, verslagstand } from './verantwoording';
import { verslagSoort } from './verantwoording-sectie';

/** The states a subsidy still to be set can be in (a set one is not in the queue). */
const STANDEN: readonly Verslagstand[] = ['ingediend', 'teLaat', 'verwacht', 'geenVerslag'];

interface Rij {
  b: BeschikkingDto;
  stand: Verslagstand;
  verslag: VerantwoordingDto | undefined;
}

/** Every submitted report (the API pages at most 100), keyed by beschikking. */
function alleVerslagen(client: VerantwoordingenClient): Observable<Map<string, VerantwoordingDto>> {
  return client.listVerantwoordingen(1, 100, null).pipe(
    switchMap((eerste) =>
      eerste.totalPages <= 1
        ? of([eerste])
        : forkJoin([of(eerste), ...Array.from({ length: eerste.totalPages - 1 }, (_, i) => client.listVerantwoordingen(i + 2, 100, null))]),
    ),
    map((paginas) => new Map(paginas.flatMap((p) => p.items).map((v) => [v.beschikkingId, v]))),
  );
}

/**
 * The gemeente's queue of accountability: the granted subsidies not yet set, with what each asks, when the report is
 * due and whether it is in (a late one marked); filtered by that state within the page shown. Below it the steekproef.
 */
@Component({
  selector: 'app-verantwoordingen',
  imports: [RouterLink, Laadblok, Paginering, Tabel, TabelRij, StatusBadge, Formulierveld, VeldInvoer, Steekproeven],
  template: `
    <h1 class="utrecht-heading-1">{{ T.verantwoordingenKop }}</h1>
    <p class="utrecht-paragraph">{{ T.verantwoordingenUitleg }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies/verantwoordingskader">{{ T.naarKader }}</a></p>
    <form class="filters" [attr.aria-label]="T.filterStand" (submit)="$event.preventDefault()">
      <app-formulierveld veldId="filter-stand" [label]="T.verslagstand">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="stand.set($any($event.target).value)">
          <option value="">{{ T.alleStanden }}</option>
          @for (s of standen; track s) { <option [value]="s" [selected]="s === stand()">{{ T.verslagstandNaam[s] }}</option> }
        </select>
      </app-formulierveld>
    </form>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.verantwoordingenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.verantwoordingenTitel" [kolommen]="kolommen" [rijen]="zichtbaar()" [leegTekst]="leegTekst()" [pagina]="l.pagina"
        [eenheid]="T.eenheidBeschikkingen" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="zichtbaar()" let-r>
          <th class="utrecht-table__header-cell" scope="row">
            <a class="utrecht-link" [routerLink]="['/subsidies/aanvragen', r.b.aanvraagId]">{{ r.b.aanvrager }}</a><br /><span class="klein">{{ r.b.kenmerk }}</span>
          </th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(r.b.bedragEurocent) }}</td>
          <td class="utrecht-table__cell">
            @if (r.b.niveau) { {{ T.verantwoordingsniveauNaam[r.b.niveau] }} }
            @if (r.b.inSteekproef) { <br /><span class="klein">{{ T.inSteekproef }}</span> }
          </td>
          <td class="utrecht-table__cell">
            <app-status-badge [tekst]="T.verslagstandNaam[r.stand]" [soort]="soort(r.stand)" />
            @if (r.verslag) { {{ T.ingediendOpDatum(datum(r.verslag.ingediendOp)) }} }
            @else if (r.stand !== 'geenVerslag' && r.b.verslagUiterlijk) { {{ T.uiterlijkDatum(datum(r.b.verslagUiterlijk)) }} }
          </td>
        </ng-template>
      </app-tabel>
      @if (zichtbaar().length === 0 && l.pagina.totalPages > 1) {
        <app-paginering [lijst]="l.pagina" [eenheid]="T.eenheidBeschikkingen" [label]="T.verantwoordingenTitel" (kies)="pagina.set($event)" />
      }
    }
    <app-steekproeven [procent]="kader.waarde()?.steekproefProcent ?? null" (getrokken)="lijst.herlaad()" />
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin-block-end: 1rem; }
    .klein { font-size: 0.9em; font-weight: normal; }
  `,
})
export class Verantwoordingen {
  protected readonly T = T;
  private readonly beschikkingen = inject(BeschikkingenClient);
  private readonly verantwoordingen = inject(VerantwoordingenClient);
  private readonly kaders = inject(VerantwoordingskadersClient);
  protected readonly standen = STANDEN;
  protected readonly pagina = signal(1);
  protected readonly stand = signal<Verslagstand | ''>('');
  protected readonly kader = laadbaar({ laad: () => this.kaders.getVerantwoordingskader() });
  protected readonly lijst = laadbaar({
    params: () => this.pagina(),
    laad: (p) =>
      forkJoin([this.beschikkingen.listBeschikkingen(p, 50, null), alleVerslagen(this.verantwoordingen)]).pipe(
        map(([pagina, verslagen]) => {
          const vandaag = vandaagIso();
          const rijen: Rij[] = pagina.items
            .filter((b) => b.soort === 'verlening' && !b.vaststellingId)
            .map((b) => ({ b, verslag: verslagen.get(b.id), stand: verslagstand(b, verslagen.has(b.id), vandaag) }));
          return { pagina, rijen };
        }),
      ),
  });
  protected readonly zichtbaar = computed(() => (this.lijst.waarde()?.rijen ?? []).filter((r) => !this.stand() || r.stand === this.stand()));
  protected readonly leegTekst = computed(() => {
    const l = this.lijst.waarde();
    if (this.stand() && l?.rijen.length) return T.geenMetStand;
    return l && l.pagina.totalPages > 1 ? T.verantwoordingenPaginaLeeg : T.verantwoordingenLeeg;
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.aanvrager }, { kop: T.bedrag, numeriek: true }, { kop: T.niveau }, { kop: T.verslagstand }];
  protected readonly sleutel = (r: Rij) => r.b.id;
  protected readonly soort = verslagSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
}
