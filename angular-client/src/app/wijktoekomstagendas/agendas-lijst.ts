import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { WijktoekomstagendaSamenvattingDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { agendaClients, agendaSoort } from './agenda-client';
import { AGENDAS_TEKSTEN as T } from './teksten';
import { AGENDAS_ROLLEN } from './wijktoekomstagendas.routes';

/**
 * The wijktoekomstagenda's by wijk; the public reads them with `?gemeente=<slug>` (every status but concept). Who may
 * begin an agenda gets the link to do so.
 */
@Component({
  selector: 'app-agendas-lijst',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      @if (magAanmaken()) {
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="nieuw">{{ T.nieuwLink }}</a>
        </p>
      }
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-a>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="a.id" [queryParams]="gemeenteParam()">{{ a.wijkNaam }}</a>
            </th>
            <td class="utrecht-table__cell">{{ a.titel }}</td>
            <td class="utrecht-table__cell">{{ T.horizonTekst(a.horizonJaren, a.startJaar) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ a.versie }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[a.status]" [soort]="soort(a.status)" /></td>
          </ng-template>
        </app-tabel>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/verzoeken/tracker" [queryParams]="gemeenteParam()">{{ T.trackerLink }}</a>
        </p>
      }
    }
  `,
})
export class AgendasLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = agendaClients();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly magAanmaken = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...AGENDAS_ROLLEN.aanmaken));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), p: this.pagina() } : undefined),
    laad: ({ c, p }) => c.agendas.listWijktoekomstagendas(p, 20, null),
  });
  protected readonly kolommen: Kolom[] = [{ kop: T.wijk }, { kop: T.titel }, { kop: T.horizon }, { kop: T.versie, numeriek: true }, { kop: T.status }];
  protected readonly sleutel = (a: WijktoekomstagendaSamenvattingDto) => a.id;
  protected readonly soort = agendaSoort;

}
