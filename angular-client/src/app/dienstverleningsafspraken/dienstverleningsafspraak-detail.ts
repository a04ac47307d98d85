import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DienstverleningsafspraakDto, DienstverleningsafsprakenClient, EvaluatiemomentDto, Partij, WijkbudgettenClient } from '../api/api-client';
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
import { getal } from '../wijkbeelden/cijfers';
import { BeeindigFormulier, EvaluatieFormulier } from './afspraak-stappen';
import { afspraakSoort, magTekenen, openEvaluaties } from './dienstverleningsafspraak';
import { DIENSTVERLENING_ROLLEN } from './dienstverleningsafspraken.routes';
import { DIENSTVERLENING_TEKSTEN as T } from './teksten';

/**
 * One dienstverleningsafspraak: the parties and the residents' role, what the work aims for and how, hours and price,
 * the residents' say, the named professionals, the signatures and the review of each year. The parties sign here, the
 * gemeente starts, changes (while verkend) or ends it, the bewonersorganisatie records a year's review. The API decides
 * who is a party; the page only offers the step.
 */
@Component({
  selector: 'app-dienstverleningsafspraak-detail',
  imports: [RouterLink, Laadblok, Foutsamenvatting, StatusBadge, Gegevens, Gegeven, Tabel, TabelRij, EvaluatieFormulier, BeeindigFormulier],
  template: `
    <app-laadblok [bron]="afspraak" [ladenTekst]="T.detailLaden" />
    @if (afspraak.waarde(); as a) {
      <h1 class="utrecht-heading-1">{{ T.detailKop(T.soortWerkNaam[a.soortWerk], a.wijkNaam) }}</h1>
      <p class="utrecht-paragraph"><app-status-badge [tekst]="T.statusNaam[a.status]" [soort]="soort(a.status)" /></p>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.actieFout" [fouten]="[]" [algemeen]="actie.algemeen()" />
      @if (a.beeindigdOp) {
        <div class="utrecht-alert utrecht-alert--warning"><p class="utrecht-paragraph tekst">{{ T.beeindigdOp(datum(a.beeindigdOp), a.beeindigingsreden ?? '') }}</p></div>
      }

      <h2 class="utrecht-heading-2">{{ T.partijenKop }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.bewonersorganisatie">{{ a.bewonersorganisatieNaam }}</div>
        <div app-gegeven [term]="T.aanbieder">{{ a.aanbiederNaam }}</div>
        <div app-gegeven [term]="T.rolBewoners"><strong>{{ T.vormNaam[a.vorm] }}</strong>: {{ T.vormUitleg[a.vorm] }}</div>
        <div app-gegeven [term]="T.soortWerk">{{ T.soortWerkNaam[a.soortWerk] }}</div>
        <div app-gegeven [term]="T.periode">{{ T.tijdvak(datum(a.van), datum(a.tot)) }}</div>
        <div app-gegeven [term]="T.uitBudget">
          @if (budget.waarde(); as b) {
            <a class="utrecht-link" [routerLink]="['/wijkbudgetten', b.id]">{{ T.budgetregel(b.wijkNaam, regelDoel()) }}</a>
          } @else { {{ a.wijkNaam }} }
        </div>
        @if (a.gestartOp) { <div app-gegeven [term]="T.gestartOp">{{ datum(a.gestartOp) }}</div> }
      </dl>

      <h2 class="utrecht-heading-2">{{ T.inhoudKop }}</h2>
      <h3 class="utrecht-heading-3">{{ T.resultatenKop }}</h3>
      <p class="utrecht-paragraph tekst">{{ a.resultaten }}</p>
      <h3 class="utrecht-heading-3">{{ T.werkwijzeKop }}</h3>
      <p class="utrecht-paragraph tekst">{{ a.werkwijze }}</p>

      <h2 class="utrecht-heading-2">{{ T.omvangKop }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.urenPerWeekTerm">{{ T.uren(getal(a.urenPerWeek)) }}</div>
        <div app-gegeven [term]="T.jaarprijsTerm">{{ euro(a.jaarprijsEurocent) }}</div>
        <div app-gegeven [term]="T.totaalprijs"><strong>{{ euro(a.totaalprijsEurocent) }}</strong></div>
      </dl>

      <h2 class="utrecht-heading-2">{{ T.zeggenschapKop }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.selectie"><span class="tekst">{{ a.selectieRecht }}</span></div>
        <div app-gegeven [term]="T.sturing"><span class="tekst">{{ a.sturingRecht }}</span></div>
        <div app-gegeven [term]="T.evaluatie"><span class="tekst">{{ a.evaluatieRecht }}</span></div>
      </dl>

      <h2 class="utrecht-heading-2">{{ T.professionalsKop }}</h2>
      @if (a.professionals.length > 0) {
        <ul class="utrecht-unordered-list">
          @for (p of a.professionals; track p) { <li class="utrecht-unordered-list__item">{{ p }}</li> }
        </ul>
      } @else { <p class="utrecht-paragraph">{{ T.geenProfessionals }}</p> }

      <h2 class="utrecht-heading-2">{{ T.ondertekeningenKop }}</h2>
      <dl app-gegevens>
        @for (p of partijen; track p) {
          <div app-gegeven [term]="T.partijNaam[p]">
            @if (ondertekening(a, p); as o) { {{ T.ondertekendDoor(o.door, datum(o.op)) }} } @else { {{ T.nietOndertekend }} }
          </div>
        }
      </dl>
      @if (magOndertekenen(a)) {
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="onderteken(a)">
            {{ T.ondertekenen }}</button>
        </div>
      }
      @if (magBeheren() && a.status === 'afgesproken') {
        <p class="utrecht-paragraph">{{ T.activeerUitleg }}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null" (click)="activeer(a)">
            {{ T.activeren }}</button>
        </div>
      }
      @if (magBeheren() && a.status === 'verkend') {
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" [routerLink]="['/dienstverleningsafspraken', a.id, 'wijzigen']">
            {{ T.wijzigen }}</a>
        </p>
      }

      <h2 class="utrecht-heading-2">{{ T.evaluatiesKop }}</h2>
      <p class="utrecht-paragraph">{{ T.evaluatiesUitleg }}</p>
      <app-tabel [label]="T.evaluatiesKop" [kolommen]="kolommen" [rijen]="a.evaluatiemomenten" [leegTekst]="T.nogOpen" [sleutel]="sleutel">
        <ng-template [appTabelRij]="a.evaluatiemomenten" let-m>
          <th class="utrecht-table__header-cell" scope="row">{{ m.jaar }}</th>
          <td class="utrecht-table__cell">
            @if (m.vastgelegd) {
              <app-status-badge [tekst]="T.vastgelegd" soort="success" /> {{ T.vastgelegdDoor(m.vastgelegdDoor ?? '', datum(m.vastgelegdOp!)) }}
              <p class="utrecht-paragraph tekst samenvatting">{{ m.samenvatting }}</p>
            } @else { <app-status-badge [tekst]="T.nogOpen" soort="warning" /> }
          </td>
        </ng-template>
      </app-tabel>
      @if (magEvalueren()) {
        @for (jaar of openEvaluaties(a); track jaar) {
          <app-evaluatie-formulier [afspraak]="a" [jaar]="jaar" (vastgelegd)="klaar($event, T.evaluatieMelding(jaar))" />
        }
      }

      @if (magBeheren() && a.status !== 'beeindigd' && a.status !== 'geevalueerd') {
        <app-beeindig-formulier [afspraak]="a" (beeindigd)="klaar($event, T.beeindigdMelding)" />
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/dienstverleningsafspraken">{{ T.terugNaarLijst }}</a></p>
    }
  `,
  styles: `.tekst { white-space: pre-line; } .samenvatting { margin-block: 0.5rem 0; min-inline-size: 16rem; }`,
})
export class DienstverleningsafspraakDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(DienstverleningsafsprakenClient);
  private readonly budgetten = inject(WijkbudgettenClient);
  protected readonly afspraak = laadbaar({ params: () => this.id(), laad: (id) => this.client.getDienstverleningsafspraak(id) });
  private readonly budgetId = computed(() => this.afspraak.waarde()?.wijkbudgetId);
  protected readonly budget = laadbaar({ params: () => this.budgetId(), laad: (id) => this.budgetten.getWijkbudget(id) });
  protected readonly regelDoel = computed(() => this.budget.waarde()?.regels.find((g) => g.id === this.afspraak.waarde()?.budgetregelId)?.doel ?? '');
  protected readonly magBeheren = computed(() => this.sessie.heeftRol(...DIENSTVERLENING_ROLLEN.beheren));
  protected readonly magEvalueren = computed(() => this.sessie.heeftRol(...DIENSTVERLENING_ROLLEN.evalueren));
  protected readonly partijen: readonly Partij[] = ['bewonersorganisatie', 'aanbieder'];
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.jaar }, { kop: T.evaluatieKolom }];
  protected readonly sleutel = (m: EvaluatiemomentDto) => m.jaar;
  protected readonly actie = new Formulier({});
  protected readonly melding = signal('');
  protected readonly soort = afspraakSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly getal = getal;

  protected ondertekening(a: DienstverleningsafspraakDto, p: Partij) {
    return a.ondertekeningen.find((o) => o.partij === p);
  }

  /** A member of the bewonersorganisatie signs for it, a professional for the provider; the API checks the membership. */
  protected magOndertekenen(a: DienstverleningsafspraakDto): boolean {
    return (this.sessie.heeftRol('bewonersorganisatie') && magTekenen(a, 'bewonersorganisatie'))
      || (this.sessie.heeftRol('professional') && magTekenen(a, 'aanbieder'));
  }

  protected openEvaluaties(a: DienstverleningsafspraakDto): number[] {
    return openEvaluaties(a, new Date().getFullYear());
  }

  protected onderteken(a: DienstverleningsafspraakDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.client.signDienstverleningsafspraak(a.id), (x) =>
      this.klaar(x, x.status === 'afgesproken' ? T.afgesprokenMelding : T.ondertekendMelding));
  }

  protected activeer(a: DienstverleningsafspraakDto): void {
    this.melding.set('');
    this.actie.verstuur(() => this.client.activateDienstverleningsafspraak(a.id), (x) => this.klaar(x, T.actiefMelding));
  }

  protected klaar(x: DienstverleningsafspraakDto, melding: string): void {
    this.afspraak.zet(x);
    this.melding.set(melding);
  }
}
