import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OpdrachtfactuurDto, OpdrachtovereenkomstenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { declaratieSoort } from '../declaraties/declaratie-client';
import { DECLARATIES_TEKSTEN } from '../declaraties/teksten';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { getal } from '../wijkbeelden/cijfers';
import { OPDRACHTEN_ROLLEN } from './opdrachten.routes';
import { OPDRACHTEN_TEKSTEN as T } from './teksten';

/**
 * One contract with a zzp'er: its terms, how many of its hours are invoiced (a meter) and every invoice under it with
 * the declaratie it became. The back office changes it here; the group or the back office records a new invoice.
 */
@Component({
  selector: 'app-opdracht-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, Tabel, TabelRij],
  template: `
    <app-laadblok [bron]="opdracht" [ladenTekst]="T.detailLaden" />
    @if (opdracht.waarde(); as o) {
      <h1 class="utrecht-heading-1">{{ o.opdrachtnemer }}</h1>
      <p class="utrecht-paragraph">{{ o.omschrijving }}</p>
      <div class="utrecht-button-group acties">
        @if (magFactureren() && o.resterendeUren > 0) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" [routerLink]="['/opdrachten', o.id, 'factuur']">{{ T.factuurKnop }}</a>
        }
        @if (magBeheren()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" [routerLink]="['/opdrachten', o.id, 'wijzigen']">{{ T.wijzigKnop }}</a>
        }
      </div>
      @if (o.resterendeUren <= 0) { <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">{{ T.vol }}</p></div> }

      <dl app-gegevens>
        <div app-gegeven [term]="T.groep"><a class="utrecht-link" [routerLink]="['/administraties', o.administratieId]">{{ o.groepNaam }}</a></div>
        <div app-gegeven [term]="T.kvknummer">{{ o.kvknummer }}</div>
        <div app-gegeven [term]="T.iban">{{ o.iban }}</div>
        <div app-gegeven [term]="T.periodeLabel">{{ T.periode(datum(o.begindatum), datum(o.einddatum)) }}</div>
        <div app-gegeven [term]="T.uren">{{ getal(o.uren) }}</div>
        <div app-gegeven [term]="T.uurtarief">{{ euro(o.uurtariefEurocent) }}</div>
        <div app-gegeven [term]="T.btw">{{ T.btwNaam(o.btwPercentage) }}</div>
        <div app-gegeven [term]="T.plafond">{{ euro(o.plafondEurocent) }}</div>
        <div app-gegeven [term]="T.rekening">{{ o.rekening }} {{ o.rekeningOmschrijving }}</div>
        <div app-gegeven [term]="T.gefactureerd">{{ euro(o.gefactureerdEurocent) }}</div>
      </dl>

      <p class="meter">
        <label class="utrecht-form-label" for="opdracht-uren">{{ T.urenMeter }}</label>
        <meter id="opdracht-uren" min="0" [max]="o.uren" [value]="o.gefactureerdeUren">{{ getal(o.gefactureerdeUren) }}</meter>
        <span>{{ T.urenStand(getal(o.gefactureerdeUren), getal(o.uren)) }}. {{ T.resterend(getal(o.resterendeUren)) }}</span>
      </p>

      <h2 class="utrecht-heading-2">{{ T.facturenKop }}</h2>
      <app-tabel [label]="T.facturenKop" [kolommen]="kolommen" [rijen]="o.facturen" [leegTekst]="T.facturenLeeg" [eenheid]="T.facturenEenheid"
        [sleutel]="sleutel">
        <ng-template [appTabelRij]="o.facturen" let-f>
          <th class="utrecht-table__header-cell" scope="row">
            {{ f.factuurnummer }}<br /><span class="klein">{{ datum(f.factuurdatum) }}; {{ T.periode(datum(f.periodeVan), datum(f.periodeTot)) }}</span>
          </th>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ getal(f.uren) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(f.totaalEurocent) }}</td>
          <td class="utrecht-table__cell">
            <a class="utrecht-link" [routerLink]="['/declaraties', f.declaratieId]">{{ f.kenmerk }}</a><br />
            <app-status-badge [tekst]="D.statusNaam[f.status]" [soort]="soort(f.status)" />
          </td>
        </ng-template>
      </app-tabel>
    }
  `,
  styles: `
    .acties { margin-block: 1rem; }
    .klein { font-size: 0.875em; font-weight: normal; }
    .meter { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block: 1.5rem; }
    meter { inline-size: min(20rem, 100%); block-size: 1.25rem; }
  `,
})
export class OpdrachtDetail {
  protected readonly T = T;
  protected readonly D = DECLARATIES_TEKSTEN;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(OpdrachtovereenkomstenClient);
  protected readonly opdracht = laadbaar({ params: () => this.id(), laad: (id) => this.client.getOpdrachtovereenkomst(id) });
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...OPDRACHTEN_ROLLEN.beheren));
  protected readonly magFactureren = computed(() => this.sessie.heeftRol(...OPDRACHTEN_ROLLEN.factureren));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.factuurKolom }, { kop: T.factuurUren, numeriek: true }, { kop: T.totaal, numeriek: true }, { kop: T.statusKolom },
  ];
  protected readonly sleutel = (f: OpdrachtfactuurDto) => f.declaratieId;
  protected readonly soort = declaratieSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly getal = getal;
}
