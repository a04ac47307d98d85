import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedenClient, MonitoringnotitieDto, UitdagingDto, UitdagingOordeelDto, UitdagingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { bewaar, documentLader } from '../gedeeld/document';
import { BesluitFormulier, OntvankelijkheidFormulier } from './beoordeling-stappen';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { uitdagingSoort, volgendeStap } from './uitdaging';
import { UITDAGINGEN_ROLLEN } from './uitdagingen.routes';
import { MonitoringFormulier, OverdrachtFormulier, UitdagingEvaluatieFormulier } from './uitvoering-stappen';

/**
 * One challenge: who challenges and what, the proposal, the deadlines, the ontvankelijkheid, the assessment per
 * criterion with the reasoning and the decision letter (PDF), the transfer, the monitoring notes and the evaluation.
 * The gemeente takes the next step here; the challenger and the auditor read.
 */
@Component({
  selector: 'app-uitdaging-detail',
  imports: [
    RouterLink, Foutsamenvatting, Gegevens, Gegeven, Laadblok, StatusBadge, Tabel, TabelRij, OntvankelijkheidFormulier, BesluitFormulier,
    OverdrachtFormulier, MonitoringFormulier, UitdagingEvaluatieFormulier,
  ],
  template: `
    <app-laadblok [bron]="uitdaging" [ladenTekst]="T.detailLaden" />
    @if (uitdaging.waarde(); as u) {
      <h1 class="utrecht-heading-1">{{ T.detailKop(u.taak) }}</h1>
      <p class="utrecht-paragraph">
        <app-status-badge [tekst]="T.statusNaam[u.status]" [soort]="soort(u.status)" />
        @if (u.ontvankelijkheidTeLaat) { <app-status-badge [tekst]="T.teLaat" soort="danger" /> }
      </p>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }

      <h2 class="utrecht-heading-2">{{ T.gegevensKop }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.kenmerk">{{ u.kenmerk }}</div>
        <div app-gegeven [term]="T.uitdager">{{ u.uitdager }}</div>
        @if (u.contactnaam || u.contactEmail) { <div app-gegeven [term]="T.contact">{{ u.contactnaam }} {{ u.contactEmail }}</div> }
        <div app-gegeven [term]="T.wijk">{{ wijkNaam() }}</div>
        <div app-gegeven [term]="T.bedrag">{{ euro(u.bedragEurocent) }}</div>
        <div app-gegeven [term]="T.periode">{{ T.tijdvak(datum(u.van), datum(u.tot)) }}</div>
        <div app-gegeven [term]="T.ingediendOp">{{ datum(u.ingediendOp) }}</div>
      </dl>
      <h2 class="utrecht-heading-2">{{ T.voorstelKop }}</h2>
      <p class="utrecht-paragraph tekst">{{ u.voorstel }}</p>

      <h2 class="utrecht-heading-2">{{ T.termijnenKop }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.ontvankelijkheidUiterlijkTerm">{{ datum(u.ontvankelijkheidUiterlijk) }}</div>
        @if (u.besluitUiterlijk) { <div app-gegeven [term]="T.besluitUiterlijkTerm">{{ datum(u.besluitUiterlijk) }}</div> }
        @if (u.bezwaarUiterlijk) { <div app-gegeven [term]="T.bezwaarUiterlijk">{{ datum(u.bezwaarUiterlijk) }}</div> }
      </dl>

      @if (u.status === 'nietOntvankelijk') {
        <h2 class="utrecht-heading-2">{{ T.nietOntvankelijkKop }}</h2>
        <p class="utrecht-paragraph tekst">{{ u.nietOntvankelijkReden }}</p>
      }

      @if (u.oordelen.length > 0) {
        <h2 class="utrecht-heading-2">{{ T.beoordelingKop }}</h2>
        <p class="utrecht-paragraph">{{ T.verordeningVersie(u.verordeningVersie) }}</p>
        <app-tabel [label]="T.beoordelingKop" [kolommen]="kolommen" [rijen]="u.oordelen" [leegTekst]="T.nogNietBeoordeeld" [sleutel]="oordeelSleutel">
          <ng-template [appTabelRij]="u.oordelen" let-o>
            <th class="utrecht-table__header-cell" scope="row">{{ o.naam }}</th>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="o.voldaan ? T.voldaan : T.nietVoldaanTekst" [soort]="o.voldaan ? 'success' : 'danger'" /></td>
            <td class="utrecht-table__cell tekst">{{ o.toelichting }}</td>
          </ng-template>
        </app-tabel>
        <h3 class="utrecht-heading-3">{{ T.motiveringKop }}</h3>
        <p class="utrecht-paragraph tekst">{{ u.motivering }}</p>
        <app-foutsamenvatting [titel]="T.actieFout" [fouten]="[]" [algemeen]="download.algemeen()" />
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="download.bezig() || null" (click)="downloadBesluit(u)">
            {{ download.bezig() ? T.bezig : T.besluitDownload }}</button>
        </div>
      }

      @if (u.overdracht; as o) {
        <h2 class="utrecht-heading-2">{{ T.overdrachtKop }}</h2>
        <p class="utrecht-paragraph">{{ T.overdrachtPer(T.overdrachtNaam[o.soort], datum(o.per)) }}</p>
        <p class="utrecht-paragraph tekst">{{ o.omschrijving }}</p>
        <h2 class="utrecht-heading-2">{{ T.monitoringKop }}</h2>
        <app-tabel [label]="T.monitoringKop" [kolommen]="monitoringKolommen" [rijen]="u.monitoring" [leegTekst]="T.monitoringLeeg" [sleutel]="notitieSleutel">
          <ng-template [appTabelRij]="u.monitoring" let-m>
            <th class="utrecht-table__header-cell" scope="row">{{ datum(m.datum) }}</th>
            <td class="utrecht-table__cell tekst">{{ m.tekst }} <span class="klein">({{ m.door }})</span></td>
          </ng-template>
        </app-tabel>
      }
      @if (u.evaluatie) {
        <h2 class="utrecht-heading-2">{{ T.evaluatieKop }}</h2>
        <p class="utrecht-paragraph tekst">{{ u.evaluatie }}</p>
      }

      @if (magBehandelen()) {
        @switch (stap()) {
          @case ('ontvankelijkheid') { <app-ontvankelijkheid-formulier [uitdaging]="u" (beslist)="klaar($event, $event.status === 'ontvankelijk' ? T.ontvankelijkMelding : T.nietOntvankelijkMelding)" /> }
          @case ('beoordeling') {
            <p class="utrecht-paragraph">{{ T.beoordelingStartUitleg }}</p>
            <app-foutsamenvatting [titel]="T.actieFout" [fouten]="[]" [algemeen]="actie.algemeen()" />
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="startBeoordeling(u)">
                {{ T.beoordelingStarten }}</button>
            </div>
          }
          @case ('besluit') { <app-besluit-formulier [uitdaging]="u" (besloten)="klaar($event, $event.status === 'toegekend' ? T.toegekendMelding : T.afgewezenMelding)" /> }
          @case ('overdracht') { <app-overdracht-formulier [uitdaging]="u" (vastgelegd)="klaar($event, T.overdrachtMelding)" /> }
          @case ('monitoring') {
            <app-monitoring-formulier [uitdaging]="u" (vastgelegd)="klaar($event, T.monitoringMelding)" />
            <app-uitdaging-evaluatie-formulier [uitdaging]="u" (vastgelegd)="klaar($event, T.evaluatieMelding)" />
          }
        }
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/uitdagingen/overzicht">{{ T.terug }}</a></p>
    }
  `,
  styles: `.tekst { white-space: pre-line; } .klein { font-size: 0.875em; }`,
})
export class UitdagingDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(UitdagingenClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly laad = documentLader();
  protected readonly uitdaging = laadbaar({ params: () => this.id(), laad: (id) => this.client.getUitdaging(id) });
  private readonly wijk = laadbaar({ params: () => this.uitdaging.waarde()?.wijkId ?? undefined, laad: (id) => this.gebieden.getGebied(id) });
  protected readonly wijkNaam = computed(() => (this.uitdaging.waarde()?.wijkId ? (this.wijk.waarde()?.weergavenaam ?? '') : T.geenWijk));
  protected readonly magBehandelen = computed(() => this.sessie.heeftRol(...UITDAGINGEN_ROLLEN.behandelen));
  protected readonly stap = computed(() => {
    const u = this.uitdaging.waarde();
    return u ? volgendeStap(u) : 'geen';
  });
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.criterium }, { kop: T.oordeel }, { kop: T.toelichting }];
  protected readonly monitoringKolommen: readonly Kolom[] = [{ kop: T.datum }, { kop: T.notitie }];
  protected readonly oordeelSleutel = (o: UitdagingOordeelDto) => o.nummer;
  protected readonly notitieSleutel = (m: MonitoringnotitieDto) => m.nummer;
  protected readonly actie = new Formulier({});
  protected readonly download = new Formulier({});
  protected readonly melding = signal('');
  protected readonly soort = uitdagingSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected startBeoordeling(u: UitdagingDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.client.startBeoordeling(u.id), (x) => this.klaar(x, T.beoordelingMelding));
  }

  protected downloadBesluit(u: UitdagingDto): void {
    this.download.verstuur(() => this.laad(`/uitdagingen/${encodeURIComponent(u.id)}/besluit`, T.besluitBestand), bewaar);
  }

  protected klaar(x: UitdagingDto, melding: string): void {
    this.uitdaging.zet(x);
    this.melding.set(melding);
  }
}
