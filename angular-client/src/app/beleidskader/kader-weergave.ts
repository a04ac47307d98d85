import { Component, computed, input } from '@angular/core';
import { BeleidskaderDto } from '../api/api-client';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { aandeel, formatEuro } from './bedrag';
import { formatDatum } from './datum';
import { MatrixRij, NIVEAUS, delegatiematrix } from './delegatiematrix';
import { TijdlijnItem, tijdlijn } from './tijdlijn';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** Every part of one version of the kader, each a section (h2) under the page's h1. */
@Component({
  selector: 'app-kader-weergave',
  imports: [Gegevens, Gegeven, StatusBadge, Tabel, TabelRij],
  styles: `
    .kaarten { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
    .kaart { border: 1px solid #767676; border-radius: 4px; padding: 0.75rem 1rem; }
    .kaart h3 { margin-block: 0 0.5rem; }
    .tekst { white-space: pre-line; }
  `,
  template: `
    @let k = kader();
    @let i = k.inhoud;
    @if (k.signaleringen.length > 0) {
      <section aria-labelledby="kop-signaleringen">
        <h2 class="utrecht-heading-2" id="kop-signaleringen">{{ T.signaleringen }}</h2>
        @for (s of k.signaleringen; track $index) {
          <div class="utrecht-alert utrecht-alert--warning">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph"><strong>{{ T.signaleringSoort[s.soort] }} ({{ datum(s.datum) }}):</strong> {{ s.melding }}</p>
            </div>
          </div>
        }
      </section>
    }

    <section aria-labelledby="kop-aanbesteden">
      <h2 class="utrecht-heading-2" id="kop-aanbesteden">{{ T.aanbestedingsbesluit }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.besluit"><span class="tekst">{{ i.aanbestedingsbesluit.besluit || T.leeg }}</span></div>
        <div app-gegeven [term]="T.reikwijdte"><span class="tekst">{{ i.aanbestedingsbesluit.reikwijdte || T.leeg }}</span></div>
        <div app-gegeven [term]="T.evaluatieVerleden"><span class="tekst">{{ i.aanbestedingsbesluit.evaluatieVerleden || T.leeg }}</span></div>
        <div app-gegeven [term]="T.geenMarktMotivering"><span class="tekst">{{ i.aanbestedingsbesluit.geenMarktMotivering || T.leeg }}</span></div>
      </dl>
    </section>

    <section aria-labelledby="kop-waarden">
      <h2 class="utrecht-heading-2" id="kop-waarden">{{ T.publiekeWaarden }}</h2>
      <ul class="kaarten">
        @for (w of waarden(); track w.id ?? $index) {
          <li class="kaart">
            <h3 class="utrecht-heading-3">{{ w.naam }}</h3>
            <p class="utrecht-paragraph"><app-status-badge [tekst]="T.prioriteitWaarde(w.prioriteit)" [soort]="w.prioriteit <= 2 ? 'success' : 'neutral'" /></p>
            @if (w.omschrijving) { <p class="utrecht-paragraph tekst">{{ w.omschrijving }}</p> }
            @if (w.subthemas.length) { <p class="utrecht-paragraph"><strong>{{ T.subthemas }}:</strong> {{ w.subthemas.join(', ') }}</p> }
            @if (w.verordeningArtikel) { <p class="utrecht-paragraph"><strong>{{ T.verordeningArtikel }}:</strong> {{ w.verordeningArtikel }}</p> }
          </li>
        }
      </ul>
    </section>

    <section aria-labelledby="kop-financiering">
      <h2 class="utrecht-heading-2" id="kop-financiering">{{ T.financieringsbronnen }}</h2>
      <app-tabel [label]="T.financieringsbronnen" [bijschrift]="T.financieringsbronnen" [kolommen]="bronKolommen" [rijen]="i.financieringsbronnen"
        [leegTekst]="T.geenFinanciering">
        <ng-template [appTabelRij]="i.financieringsbronnen" let-b>
          <th class="utrecht-table__header-cell" scope="row">{{ b.naam }}</th>
          <td class="utrecht-table__cell">{{ b.regime || T.geen }}</td>
          <td class="utrecht-table__cell">{{ T.instrumentNaam[b.instrument] }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(b.bedragPerJaarEurocent) }}</td>
          <td class="utrecht-table__cell">{{ b.contractEinddatum ? datum(b.contractEinddatum) : T.geen }}</td>
          <td class="utrecht-table__cell">{{ b.omzettingGepland ? datum(b.omzettingGepland) : T.geen }}</td>
        </ng-template>
      </app-tabel>
      <dl app-gegevens>
        <div app-gegeven [term]="T.totaalPerJaar">{{ euro(k.totaalPerJaarEurocent) }}</div>
        <div app-gegeven [term]="T.nogAanbesteed">{{ nogAanbesteed() }}</div>
      </dl>
    </section>

    <section aria-labelledby="kop-delegaties">
      <h2 class="utrecht-heading-2" id="kop-delegaties">{{ T.delegaties }}</h2>
      <app-tabel [label]="T.delegaties" [bijschrift]="T.delegatiesBijschrift" [kolommen]="matrixKolommen" [rijen]="matrix()" [leegTekst]="T.geenDelegaties">
        <ng-template [appTabelRij]="matrix()" let-r>
          <th class="utrecht-table__header-cell" scope="row">{{ r.besluittype }}</th>
          @for (n of niveaus; track n) { <td class="utrecht-table__cell">{{ cel(r, n) }}</td> }
        </ng-template>
      </app-tabel>
    </section>

    <section aria-labelledby="kop-buurtrechten">
      <h2 class="utrecht-heading-2" id="kop-buurtrechten">{{ T.buurtrechten }}</h2>
      @if (i.buurtrechten.length === 0) {
        <p class="utrecht-paragraph">{{ T.geenBuurtrechten }}</p>
      } @else {
        <ul class="utrecht-unordered-list">
          @for (r of i.buurtrechten; track r.soort) {
            <li class="utrecht-unordered-list__item">{{ T.buurtrechtNaam[r.soort] }}@if (r.artikel) { ({{ T.artikel }} {{ r.artikel }}) }</li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="kop-fasen">
      <h2 class="utrecht-heading-2" id="kop-fasen">{{ T.fasen }}</h2>
      <app-tabel [label]="T.fasen" [bijschrift]="T.fasen" [kolommen]="faseKolommen" [rijen]="i.fasen" [leegTekst]="T.geenFasen">
        <ng-template [appTabelRij]="i.fasen" let-f>
          <th class="utrecht-table__header-cell" scope="row">{{ f.naam }}</th>
          <td class="utrecht-table__cell">{{ f.instrumenten.join(', ') || T.geen }}</td>
          <td class="utrecht-table__cell">{{ f.verantwoordelijke || T.geen }}</td>
          <td class="utrecht-table__cell">{{ periode(f.start, f.eind) }}</td>
        </ng-template>
      </app-tabel>
    </section>

    <section aria-labelledby="kop-tijdlijn">
      <h2 class="utrecht-heading-2" id="kop-tijdlijn">{{ T.tijdlijn }}</h2>
      <p class="utrecht-paragraph">
        @if (i.tijdspanne; as t) { {{ T.programma(datum(t.programmaStart), datum(t.programmaEind)) }} } @else { {{ T.geenTijdspanne }} }
      </p>
      <app-tabel [label]="T.tijdlijn" [bijschrift]="T.tijdlijnBijschrift" [kolommen]="tijdlijnKolommen" [rijen]="lijn()" [leegTekst]="T.geenTijdlijn">
        <ng-template [appTabelRij]="lijn()" let-t>
          <th class="utrecht-table__header-cell" scope="row">{{ t.eind ? periode(t.start, t.eind) : datum(t.start) }}</th>
          <td class="utrecht-table__cell">{{ T.tijdlijnSoort[t.soort] }}@if (t.status) { ({{ T.pilotStatus[t.status] }}) }</td>
          <td class="utrecht-table__cell">{{ t.tekst }}@if (t.buitenProgramma) { <app-status-badge [tekst]="T.buitenProgramma" soort="warning" /> }</td>
        </ng-template>
      </app-tabel>
    </section>

    <section aria-labelledby="kop-partijen">
      <h2 class="utrecht-heading-2" id="kop-partijen">{{ T.partijen }}</h2>
      <app-tabel [label]="T.partijen" [bijschrift]="T.partijen" [kolommen]="partijKolommen" [rijen]="i.partijen" [leegTekst]="T.geenPartijen">
        <ng-template [appTabelRij]="i.partijen" let-p>
          <th class="utrecht-table__header-cell" scope="row">{{ p.naam }}</th>
          <td class="utrecht-table__cell">{{ T.partijSoort[p.soort] }}</td>
          <td class="utrecht-table__cell">{{ p.verwachting }}</td>
          <td class="utrecht-table__cell">{{ p.vorm || T.geen }}</td>
          <td class="utrecht-table__cell">{{ T.commitment[p.status] }}</td>
        </ng-template>
      </app-tabel>
    </section>

    <section aria-labelledby="kop-politiek">
      <h2 class="utrecht-heading-2" id="kop-politiek">{{ T.rolVanDePolitiek }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.raad"><span class="tekst">{{ i.rolVanDePolitiek.raad || T.leeg }}</span></div>
        <div app-gegeven [term]="T.college"><span class="tekst">{{ i.rolVanDePolitiek.college || T.leeg }}</span></div>
      </dl>
      <h3 class="utrecht-heading-3">{{ T.toezeggingen }}</h3>
      <app-tabel [label]="T.toezeggingen" [bijschrift]="T.toezeggingen" [kolommen]="toezeggingKolommen" [rijen]="i.toezeggingen" [leegTekst]="T.geenToezeggingen">
        <ng-template [appTabelRij]="i.toezeggingen" let-z>
          <th class="utrecht-table__header-cell" scope="row">{{ z.omschrijving }}</th>
          <td class="utrecht-table__cell">{{ z.door }}</td>
          <td class="utrecht-table__cell">{{ datum(z.uiterlijk) }}</td>
          <td class="utrecht-table__cell">{{ T.toezeggingStatus[z.status] }}</td>
        </ng-template>
      </app-tabel>
    </section>

    <section aria-labelledby="kop-wijkindeling">
      <h2 class="utrecht-heading-2" id="kop-wijkindeling">{{ T.wijkindeling }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.aantalWijken">{{ k.wijkindeling.aantalWijken }}</div>
        <div app-gegeven [term]="T.aantalBuurten">{{ k.wijkindeling.aantalBuurten }}</div>
        <div app-gegeven [term]="T.pilotwijken">{{ pilotwijken() }}</div>
        @if (i.wijkindelingToelichting) { <div app-gegeven [term]="T.toelichting"><span class="tekst">{{ i.wijkindelingToelichting }}</span></div> }
      </dl>
    </section>
  `,
})
export class KaderWeergave {
  protected readonly T = T;
  readonly kader = input.required<BeleidskaderDto>();
  protected readonly niveaus = NIVEAUS;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly waarden = computed(() => [...this.kader().inhoud.publiekeWaarden].sort((a, b) => a.prioriteit - b.prioriteit));
  protected readonly matrix = computed(() => delegatiematrix(this.kader().inhoud.delegaties));
  protected readonly lijn = computed<TijdlijnItem[]>(() => {
    const namen = new Map(this.kader().wijkindeling.pilotwijken.map((w) => [w.id, w.naam]));
    return tijdlijn(this.kader().inhoud, (id) => namen.get(id) ?? T.wijk);
  });
  protected readonly nogAanbesteed = computed(() => {
    const k = this.kader();
    return T.nogAanbesteedAandeel(formatEuro(k.nogAanbesteedPerJaarEurocent), aandeel(k.nogAanbesteedPerJaarEurocent, k.totaalPerJaarEurocent));
  });
  protected readonly pilotwijken = computed(() => this.kader().wijkindeling.pilotwijken.map((w) => w.naam).join(', ') || T.geenPilotwijken);
  protected readonly bronKolommen: Kolom[] = [
    { kop: T.naam }, { kop: T.regime }, { kop: T.instrument }, { kop: T.bedragPerJaar, numeriek: true }, { kop: T.contractEinddatum }, { kop: T.omzettingGepland },
  ];
  protected readonly matrixKolommen: Kolom[] = [{ kop: T.besluittype }, ...NIVEAUS.map((n) => ({ kop: T.niveauNaam[n] }))];
  protected readonly faseKolommen: Kolom[] = [{ kop: T.fase }, { kop: T.instrumenten }, { kop: T.verantwoordelijke }, { kop: T.periode }];
  protected readonly tijdlijnKolommen: Kolom[] = [{ kop: T.periode }, { kop: T.soort }, { kop: T.wat }];
  protected readonly partijKolommen: Kolom[] = [{ kop: T.partij }, { kop: T.soort }, { kop: T.verwachting }, { kop: T.vorm }, { kop: T.status }];
  protected readonly toezeggingKolommen: Kolom[] = [{ kop: T.toezegging }, { kop: T.door }, { kop: T.uiterlijk }, { kop: T.status }];

  protected cel(r: MatrixRij, niveau: (typeof NIVEAUS)[number]): string {
    return r.cellen[niveau].map((z) => T.zeggenschapNaam[z]).join(', ') || T.geenZeggenschap;
  }

  protected periode(van: string, tot: string): string {
    return T.vanTot(formatDatum(van), formatDatum(tot));
  }
}
