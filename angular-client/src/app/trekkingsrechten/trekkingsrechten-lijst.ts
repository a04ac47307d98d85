import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TrekkingsrechtDto, TrekkingsrechtenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { organisatieNamen } from '../organisaties/organisatie-namen';
import { TREKKINGSRECHTEN_TEKSTEN as T } from './teksten';
import { rechtSoort } from './trekkingsrecht';
import { TREKKINGSRECHTEN_ROLLEN } from './trekkingsrechten.routes';

/**
 * The trekkingsrechten, newest first, with holder, purpose, size, balance, validity and status; an organisation sees
 * only those it holds or supplies (the API filters). The gemeente grants a new one from here.
 */
@Component({
  selector: 'app-trekkingsrechten-lijst',
  imports: [RouterLink, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    @if (magToekennen()) {
      <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/trekkingsrechten/nieuw">{{ T.nieuwKnop }}</a></p>
    }
    <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-r>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="['/trekkingsrechten', r.id]">{{ houder(r) }}</a></th>
          <td class="utrecht-table__cell">{{ r.doel }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ T.omvangTekst(r.eenheid, r.omvang) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ T.omvangTekst(r.eenheid, r.saldo) }}</td>
          <td class="utrecht-table__cell">{{ datum(r.tot) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[r.status]" [soort]="soort(r.status)" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class TrekkingsrechtenLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(TrekkingsrechtenClient);
  private readonly organisaties = organisatieNamen();
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listTrekkingsrechten(p, 20, null) });
  protected readonly magToekennen = computed(() => this.sessie.heeftRol(...TREKKINGSRECHTEN_ROLLEN.toekennen));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.houder }, { kop: T.doel }, { kop: T.omvang, numeriek: true }, { kop: T.saldo, numeriek: true }, { kop: T.geldigTot }, { kop: T.status },
  ];
  protected readonly sleutel = (r: TrekkingsrechtDto) => r.id;
  protected readonly soort = rechtSoort;
  protected readonly datum = formatDatum;

  protected houder(r: TrekkingsrechtDto): string {
    const naam = this.organisaties.naam(r.organisatieId);
    return r.groepsnaam ? T.viaHost(naam, r.groepsnaam) : naam;
  }
}
