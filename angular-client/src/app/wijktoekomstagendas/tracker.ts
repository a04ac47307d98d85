import { Component, computed, inject, input } from '@angular/core';
import { InstellingStandDto, PartijStandDto, TrackerToezeggingDto, TrackerVerzoekDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { formatDatum } from '../wijkbeelden/datum';
import { agendaClients, antwoordSoort, toezeggingSoort } from './agenda-client';
import { AGENDAS_TEKSTEN as A, VERZOEKEN_TEKSTEN as T } from './teksten';

/**
 * The public tracker (`?gemeente=<slug>`, optionally `&wijkId=`): per institution (by name) who answered on time,
 * late, not at all; the requests; per party (by name) how many promises it kept and let lapse; and every toezegging,
 * the institutions', the raad's and the visitaties' follow-up actions, with its due date and overdue marked. Ambitions
 * are never ranked (G-1).
 */
@Component({
  selector: 'app-tracker',
  imports: [GemeenteKiezer, Laadblok, Tabel, TabelRij, StatusBadge],
  template: `
    <h1 class="utrecht-heading-1">{{ T.trackerTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.trackerUitleg }}</p>
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="tracker" [ladenTekst]="T.trackerLaden" />
      @if (tracker.waarde(); as t) {
        <p class="utrecht-paragraph">{{ T.peildatum(datum(t.peildatum)) }}@if (!t.wijkId) { · {{ T.heleGemeente }} }</p>

        <h2 class="utrecht-heading-2">{{ T.instellingen }}</h2>
        <p class="utrecht-paragraph">{{ T.instellingenUitleg }}</p>
        <app-tabel [label]="T.instellingen" [kolommen]="instellingKolommen" [rijen]="t.instellingen" [leegTekst]="T.geenInstellingen" [sleutel]="instellingSleutel">
          <ng-template [appTabelRij]="t.instellingen" let-i>
            <th class="utrecht-table__header-cell" scope="row">{{ i.naam }}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ i.verzoeken }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ i.opTijd }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ i.teLaat }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">@if (i.nietBeantwoord) { <strong>{{ i.nietBeantwoord }}</strong> } @else { 0 }</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ i.open }}</td>
          </ng-template>
        </app-tabel>

        <h2 class="utrecht-heading-2">{{ T.verzoeken }}</h2>
        <app-tabel [label]="T.verzoeken" [kolommen]="verzoekKolommen" [rijen]="t.verzoeken" [leegTekst]="T.geenVerzoeken" [sleutel]="verzoekSleutel">
          <ng-template [appTabelRij]="t.verzoeken" let-v>
            <th class="utrecht-table__header-cell" scope="row">{{ v.organisatie }}</th>
            <td class="utrecht-table__cell lang">{{ v.wijkNaam }}: {{ v.agendaTitel }}@if (v.ambitieTitel) { — {{ v.ambitieTitel }} }</td>
            <td class="utrecht-table__cell lang">{{ v.vraag }}</td>
            <td class="utrecht-table__cell">{{ datum(v.uiterlijk) }}</td>
            <td class="utrecht-table__cell">
              <app-status-badge [tekst]="A.standNaam[v.stand]" [soort]="antwoordSoort(v.stand)" />
              @if (v.antwoordLink) { <a class="utrecht-link" [href]="v.antwoordLink" rel="noopener">{{ T.antwoordLink }}</a> }
            </td>
          </ng-template>
        </app-tabel>

        <h2 class="utrecht-heading-2">{{ T.partijen }}</h2>
        <p class="utrecht-paragraph">{{ T.partijenUitleg }}</p>
        <app-tabel [label]="T.partijen" [kolommen]="partijKolommen" [rijen]="t.partijen" [leegTekst]="T.geenPartijen" [sleutel]="partijSleutel">
          <ng-template [appTabelRij]="t.partijen" let-p>
            <th class="utrecht-table__header-cell" scope="row">{{ p.door }}</th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ p.toezeggingen }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ p.nagekomen }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ p.nietNagekomen }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">@if (p.verlopen) { <strong>{{ p.verlopen }}</strong> } @else { 0 }</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ p.open }}</td>
          </ng-template>
        </app-tabel>

        <h2 class="utrecht-heading-2">{{ T.toezeggingen }}</h2>
        <app-tabel [label]="T.toezeggingen" [kolommen]="toezeggingKolommen" [rijen]="t.toezeggingen" [leegTekst]="T.geenToezeggingen">
          <ng-template [appTabelRij]="t.toezeggingen" let-z>
            <th class="utrecht-table__header-cell lang" scope="row">{{ z.omschrijving }}@if (z.bewijs) { <br /><span class="bewijs">{{ T.bewijs(z.bewijs) }}</span> }</th>
            <td class="utrecht-table__cell">{{ T.bronNaam[z.bron] }}: {{ z.door }}</td>
            <td class="utrecht-table__cell">{{ datum(z.uiterlijk) }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.toezeggingStandNaam[z.stand]" [soort]="toezeggingSoort(z.stand)" /></td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
  // On a phone the tables scroll sideways with cells on one line (styles.css); long texts wrap in a column of their own.
  styles: `td.lang, th.lang { white-space: normal; min-inline-size: 14rem; } .bewijs { font-size: 0.875em; font-weight: normal; }`,
})
export class Tracker {
  protected readonly T = T;
  protected readonly A = A;
  readonly gemeente = input<string>();
  readonly wijkId = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = agendaClients();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly tracker = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), wijk: this.wijkId() || null } : undefined),
    laad: ({ c, wijk }) => c.verzoeken.getTracker(wijk),
  });
  protected readonly instellingKolommen: Kolom[] = [
    { kop: T.instelling }, { kop: T.aantalVerzoeken, numeriek: true }, { kop: T.opTijd, numeriek: true }, { kop: T.teLaat, numeriek: true },
    { kop: T.nietBeantwoord, numeriek: true }, { kop: T.open, numeriek: true },
  ];
  protected readonly verzoekKolommen: Kolom[] = [{ kop: T.instelling }, { kop: T.agenda }, { kop: A.vraag }, { kop: A.uiterlijk }, { kop: A.stand }];
  protected readonly partijKolommen: Kolom[] = [
    { kop: T.partij }, { kop: T.aantalToezeggingen, numeriek: true }, { kop: T.nagekomen, numeriek: true }, { kop: T.nietNagekomen, numeriek: true },
    { kop: T.verlopen, numeriek: true }, { kop: T.loopt, numeriek: true },
  ];
  protected readonly toezeggingKolommen: Kolom[] = [{ kop: T.toezeggingKop }, { kop: T.door }, { kop: A.uiterlijk }, { kop: A.stand }];
  protected readonly instellingSleutel = (i: InstellingStandDto) => i.organisatieId;
  protected readonly verzoekSleutel = (v: TrackerVerzoekDto) => v.id;
  protected readonly partijSleutel = (p: PartijStandDto) => p.door;
  protected readonly antwoordSoort = antwoordSoort;
  protected readonly toezeggingSoort = (s: TrackerToezeggingDto['stand']) => toezeggingSoort(s);
  protected readonly datum = formatDatum;

}
