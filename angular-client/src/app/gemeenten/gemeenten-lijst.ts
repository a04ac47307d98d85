import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GemeenteDto, GemeentenClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { inrichtingBadge } from './inrichting';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

@Component({
  selector: 'app-gemeenten-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="nieuw">{{ T.nieuw }}</a>
    </div>
    <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
        [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-g>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="g.slug">{{ g.naam }}</a></th>
          <td class="utrecht-table__cell">{{ g.slug }}</td>
          <td class="utrecht-table__cell">{{ g.gemeentecode }}</td>
          <td class="utrecht-table__cell">{{ g.actief ? T.ja : T.nee }}</td>
          <td class="utrecht-table__cell">
            @let b = badge(g.inrichting.status);
            <app-status-badge [tekst]="b.tekst" [soort]="b.soort" />
            @if (g.inrichting.status === 'failed' && g.inrichting.fout) {
              <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.reden }}: {{ g.inrichting.fout }}</p>
            }
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class GemeentenLijst {
  protected readonly T = T;
  private readonly client = inject(GemeentenClient);
  protected readonly kolommen: Kolom[] = [
    { kop: T.kolomNaam }, { kop: T.kolomSlug }, { kop: T.kolomCode }, { kop: T.kolomActief }, { kop: T.kolomStatus },
  ];
  protected readonly badge = inrichtingBadge;
  protected readonly sleutel = (g: GemeenteDto) => g.id;
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listGemeenten(p, PAGINAGROOTTE) });
}
