import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DienstverleningsafspraakDto, DienstverleningsafsprakenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatDatum } from '../beleidskader/datum';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { afspraakSoort } from './dienstverleningsafspraak';
import { DIENSTVERLENING_ROLLEN } from './dienstverleningsafspraken.routes';
import { DIENSTVERLENING_TEKSTEN as T } from './teksten';

/**
 * The dienstverleningsafspraken with wijk, bewonersorganisatie, aanbieder, kind of work, period and status; a party
 * sees only its own (the API filters). The gemeente makes a new one from here.
 */
@Component({
  selector: 'app-dienstverleningsafspraken-lijst',
  imports: [RouterLink, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstKop }}</h1>
    <p class="utrecht-paragraph">{{ T.lijstUitleg }}</p>
    @if (magBeheren()) {
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/dienstverleningsafspraken/nieuw">{{ T.nieuwKnop }}</a>
      </p>
    }
    <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l" [eenheid]="T.eenheid"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-a>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="['/dienstverleningsafspraken', a.id]">{{ a.wijkNaam }}</a></th>
          <td class="utrecht-table__cell">{{ a.bewonersorganisatieNaam }}</td>
          <td class="utrecht-table__cell">{{ a.aanbiederNaam }}</td>
          <td class="utrecht-table__cell">{{ T.soortWerkNaam[a.soortWerk] }}</td>
          <td class="utrecht-table__cell">{{ T.tijdvak(datum(a.van), datum(a.tot)) }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[a.status]" [soort]="soort(a.status)" /></td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class DienstverleningsafsprakenLijst {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(DienstverleningsafsprakenClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listDienstverleningsafspraken(p, 20, null, null) });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...DIENSTVERLENING_ROLLEN.beheren));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.wijk }, { kop: T.bewonersorganisatie }, { kop: T.aanbieder }, { kop: T.soortWerk }, { kop: T.periode }, { kop: T.status },
  ];
  protected readonly sleutel = (a: DienstverleningsafspraakDto) => a.id;
  protected readonly soort = afspraakSoort;
  protected readonly datum = formatDatum;
}
