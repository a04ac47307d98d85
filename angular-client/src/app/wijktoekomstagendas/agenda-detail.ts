import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { AmbitieDto, BeleidskadersClient, Verspreidingswijze, WijktoekomstagendaDto, WijktoekomstagendasClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { API_BASIS } from '../gedeeld/api-basis';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { ItemVoet } from '../wijkbeelden/item-voet';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { agendaClients, agendaSoort, ambitieSoort } from './agenda-client';
import { AgendaVerzoeken } from './agenda-verzoeken';
import { AmbitieActies } from './ambitie-acties';
import { groepeer } from './ambities';
import { AGENDAS_TEKSTEN as T } from './teksten';
import { AGENDAS_ROLLEN } from './wijktoekomstagendas.routes';

/**
 * A wijktoekomstagenda (public with `?gemeente=<slug>`): intro, horizon, the ambitions in the order written grouped by
 * public value with the own goals apart (G-1: no rank, vote or count), the distribution, the PDF; for the team its
 * work (change the concept, ambitions, states, working groups, comments, publish, start, distribution) and the requests
 * to institutions.
 */
@Component({
  selector: 'app-agenda-detail',
  imports: [
    RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, Tabel, TabelRij, ItemVoet, AmbitieActies, AgendaVerzoeken,
    Formulierveld, Veldgroep, VeldInvoer, Foutsamenvatting, Tekstveld, Tekstvak,
  ],
  template: `
    <app-laadblok [bron]="agenda" [ladenTekst]="T.detailLaden" />
    @if (agenda.waarde(); as a) {
      <h1 class="utrecht-heading-1">{{ a.titel }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.wijk">{{ a.wijkNaam }}</div>
        <div app-gegeven [term]="T.status"><app-status-badge [tekst]="T.statusNaam[a.status]" [soort]="agendaSoort(a.status)" /></div>
        <div app-gegeven [term]="T.versie">{{ a.versie }}</div>
        <div app-gegeven [term]="T.horizon">{{ T.horizonTekst(a.horizonJaren, a.startJaar) }}</div>
        <div app-gegeven [term]="T.halverwege">{{ datum(a.halverwege) }}</div>
        <div app-gegeven [term]="T.horizonEinde">{{ datum(a.horizonEinde) }}</div>
        <div app-gegeven [term]="T.team">{{ teamNamen(a) }}</div>
        @if (a.gepubliceerdOp) { <div app-gegeven [term]="T.gepubliceerdOp">{{ datum(a.gepubliceerdOp) }}</div> }
      </dl>
      @if (a.intro) { <p class="utrecht-paragraph intro">{{ a.intro }}</p> }
      @if (a.signaleringen.length) {
        <div class="utrecht-alert utrecht-alert--info" role="status" aria-labelledby="signaleringen-kop"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph" id="signaleringen-kop"><strong>{{ T.signaleringen }}</strong></p>
          <ul class="utrecht-unordered-list">@for (s of a.signaleringen; track $index) { <li class="utrecht-unordered-list__item">{{ s }}</li> }</ul>
        </div></div>
      }
      <div class="utrecht-button-group acties">
        @if (documentUrl(); as u) {
          <a class="utrecht-link" [href]="u" download>{{ T.document }}</a>
        } @else {
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="download(a.id)">{{ T.document }}</button>
        }
        <a class="utrecht-link" routerLink="/verzoeken/tracker" [queryParams]="trackerParams(a)">{{ T.trackerLink }}</a>
      </div>

      <h2 class="utrecht-heading-2">{{ T.ambities }}</h2>
      <p class="utrecht-paragraph">{{ T.ambitiesUitleg }}</p>
      @for (g of groepen(); track g.waardeId) {
        <section class="groep" [attr.aria-labelledby]="'groep-' + (g.waardeId ?? 'eigen')">
          <h3 class="utrecht-heading-3" [id]="'groep-' + (g.waardeId ?? 'eigen')">{{ g.naam !== null ? T.bijdrageAan(g.naam) : T.eigenDoelen }}</h3>
          @for (m of g.ambities; track m.id) {
            <article class="ambitie" [attr.aria-labelledby]="'ambitie-' + m.id">
              <h4 class="utrecht-heading-4" [id]="'ambitie-' + m.id">{{ m.titel }}</h4>
              <p class="utrecht-paragraph tekst">{{ m.tekst }}</p>
              <p class="utrecht-paragraph">
                {{ T.stand }}: <app-status-badge [tekst]="T.ambitieStatusNaam[m.status]" [soort]="ambitieSoort(m.status)" />
                {{ T.ambitieStatusUitleg[m.status] }}
              </p>
              @if (m.losgelatenReden) { <p class="utrecht-paragraph">{{ T.losgelatenReden }}: {{ m.losgelatenReden }}</p> }
              <p class="utrecht-paragraph"><strong>{{ T.werkgroepen }}</strong></p>
              @if (m.werkgroepen.length) {
                <ul class="utrecht-unordered-list">
                  @for (w of m.werkgroepen; track w.id) {
                    <li class="utrecht-unordered-list__item">{{ w.naam }}@if (w.leden.length) {: {{ w.leden.join(', ') }}}@if (w.contactOrganisatieNaam) { ({{ T.contact }}: {{ w.contactOrganisatieNaam }})}</li>
                  }
                </ul>
              } @else { <p class="utrecht-paragraph">{{ T.geenWerkgroepen }}</p> }
              <app-item-voet [herkomst]="m.herkomst" [opmerkingen]="m.opmerkingen" />
              @if (isTeam()) { <app-ambitie-acties [agendaId]="a.id" [ambitie]="m" [bewerkbaar]="a.status === 'concept' || a.status === 'herijking'" (gewijzigd)="ambitieGewijzigd($event)" /> }
            </article>
          }
        </section>
      } @empty { <p class="utrecht-paragraph">{{ T.geenAmbities }}</p> }

      <h2 class="utrecht-heading-2">{{ T.verspreidingen }}</h2>
      <app-tabel [label]="T.verspreidingen" [kolommen]="verspreidingKolommen" [rijen]="a.verspreidingen" [leegTekst]="T.geenVerspreidingen">
        <ng-template [appTabelRij]="a.verspreidingen" let-v>
          <th class="utrecht-table__header-cell" scope="row">{{ T.wijzeNaam[v.wijze] }}</th>
          <td class="utrecht-table__cell">{{ v.omschrijving }}</td>
          <td class="utrecht-table__cell">{{ datum(v.datum) }}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ v.aantal ?? '' }}</td>
        </ng-template>
      </app-tabel>

      @if (isTeam()) {
        <section class="team" aria-labelledby="team-kop">
          <h2 class="utrecht-heading-2" id="team-kop">{{ T.teamWerk }}</h2>
          @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ melding() }}</p></div></div> }
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="[]" [algemeen]="stap.algemeen()" />
          <div class="utrecht-button-group">
            @if (a.status === 'concept') {
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="wijzigen">{{ T.wijzigenLink }}</a>
              <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="publiceer(a.id)">{{ T.publiceren }}</button>
            }
            @if (a.status === 'gepubliceerd' || a.status === 'herijking') {
              <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="startUitvoering(a.id)">{{ T.uitvoeringStarten }}</button>
            }
          </div>

          <h3 class="utrecht-heading-3">{{ T.ambitieToevoegen }}</h3>
          @if (a.status === 'concept' || a.status === 'herijking') {
            <p class="utrecht-paragraph">{{ T.ambitieToevoegenUitleg }}</p>
            <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="nieuw.samenvatting()" [algemeen]="nieuw.algemeen()" />
            <form class="formulier" novalidate [attr.aria-label]="T.ambitieToevoegen" (submit)="$event.preventDefault(); voegAmbitieToe(a.id)">
              <app-tekstveld veldId="ambitie-titel" [label]="T.ambitieTitel" [maxlength]="200" [verplicht]="true" [fouten]="nieuw.van('titel')" [(waarde)]="titel" />
              <app-tekstvak veldId="ambitie-tekst" [label]="T.ambitieTekst" [maxlength]="4000" [fouten]="nieuw.van('tekst')" [(waarde)]="tekst" />
              <app-formulierveld veldId="ambitie-waarde" [label]="T.waarde" [fouten]="nieuw.van('publiekeWaardeId')">
                <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="waarde.set($any($event.target).value)">
                  <option value="">{{ T.kiesWaarde }}</option>
                  @for (w of waarden.waarde() ?? []; track w.id) { <option [value]="w.id" [selected]="waarde() === w.id">{{ w.naam }}</option> }
                  <option value="eigen" [selected]="waarde() === 'eigen'">{{ T.eigenDoel }}</option>
                </select>
              </app-formulierveld>
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="nieuw.bezig() || null">
                {{ nieuw.bezig() ? T.bezig : T.ambitieToevoegen }}</button>
            </form>
          } @else {
            <p class="utrecht-paragraph">{{ T.ambitieAlleenConcept }}</p>
          }

          @if (a.status !== 'concept' && a.status !== 'gearchiveerd') {
            <h3 class="utrecht-heading-3">{{ T.verspreidingToevoegen }}</h3>
            <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="verspreiding.samenvatting()" [algemeen]="verspreiding.algemeen()" />
            <form class="formulier" novalidate [attr.aria-label]="T.verspreidingToevoegen" (submit)="$event.preventDefault(); voegVerspreidingToe(a.id)">
              <app-veldgroep veldId="verspreiding-wijze" [legenda]="T.wijze" [fouten]="verspreiding.van('wijze')">
                @for (w of wijzen; track w) {
                  <app-formulierveld soort="radio" [veldId]="'verspreiding-wijze-' + w" [label]="T.wijzeNaam[w]">
                    <input appVeldInvoer type="radio" name="verspreiding-wijze" class="utrecht-radio-button utrecht-radio-button--html-input"
                      [checked]="wijze() === w" (change)="wijze.set(w)" />
                  </app-formulierveld>
                }
              </app-veldgroep>
              <app-tekstveld veldId="verspreiding-omschrijving" [label]="T.omschrijving" [maxlength]="500" [verplicht]="true" [fouten]="verspreiding.van('omschrijving')" [(waarde)]="omschrijving" />
              <app-tekstveld veldId="verspreiding-datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="verspreiding.van('datum')" [(waarde)]="verspreidDatum" />
              <app-tekstveld veldId="verspreiding-aantal" type="number" [label]="T.aantal" [fouten]="verspreiding.van('aantal')" [(waarde)]="aantal" />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="verspreiding.bezig() || null">
                {{ verspreiding.bezig() ? T.bezig : T.verspreidingToevoegen }}</button>
            </form>
          }
        </section>
        <app-agenda-verzoeken [agenda]="a" />
      }
    }
  `,
  styles: `
    .acties { margin-block: 1rem; align-items: center; }
    .tekst, .intro { white-space: pre-line; }
    .ambitie { border-inline-start: 3px solid currentColor; padding-inline-start: 0.75rem; margin-block: 1rem; }
    .formulier { margin-block: 0.75rem; }
  `,
})
export class AgendaDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  private readonly clients = agendaClients();
  private readonly eigen = inject(WijktoekomstagendasClient);
  private readonly kaders = inject(BeleidskadersClient);
  private readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim() || null));
  protected readonly agenda = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { id: this.id(), c: this.clients(this.slug()) } : undefined),
    laad: ({ id, c }) => c.agendas.getWijktoekomstagenda(id),
  });
  protected readonly groepen = computed(() => groepeer(this.agenda.waarde()?.ambities ?? []));
  protected readonly isTeam = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...AGENDAS_ROLLEN.team));
  /** The public values of the kader in force, for a new ambition (only while ambitions can be written). */
  protected readonly waarden = laadbaar({
    params: () => {
      const s = this.agenda.waarde()?.status;
      return this.isTeam() && (s === 'concept' || s === 'herijking') ? true : undefined;
    },
    laad: () => this.kaders.getGeldendBeleidskader().pipe(map((k) => k.inhoud.publiekeWaarden.filter((w) => !!w.id))),
  });
  protected readonly documentUrl = computed(() => {
    const slug = this.slug();
    return slug ? `${publiekeBasis(slug)}/wijktoekomstagendas/${encodeURIComponent(this.id())}/document` : null;
  });
  protected readonly verspreidingKolommen: Kolom[] = [{ kop: T.wijze }, { kop: T.omschrijving }, { kop: T.datum }, { kop: T.aantal, numeriek: true }];
  protected readonly wijzen: readonly Verspreidingswijze[] = ['huisAanHuis', 'plekken', 'online'];
  protected readonly agendaSoort = agendaSoort;
  protected readonly ambitieSoort = ambitieSoort;
  protected readonly datum = formatDatum;
  protected readonly melding = signal('');
  protected readonly stap = new Formulier({});
  protected readonly titel = signal('');
  protected readonly tekst = signal('');
  protected readonly waarde = signal('');
  protected readonly nieuw = new Formulier(
    { titel: T.ambitieTitel, tekst: T.ambitieTekst, publiekeWaardeId: T.waarde },
    { veldId: (v) => ({ titel: 'ambitie-titel', tekst: 'ambitie-tekst', publiekeWaardeId: 'ambitie-waarde' })[v] },
  );
  protected readonly wijze = signal<Verspreidingswijze | ''>('');
  protected readonly omschrijving = signal('');
  protected readonly verspreidDatum = signal('');
  protected readonly aantal = signal('');
  protected readonly verspreiding = new Formulier(
    { wijze: T.wijze, omschrijving: T.omschrijving, datum: T.datum, aantal: T.aantal },
    { veldId: (v) => (v === 'wijze' ? 'verspreiding-wijze-huisAanHuis' : `verspreiding-${v}`) },
  );

  protected teamNamen(a: WijktoekomstagendaDto): string {
    return a.team.map((t) => t.naam).join(', ');
  }

  protected trackerParams(a: WijktoekomstagendaDto): Record<string, string> {
    const slug = this.slug();
    return slug ? { gemeente: slug, wijkId: a.wijkId } : { wijkId: a.wijkId };
  }

  protected ambitieGewijzigd(m: AmbitieDto): void {
    this.agenda.werkBij((a) => ({ ...a, ambities: a.ambities.map((x) => (x.id === m.id ? m : x)) }));
  }

  publiceer(id: string): void {
    this.melding.set('');
    this.stap.verstuur(() => this.eigen.publishWijktoekomstagenda(id), (a) => {
      this.agenda.zet(a);
      this.melding.set(T.gepubliceerd);
    });
  }

  startUitvoering(id: string): void {
    this.melding.set('');
    this.stap.verstuur(() => this.eigen.startUitvoering(id), (a) => {
      this.agenda.zet(a);
      this.melding.set(T.uitvoeringGestart);
    });
  }

  voegAmbitieToe(id: string): void {
    const titel = this.titel().trim();
    const tekst = this.tekst().trim();
    const waarde = this.waarde();
    const ok = this.nieuw.controleer({
      titel: titel ? [] : [T.titelVerplicht],
      tekst: tekst ? [] : [T.tekstVerplicht],
      publiekeWaardeId: waarde ? [] : [T.kiesWaarde],
    });
    if (!ok) return;
    const eigenDoel = waarde === 'eigen';
    this.nieuw.verstuur(() => this.eigen.addAmbitie(id, { titel, tekst, publiekeWaardeId: eigenDoel ? null : waarde, eigenDoel }), (m) => {
      this.titel.set('');
      this.tekst.set('');
      this.waarde.set('');
      this.melding.set(T.ambitieToegevoegd);
      this.agenda.werkBij((a) => ({ ...a, ambities: [...a.ambities, m] }));
    });
  }

  voegVerspreidingToe(id: string): void {
    const wijze = this.wijze();
    const omschrijving = this.omschrijving().trim();
    const datum = this.verspreidDatum();
    const aantal = this.aantal().trim() ? Number(this.aantal()) : null;
    const ok = this.verspreiding.controleer({
      wijze: wijze ? [] : [T.wijze],
      omschrijving: omschrijving ? [] : [T.omschrijvingVerplicht],
      datum: datum ? [] : [T.datumVerplicht],
    });
    if (!ok || !wijze) return;
    this.verspreiding.verstuur(() => this.eigen.addVerspreiding(id, { wijze, omschrijving, datum, aantal }), (v) => {
      this.omschrijving.set('');
      this.verspreidDatum.set('');
      this.aantal.set('');
      this.melding.set(T.verspreidingToegevoegd);
      this.agenda.werkBij((a) => ({ ...a, verspreidingen: [...a.verspreidingen, v] }));
    });
  }

  /** Signed in the PDF needs the Bearer token, so it is fetched and handed over as a file. */
  download(id: string): void {
    this.http.get(`${API_BASIS}/wijktoekomstagendas/${encodeURIComponent(id)}/document`, { responseType: 'blob', observe: 'response' }).subscribe((r) => {
      const naam = /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '')?.[1] ?? 'wijktoekomstagenda.pdf';
      const a = document.createElement('a');
      a.href = URL.createObjectURL(r.body!);
      a.download = naam;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  }
}
