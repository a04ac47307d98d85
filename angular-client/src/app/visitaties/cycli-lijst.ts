import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { VisitatiecyclusDto, VisitatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { VISITATIES_ROLLEN } from './visitaties.routes';

/** The gemeente's visitatiecycli: what each reviews, how often, and the perspectives of its current version. */
@Component({
  selector: 'app-cycli-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.cycliTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.cycliUitleg }}</p>
    @if (magBeheren()) {
      <div class="utrecht-button-group acties">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/visitaties/cycli/nieuw">{{ T.nieuweCyclus }}</a>
      </div>
    }
    <app-laadblok [bron]="lijst" [ladenTekst]="T.cycliLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.cycliTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.cycliLeeg" [pagina]="l" [eenheid]="T.cycliEenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-c>
          <th class="utrecht-table__header-cell" scope="row">
            {{ c.naam }}<br /><span class="klein">{{ T.soortNaam[c.soort] }}</span>
            @if (magBeheren()) { <br /><a class="utrecht-link klein" [routerLink]="['/visitaties/cycli', c.id, 'wijzigen']">{{ T.wijzigen }}<span class="visueel-verborgen">: {{ c.naam }}</span></a> }
          </th>
          <td class="utrecht-table__cell">{{ T.maanden(c.cadansMaanden) }}</td>
          <td class="utrecht-table__cell lang">
            {{ namen(c) }}<br /><span class="klein">{{ T.versie(c.perspectievenVersie) }}</span>
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .uitleg { max-inline-size: 70ch; }
    .acties { margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    td.lang { white-space: normal; min-inline-size: 14rem; }
  `,
})
export class CycliLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VisitatiesClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listVisitatiecycli(p, 20) });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente));
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.naamKolom }, { kop: T.cadansKolom }, { kop: T.perspectievenKolom }];
  protected readonly sleutel = (c: VisitatiecyclusDto) => c.id;
  protected readonly namen = (c: VisitatiecyclusDto) => c.perspectieven.map((p) => p.naam).join(', ');
}
