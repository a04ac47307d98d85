import { Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';
import { BeschikkingDto, BeschikkingenClient, SteekproefDto, VaststellingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * One drawn steekproef as an auditor checks it: the seed, the share and the kader version, the drawn beschikkingen
 * (by kenmerk and recipient, linked) and every beschikking it drew from, in id order, to repeat the draw.
 */
@Component({
  selector: 'app-steekproef-details',
  imports: [RouterLink, Gegevens, Gegeven],
  template: `
    @let s = steekproef();
    <dl app-gegevens>
      <div app-gegeven [term]="T.zaad"><code class="zaad">{{ s.zaad }}</code></div>
      <div app-gegeven [term]="T.procent">{{ T.procentWaarde(s.procent) }}</div>
      <div app-gegeven [term]="T.kaderVersie">{{ s.kaderVersie }}</div>
      <div app-gegeven [term]="T.getrokkenOp">{{ datum(s.getrokkenOp) }}</div>
      <div app-gegeven [term]="T.getrokkenBeschikkingen">
        <ul class="utrecht-unordered-list">
          @for (id of s.getrokken; track id) {
            <li class="utrecht-unordered-list__item">
              @if (namen.waarde()?.get(id); as b) {
                <a class="utrecht-link" [routerLink]="['/subsidies/aanvragen', b.aanvraagId]">{{ b.kenmerk }}</a> {{ b.aanvrager }}
              }
              <code class="zaad">{{ id }}</code>
            </li>
          }
        </ul>
      </div>
      <div app-gegeven [term]="T.populatieBeschikkingen">
        <ol class="utrecht-ordered-list">
          @for (id of s.populatie; track id) { <li class="utrecht-ordered-list__item"><code class="zaad">{{ id }}</code></li> }
        </ol>
      </div>
    </dl>
    <p class="utrecht-paragraph">{{ T.herhaalUitleg }}</p>
  `,
  styles: `.zaad { overflow-wrap: anywhere; font-size: 0.9em; }`,
})
export class SteekproefDetails {
  protected readonly T = T;
  readonly steekproef = input.required<SteekproefDto>();
  private readonly client = inject(BeschikkingenClient);
  /** The drawn beschikkingen by id (one that can no longer be read is shown by its id only). */
  protected readonly namen = laadbaar({
    params: () => this.steekproef().getrokken,
    laad: (ids) =>
      forkJoin(ids.map((id) => this.client.getBeschikking(id).pipe(catchError(() => of(null))))).pipe(
        map((lijst) => new Map(lijst.filter((b): b is BeschikkingDto => !!b).map((b) => [b.id, b]))),
      ),
  });
  protected readonly datum = formatDatum;
}

/**
 * The steekproef among the subsidies without a report: staff draw it for a year (the share is the kader's, the
 * seed the server's), and everyone who may see it reads the past draws with their seed and population.
 */
@Component({
  selector: 'app-steekproeven',
  imports: [Laadblok, Tabel, TabelRij, Foutsamenvatting, Tekstveld, SteekproefDetails],
  template: `
    <section aria-labelledby="steekproeven-kop">
      <h2 class="utrecht-heading-2" id="steekproeven-kop">{{ T.steekproevenTitel }}</h2>
      @if (procent() !== null) { <p class="utrecht-paragraph">{{ T.steekproevenUitleg(procent()!) }}</p> }
      @if (magTrekken()) {
        @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.steekproefTrekken" (submit)="$event.preventDefault(); trek()">
          <app-tekstveld veldId="steekproef-jaar" [label]="T.steekproefJaar" [uitleg]="T.steekproefJaarUitleg" autocomplete="off" [verplicht]="true"
            [fouten]="formulier.van('jaar')" [(waarde)]="jaar" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.steekproefTrekken }}</button>
          </div>
        </form>
      }
      <h3 class="utrecht-heading-3">{{ T.getrokkenSteekproeven }}</h3>
      <app-laadblok [bron]="lijst" [ladenTekst]="T.steekproevenLaden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.getrokkenSteekproeven" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.geenSteekproeven" [pagina]="l"
          [eenheid]="T.eenheidSteekproeven" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-s>
            <th class="utrecht-table__header-cell" scope="row">{{ s.jaar }}</th>
            <td class="utrecht-table__cell">{{ datum(s.getrokkenOp) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ T.procentWaarde(s.procent) }}</td>
            <td class="utrecht-table__cell">{{ T.aantalSubsidies(s.populatie.length) }}</td>
            <td class="utrecht-table__cell">{{ T.aantalSubsidies(s.getrokken.length) }}</td>
          </ng-template>
        </app-tabel>
        @for (s of l.items; track s.id) {
          <details class="steekproef">
            <summary class="utrecht-link">{{ T.steekproefDetails(s.jaar) }}</summary>
            <app-steekproef-details [steekproef]="s" />
          </details>
        }
      }
    </section>
  `,
  styles: `
    .steekproef { margin-block: 0.75rem; }
    .steekproef summary { cursor: pointer; }
  `,
})
export class Steekproeven {
  protected readonly T = T;
  /** The kader's share, for the explanation (null while it loads). */
  readonly procent = input<number | null>(null);
  readonly getrokken = output<SteekproefDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VaststellingenClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listSteekproeven(p, 10) });
  protected readonly magTrekken = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  /** Last year's subsidies by default: their periods have ended. */
  protected readonly jaar = signal(String(new Date().getFullYear() - 1));
  protected readonly melding = signal('');
  protected readonly formulier = new Formulier({ jaar: T.steekproefJaar }, { veldId: () => 'steekproef-jaar' });
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.steekproefJaar }, { kop: T.getrokkenOp }, { kop: T.procent, numeriek: true }, { kop: T.populatie }, { kop: T.getrokken },
  ];
  protected readonly sleutel = (s: SteekproefDto) => s.id;
  protected readonly datum = formatDatum;

  trek(): void {
    this.melding.set('');
    const tekst = this.jaar().trim();
    const jaar = /^\d{4}$/.test(tekst) ? Number(tekst) : null;
    if (!this.formulier.controleer({ jaar: jaar === null ? [T.steekproefJaarOngeldig] : [] }) || jaar === null) return;
    this.formulier.verstuur(
      () => this.client.drawSteekproef({ jaar }),
      (s) => {
        this.melding.set(T.steekproefGetrokken(s.jaar, s.getrokken.length, T.aantalSubsidies(s.populatie.length)));
        this.lijst.herlaad();
        this.getrokken.emit(s);
      },
    );
  }
}
