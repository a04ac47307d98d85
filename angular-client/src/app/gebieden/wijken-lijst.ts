import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedDto, GebiedenClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

@Component({
  selector: 'app-wijken-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-link" routerLink="boom">{{ T.naarBoom }}</a>
    </div>
    <app-laadblok [bron]="wijken" [ladenTekst]="T.laden" />
    @if (wijken.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
        [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-w>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="w.id">{{ w.weergavenaam }}</a></th>
          <td class="utrecht-table__cell">{{ w.code }}</td>
          <td class="utrecht-table__cell">{{ w.pilot ? T.ja : T.nee }}</td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class WijkenLijst {
  protected readonly T = T;
  private readonly client = inject(GebiedenClient);
  protected readonly kolommen: Kolom[] = [{ kop: T.kolomNaam }, { kop: T.kolomCode }, { kop: T.kolomPilot }];
  protected readonly sleutel = (w: GebiedDto) => w.id;
  protected readonly pagina = signal(1);
  protected readonly wijken = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listGebieden(p, PAGINAGROOTTE, 'wijk', null) });
}
