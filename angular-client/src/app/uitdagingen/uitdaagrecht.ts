import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OpenbareUitdagingDto, ParticipatieverordeningenClient, UitdagingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { uitdagingSoort } from './uitdaging';
import { UITDAGINGEN_ROLLEN } from './uitdagingen.routes';

/**
 * The uitdaagrecht for everybody: the gemeente's participatieverordening in force (the terms, the published criteria,
 * the excluded tasks) and the challenges it decided, with the assessment per criterion and the reasoning, never the
 * contact. Read without signing in with `?gemeente=<slug>`; a signed-in reader reads their own gemeente and finds the
 * way to submit or handle challenges here.
 */
@Component({
  selector: 'app-uitdaagrecht',
  imports: [RouterLink, GemeenteKiezer, Gegevens, Gegeven, Laadblok, StatusBadge, Tabel, TabelRij],
  template: `
    <h1 class="utrecht-heading-1">{{ T.titel }}</h1>
    <p class="utrecht-paragraph">{{ T.uitleg }}</p>
    @if (!gemeenteSlug()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      @if (magIndienen() || magLezen() || magVerordening()) {
        <div class="utrecht-button-group">
          @if (magIndienen()) {
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/uitdagingen/indienen">{{ T.indienenKnop }}</a>
          }
          @if (magLezen()) {
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/uitdagingen/overzicht">{{ T.behandelenKnop }}</a>
          }
          @if (magVerordening()) {
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/uitdagingen/verordening">{{ T.verordeningKnop }}</a>
          }
        </div>
      }
      <h2 class="utrecht-heading-2">{{ T.verordeningKop }}</h2>
      <app-laadblok [bron]="verordening" [ladenTekst]="T.verordeningLaden" />
      @if (verordening.waarde(); as v) {
        @if (v.versie === 0) { <div class="utrecht-alert utrecht-alert--info"><p class="utrecht-paragraph">{{ T.modelVerordening }}</p></div> }
        <dl app-gegevens>
          <div app-gegeven [term]="T.referentie">{{ v.referentie }}</div>
          @if (v.versie > 0) {
            <div app-gegeven [term]="T.versie">{{ v.versie }}</div>
            <div app-gegeven [term]="T.vastgesteldOp">{{ datum(v.vastgesteldOp) }}</div>
          }
          <div app-gegeven [term]="T.ontvankelijkheidTermijn">{{ T.weken(v.ontvankelijkheidWeken) }}</div>
          <div app-gegeven [term]="T.besluitTermijn">{{ T.wekenNaOntvankelijk(v.besluitWeken) }}</div>
        </dl>
        <h3 class="utrecht-heading-3">{{ T.criteriaKop }}</h3>
        <ol class="utrecht-ordered-list">
          @for (c of v.criteria; track c.nummer) {
            <li class="utrecht-ordered-list__item"><strong>{{ c.naam }}</strong>: {{ c.toelichting }}</li>
          }
        </ol>
        <h3 class="utrecht-heading-3">{{ T.uitgeslotenKop }}</h3>
        @if (v.uitgeslotenTaken.length > 0) {
          <ul class="utrecht-unordered-list">
            @for (t of v.uitgeslotenTaken; track t) { <li class="utrecht-unordered-list__item">{{ t }}</li> }
          </ul>
        } @else { <p class="utrecht-paragraph">{{ T.geenUitgesloten }}</p> }
      }

      <h2 class="utrecht-heading-2">{{ T.openbaarKop }}</h2>
      <p class="utrecht-paragraph">{{ T.openbaarUitleg }}</p>
      <app-laadblok [bron]="lijst" [ladenTekst]="T.openbaarLaden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.openbaarKop" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.openbaarLeeg" [pagina]="l" [eenheid]="T.eenheid"
          [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-u>
            <th class="utrecht-table__header-cell" scope="row">{{ u.taak }}<br /><span class="klein">{{ u.kenmerk }}</span></th>
            <td class="utrecht-table__cell">{{ u.uitdager }}</td>
            <td class="utrecht-table__cell">{{ u.wijk ?? T.geenWijk }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(u.bedragEurocent) }}</td>
            <td class="utrecht-table__cell">{{ T.tijdvak(datum(u.van), datum(u.tot)) }}</td>
            <td class="utrecht-table__cell uitkomst">
              <app-status-badge [tekst]="T.statusNaam[u.status]" [soort]="soort(u.status)" />
              @if (u.besluitOp) { <span class="klein"> {{ datum(u.besluitOp) }}</span> }
              @if (u.motivering) { <p class="utrecht-paragraph tekst">{{ u.motivering }}</p> }
              @if (u.oordelen.length > 0) {
                <ul class="utrecht-unordered-list oordelen">
                  @for (o of u.oordelen; track o.nummer) {
                    <li class="utrecht-unordered-list__item"><strong>{{ o.naam }}</strong>: {{ o.voldaan ? T.voldaan : T.nietVoldaanTekst }}. {{ o.toelichting }}</li>
                  }
                </ul>
              }
            </td>
          </ng-template>
        </app-tabel>
      }
    }
  `,
  styles: `
    .tekst { white-space: pre-line; margin-block: 0.5rem 0; }
    .klein { font-size: 0.875em; }
    .uitkomst { min-inline-size: 18rem; }
    .oordelen { margin-block: 0.5rem 0; }
  `,
})
export class Uitdaagrecht {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  /** The gemeente read: the signed-in reader's own, else the one in `?gemeente=`. */
  protected readonly gemeenteSlug = computed(() => this.sessie.tenant() ?? (this.gemeente()?.trim().toLowerCase() || null));
  private readonly clients = computed(() => {
    const slug = this.gemeenteSlug();
    if (!slug) return undefined;
    const basis = publiekeBasis(slug);
    return { verordening: new ParticipatieverordeningenClient(this.http, basis), uitdagingen: new UitdagingenClient(this.http, basis) };
  });
  protected readonly pagina = signal(1);
  protected readonly verordening = laadbaar({ params: () => this.clients(), laad: (c) => c.verordening.getParticipatieverordening() });
  protected readonly lijst = laadbaar({
    params: () => {
      const c = this.clients();
      return c ? { c, p: this.pagina() } : undefined;
    },
    laad: ({ c, p }) => c.uitdagingen.listOpenbareUitdagingen(p, 20),
  });
  protected readonly magIndienen = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.indienen));
  protected readonly magLezen = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.lezen));
  protected readonly magVerordening = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.verordening));
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.taak }, { kop: T.uitdager }, { kop: T.wijk }, { kop: T.bedrag, numeriek: true }, { kop: T.periode }, { kop: T.uitkomst },
  ];
  protected readonly sleutel = (u: OpenbareUitdagingDto) => u.id;
  protected readonly soort = uitdagingSoort;
  protected readonly datum = formatDatum;
  protected readonly euro = formatEuro;
}
