import { Component, computed, inject, signal } from '@angular/core';
import { BetaalopdrachtDto, BetaalopdrachtenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { BetaalopdrachtKlaarzetten } from './betaalopdracht-klaarzetten';
import { bewaar, documentLader } from '../gedeeld/document';
import { betaalSoort } from './subsidie-client';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * The payment batches of the voorschotten, newest first: each as a SEPA file (pain.001) for the gemeente's financial
 * system, and staff record when the bank executed it (its voorschotten are then paid). Staff make a new batch here.
 */
@Component({
  selector: 'app-betaalopdrachten',
  imports: [Laadblok, Tabel, TabelRij, StatusBadge, Foutsamenvatting, BetaalopdrachtKlaarzetten],
  template: `
    <h1 class="utrecht-heading-1">{{ T.betaalKop }}</h1>
    <p class="utrecht-paragraph">{{ T.betaalUitleg }}</p>
    @if (magBehandelen()) { <app-betaalopdracht-klaarzetten (klaargezet)="lijst.herlaad()" /> }
    <h2 class="utrecht-heading-2">{{ T.betaalTitel }}</h2>
    @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    <app-foutsamenvatting [titel]="T.betaalActieFout" [fouten]="[]" [algemeen]="actie.algemeen()" />
    <app-laadblok [bron]="lijst" [ladenTekst]="T.betaalopdrachtenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.betaalTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.geenBetaalopdrachten" [pagina]="l"
        [eenheid]="T.eenheidBetaalopdrachten" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-b>
          <th class="utrecht-table__header-cell" scope="row">{{ b.berichtkenmerk }}</th>
          <td class="utrecht-table__cell">{{ datum(b.uitvoerdatum) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ b.aantal }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(b.totaalEurocent) }}</td>
          <td class="utrecht-table__cell">
            <app-status-badge [tekst]="T.betaalStatusNaam[b.status]" [soort]="soort(b.status)" />
            @if (b.uitgevoerdOp) { {{ T.uitgevoerdOp(datum(b.uitgevoerdOp)) }} }
          </td>
          <td class="utrecht-table__cell">
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="download(b)">
                {{ T.sepaDownloaden }}<span class="visueel-verborgen"> {{ b.berichtkenmerk }}</span></button>
              @if (b.status === 'klaargezet' && magBehandelen()) {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="meldUitgevoerd(b)">
                  {{ T.uitgevoerdMelden }}<span class="visueel-verborgen"> {{ b.berichtkenmerk }}</span></button>
              }
            </div>
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
})
export class Betaalopdrachten {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(BetaalopdrachtenClient);
  private readonly laad = documentLader();
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listBetaalopdrachten(p, 20) });
  protected readonly magBehandelen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.berichtkenmerk }, { kop: T.uitvoerdatum }, { kop: T.aantal, numeriek: true }, { kop: T.totaal, numeriek: true }, { kop: T.status }, { kop: T.acties },
  ];
  protected readonly sleutel = (b: BetaalopdrachtDto) => b.id;
  protected readonly actie = new Formulier({});
  protected readonly melding = signal('');
  protected readonly soort = betaalSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  download(b: BetaalopdrachtDto): void {
    this.actie.verstuur(() => this.laad(`/betaalopdrachten/${encodeURIComponent(b.id)}/pain001`, `${b.berichtkenmerk}.xml`), bewaar);
  }

  meldUitgevoerd(b: BetaalopdrachtDto): void {
    this.melding.set('');
    this.actie.verstuur(
      () => this.client.confirmBetaalopdracht(b.id, { uitgevoerdOp: vandaagIso() }),
      (x) => {
        this.melding.set(T.uitgevoerdVastgelegd(x.berichtkenmerk));
        this.lijst.werkBij((l) => ({ ...l, items: l.items.map((i) => (i.id === x.id ? x : i)) }));
      },
    );
  }
}
