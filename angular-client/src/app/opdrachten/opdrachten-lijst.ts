import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OpdrachtovereenkomstDto, OpdrachtovereenkomstenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { getal } from '../wijkbeelden/cijfers';
import { OPDRACHTEN_ROLLEN } from './opdrachten.routes';
import { OPDRACHTEN_TEKSTEN as T } from './teksten';

/** The contracts with zzp'ers the reader may see (the back office its host's groups, a group its own), with the hours invoiced so far. */
@Component({
  selector: 'app-opdrachten-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    <div class="utrecht-button-group acties">
      @if (magBeheren()) {
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/opdrachten/nieuw">{{ T.nieuwKnop }}</a>
      }
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/coordinatoren">{{ T.coordinatorenLink }}</a>
    </div>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.lijstLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.lijstLeeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-o>
          <th class="utrecht-table__header-cell opdracht" scope="row">
            <a class="utrecht-link" [routerLink]="['/opdrachten', o.id]">{{ o.opdrachtnemer }}</a><br />
            <span class="klein">{{ o.groepNaam }}: {{ o.omschrijving }}</span>
          </th>
          <td class="utrecht-table__cell">{{ T.urenStand(getal(o.gefactureerdeUren), getal(o.uren)) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(o.plafondEurocent) }}</td>
          <td class="utrecht-table__cell">{{ T.periode(datum(o.begindatum), datum(o.einddatum)) }}</td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .acties { margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    .opdracht { white-space: normal; overflow-wrap: anywhere; min-inline-size: 8rem; }
  `,
})
export class OpdrachtenLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(OpdrachtovereenkomstenClient);
  protected readonly pagina = signal(1);
  /** `?administratie=<id>`: one group's contracts. */
  readonly administratie = input<string>();
  protected readonly lijst = laadbaar({
    params: () => ({ p: this.pagina(), a: this.administratie() || null }),
    laad: ({ p, a }) => this.client.listOpdrachtovereenkomsten(p, 20, a),
  });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...OPDRACHTEN_ROLLEN.beheren));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.opdrachtKolom }, { kop: T.urenKolom }, { kop: T.plafondKolom, numeriek: true }, { kop: T.periodeKolom },
  ];
  protected readonly sleutel = (o: OpdrachtovereenkomstDto) => o.id;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly getal = getal;
}
