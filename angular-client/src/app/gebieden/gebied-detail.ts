import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedenClient, KerncijferDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { GEBIEDEN_ROLLEN } from './gebieden.routes';
import { bronRegel, formatWaarde } from './kerncijfer';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

/** An area with its key figures (value in nl-NL, "onbekend" for a missing figure, and the source). */
@Component({
  selector: 'app-gebied-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, Tabel, TabelRij],
  template: `
    @if (gebied.waarde(); as g) {
      <h1 class="utrecht-heading-1">{{ g.weergavenaam }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.kolomSoort">{{ T.soort[g.soort] }}</div>
        <div app-gegeven [term]="T.kolomCode">{{ g.code }}</div>
        <div app-gegeven [term]="T.kolomPilot">{{ g.pilot ? T.ja : T.nee }}</div>
        <div app-gegeven [term]="T.ouder">
          @if (g.ouderId) { <a class="utrecht-link" [routerLink]="['/wijken', g.ouderId]">{{ g.ouderWeergavenaam }}</a> } @else { {{ T.geenOuder }} }
        </div>
      </dl>
      @if (magBewerken()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="bewerken">{{ T.bewerken }}</a></p>
      }
      <h2 class="utrecht-heading-2">{{ T.kerncijfers }}</h2>
      <app-tabel [label]="T.kerncijfers" [bijschrift]="T.kerncijfers + ' ' + g.weergavenaam" [kolommen]="kolommen"
        [rijen]="g.kerncijfers" [leegTekst]="T.geenKerncijfers" [sleutel]="sleutel">
        <ng-template [appTabelRij]="g.kerncijfers" let-k>
          <th class="utrecht-table__header-cell" scope="row">{{ k.titel }}</th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.onbekend]="waarde(k) === T.onbekend">{{ waarde(k) }}</td>
          <td class="utrecht-table__cell">{{ k.eenheid }}</td>
          <td class="utrecht-table__cell">{{ bron(k) }}</td>
        </ng-template>
      </app-tabel>
    } @else {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
    }
    <app-laadblok [bron]="gebied" [ladenTekst]="T.detailLaden" />
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijken">{{ T.terugLijst }}</a></p>
  `,
})
export class GebiedDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(GebiedenClient);
  private readonly sessie = inject(Sessie);
  /** Loaded again when the id changes (the component is reused when following the parent link). */
  protected readonly gebied = laadbaar({ params: () => this.id(), laad: (id) => this.client.getGebied(id) });
  protected readonly magBewerken = computed(() => this.sessie.heeftRol(...GEBIEDEN_ROLLEN.bewerken));
  protected readonly kolommen: Kolom[] = [
    { kop: T.kolomTitel }, { kop: T.kolomWaarde, numeriek: true }, { kop: T.kolomEenheid }, { kop: T.kolomBron },
  ];
  protected readonly sleutel = (k: KerncijferDto) => k.maatstaf;
  protected readonly waarde = formatWaarde;
  protected readonly bron = bronRegel;
}
