import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { switchMap } from 'rxjs';
import { OrganisatiesClient, SubsidieaanvraagDto, SubsidieaanvragenClient, SubsidieregelingenClient, WijkbudgettenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { verwijzingenLader } from '../wijkbudgetten/budget-basis';
import { AanvraagAanvullen } from './aanvraag-aanvullen';
import { AanvraagBehandelen } from './aanvraag-behandelen';
import { AanvraagBeoordelingen } from './aanvraag-beoordelingen';
import { Beschikking } from './beschikking';
import { Termijn } from './termijn-weergave';
import { aanvraagSoort } from './subsidie-client';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * One application and where it stands: the plan, amount, period and ambities, the beslistermijn (paused while the
 * gemeente waits for completion, moved by a delay notice), the reviews with the four-eyes state and the decision with
 * its beschikking. The applicant submits a concept and answers a request for completion; staff handle and decide.
 */
@Component({
  selector: 'app-aanvraag-detail',
  imports: [RouterLink, Laadblok, Foutsamenvatting, StatusBadge, Gegevens, Gegeven, Termijn, AanvraagAanvullen, AanvraagBehandelen, AanvraagBeoordelingen, Beschikking],
  template: `
    <app-laadblok [bron]="aanvraag" [ladenTekst]="T.aanvraagLaden" />
    @if (aanvraag.waarde(); as a) {
      <h1 class="utrecht-heading-1">{{ T.aanvraagKop }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ T.aanvraagVan(organisatie.waarde()?.naam ?? T.organisatie, a.groepsnaam) }}</p>
      <p class="utrecht-paragraph">
        <app-status-badge [tekst]="T.aanvraagStatusNaam[a.status]" [soort]="soort(a.status)" /> {{ T.aanvraagStatusUitleg[a.status] }}
      </p>
      @if (regeling.waarde(); as r) {
        <p class="utrecht-paragraph">{{ T.onderRegeling }} <a class="utrecht-link" [routerLink]="['/subsidies/regelingen', r.id]">{{ r.titel }}</a></p>
      }
      @if (a.status === 'concept' && magAanvragen()) {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.conceptUitleg }}</p></div>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="[]" [algemeen]="stap.algemeen()" />
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="dienIn(a)">
            {{ stap.bezig() ? T.bezig : T.indienen }}</button>
        </div>
      }
      @if (a.aanvullingVraag && a.status === 'aanvullingGevraagd') {
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph"><strong>{{ T.aanvullingGevraagd }}</strong></p>
          <p class="utrecht-paragraph tekst">{{ a.aanvullingVraag }}</p>
        </div>
      }
      <dl app-gegevens>
        <div app-gegeven [term]="T.bedrag">{{ euro(a.bedragEurocent) }}</div>
        <div app-gegeven [term]="T.periode">{{ T.tijdvak(datum(a.van), datum(a.tot)) }}</div>
        @if (a.groepsnaam) { <div app-gegeven [term]="T.groep">{{ T.groepViaHost(a.groepsnaam) }}</div> }
        <div app-gegeven [term]="T.ambities">{{ ambitieTitels() || T.geenGekozenAmbities }}</div>
        @if (a.ingediendOp) { <div app-gegeven [term]="T.ingediendOp">{{ datum(a.ingediendOp) }}</div> }
        @if (a.beslistermijn && a.status !== 'besloten') {
          <div app-gegeven [term]="T.beslistermijn">{{ datum(a.beslistermijn) }} · <app-termijn [beslistermijn]="a.beslistermijn" [gepauzeerd]="a.status === 'aanvullingGevraagd'" /></div>
        }
        @if (a.verdaging) { <div app-gegeven [term]="T.verdaging"><span class="tekst">{{ a.verdaging }}</span></div> }
      </dl>
      <h2 class="utrecht-heading-2">{{ T.plan }}</h2>
      <p class="utrecht-paragraph tekst">{{ a.plan }}</p>

      @if (a.status === 'aanvullingGevraagd' && magAanvragen()) {
        <app-aanvraag-aanvullen [aanvraag]="a" (gewijzigd)="aanvraag.zet($event)" />
      }
      @if (regeling.waarde(); as r) {
        @if (a.status !== 'concept') {
          <app-aanvraag-beoordelingen [aanvraag]="a" [regeling]="r" />
        }
        @if (magBehandelen() && a.status !== 'besloten') {
          <app-aanvraag-behandelen [aanvraag]="a" [regeling]="r" (gewijzigd)="aanvraag.zet($event)" />
        }
      }
      @if (a.besluit; as b) {
        <app-beschikking [besluit]="b" />
      }
      <p class="utrecht-paragraph">
        <a class="utrecht-link" [routerLink]="magBehandelen() ? '/subsidies/aanvragen' : '/subsidies/mijn-aanvragen'">{{ magBehandelen() ? T.terugNaarWachtrij : T.terugNaarMijn }}</a>
      </p>
    }
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class AanvraagDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(SubsidieaanvragenClient);
  private readonly regelingen = inject(SubsidieregelingenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly budgetten = inject(WijkbudgettenClient);
  private readonly lader = verwijzingenLader();
  protected readonly aanvraag = laadbaar({ params: () => this.id(), laad: (id) => this.client.getSubsidieaanvraag(id) });
  private readonly regelingId = computed(() => this.aanvraag.waarde()?.regelingId);
  private readonly organisatieId = computed(() => this.aanvraag.waarde()?.organisatieId);
  protected readonly regeling = laadbaar({ params: () => this.regelingId(), laad: (id) => this.regelingen.getSubsidieregeling(id) });
  protected readonly organisatie = laadbaar({ params: () => this.organisatieId(), laad: (id) => this.register.getOrganisatie(id) });
  private readonly wijkbudgetId = computed(() => this.regeling.waarde()?.wijkbudgetId);
  private readonly ambities = laadbaar({
    params: () => this.wijkbudgetId(),
    laad: (id) => this.budgetten.getWijkbudget(id).pipe(switchMap((b) => this.lader.ambities(b.wijkId))),
  });
  protected readonly ambitieTitels = computed(() => {
    const ids = this.aanvraag.waarde()?.ambitieIds ?? [];
    const lijst = this.ambities.waarde() ?? [];
    return ids.map((id) => lijst.find((a) => a.id === id)?.titel).filter((t) => !!t).join(', ');
  });
  protected readonly magBehandelen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly magAanvragen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.aanvragen));
  protected readonly stap = new Formulier({});
  protected readonly soort = aanvraagSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  dienIn(a: SubsidieaanvraagDto): void {
    this.stap.verstuur(() => this.client.submitSubsidieaanvraag(a.id), (x) => this.aanvraag.zet(x));
  }
}
