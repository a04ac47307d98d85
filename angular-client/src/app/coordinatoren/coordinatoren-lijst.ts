import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CoordinatorDto, CoordinatorenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { getal } from '../wijkbeelden/cijfers';
import { COORDINATOREN_ROLLEN } from './coordinatoren.routes';
import { COORDINATOREN_TEKSTEN as T } from './teksten';

/** The hosts' coordinators: who, for how many hours, which groups, and whether still employed. Their pay stays in the host's payroll. */
@Component({
  selector: 'app-coordinatoren-lijst',
  imports: [RouterLink, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    <div class="utrecht-button-group acties">
      @if (magBeheren()) {
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/coordinatoren/nieuw">{{ T.nieuwKnop }}</a>
      }
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/opdrachten">{{ T.opdrachtenLink }}</a>
    </div>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-c>
          <th class="utrecht-table__header-cell naam" scope="row">
            @if (magBeheren()) {
              <a class="utrecht-link" [routerLink]="['/coordinatoren', c.id, 'wijzigen']" [attr.aria-label]="T.wijzig(c.naam)">{{ c.naam }}</a>
            } @else { {{ c.naam }} }
            <br /><span class="klein">{{ c.functie }}, {{ c.hostNaam }}</span>
          </th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(c.urenPerWeek) }}</td>
          <td class="utrecht-table__cell groepen">
            {{ c.groepen.length ? groepNamen(c) : T.geenGroepen }}
          </td>
          <td class="utrecht-table__cell">
            @if (c.inDienst) {
              <app-status-badge [tekst]="T.inDienstSinds(datum(c.inDienstSinds))" soort="success" />
            } @else {
              <app-status-badge [tekst]="T.uitDienst(datum(c.uitDienstPer!))" soort="neutral" />
            }
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .acties { margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    .naam, .groepen { white-space: normal; overflow-wrap: anywhere; min-inline-size: 7rem; }
  `,
})
export class CoordinatorenLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(CoordinatorenClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listCoordinatoren(p, 20, null) });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...COORDINATOREN_ROLLEN.beheren));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.naamKolom }, { kop: T.urenKolom, numeriek: true }, { kop: T.groepenKolom }, { kop: T.dienstKolom },
  ];
  protected readonly sleutel = (c: CoordinatorDto) => c.id;
  protected readonly groepNamen = (c: CoordinatorDto) => c.groepen.map((g) => g.groepNaam).join(', ');
  protected readonly datum = formatDatum;
  protected readonly getal = getal;
}
