import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { RegelingBeheer } from './regeling-beheer';
import { regelingSoort, regelingenClient } from './subsidie-client';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * One regeling as the public reads it (Awb 4:23–4:25): grondslag, plafond with what is granted and what remains, the
 * criteria, how it is distributed, who may apply, the beslistermijn and the mededingingsruimte. Applicants start an
 * application under an open regeling; staff publish, record the mededingingsruimte and open it.
 */
@Component({
  selector: 'app-regeling-detail',
  imports: [RouterLink, Laadblok, StatusBadge, Gegevens, Gegeven, RegelingBeheer],
  template: `
    <app-laadblok [bron]="regeling" [ladenTekst]="T.regelingLaden" />
    @if (regeling.waarde(); as r) {
      <h1 class="utrecht-heading-1">{{ r.titel }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        <app-status-badge [tekst]="T.regelingStatusNaam[r.status]" [soort]="soort(r.status)" /> {{ T.regelingStatusUitleg[r.status] }}
      </p>
      @if (r.status === 'open' && magAanvragen()) {
        <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--primary-action" routerLink="aanvragen">{{ T.aanvragenLink }}</a></p>
      }
      <dl app-gegevens>
        <div app-gegeven [term]="T.grondslag">{{ r.grondslag }}</div>
        <div app-gegeven [term]="T.tijdvakKop">{{ T.tijdvak(datum(r.plafondVan), datum(r.plafondTot)) }}</div>
        <div app-gegeven [term]="T.plafond">{{ euro(r.plafondEurocent) }}</div>
        <div app-gegeven [term]="T.verleend">{{ euro(r.verleendEurocent) }}</div>
        <div app-gegeven [term]="T.resterend">{{ euro(r.resterendEurocent) }}</div>
        <div app-gegeven [term]="T.verdeelwijze"><span class="tekst">{{ r.verdeelwijze || T.nietVermeld }}</span></div>
        <div app-gegeven [term]="T.aanvragers"><span class="tekst">{{ r.aanvragers || T.nietVermeld }}</span></div>
        <div app-gegeven [term]="T.beslistermijn">{{ T.weken(r.beslistermijnWeken) }}</div>
        <div app-gegeven [term]="T.vierOgen">{{ T.vierOgenVanaf(euro(r.vierOgenVanafEurocent)) }}</div>
        @if (r.gepubliceerdOp) { <div app-gegeven [term]="T.gepubliceerdOp">{{ datum(r.gepubliceerdOp) }}</div> }
      </dl>

      <h2 class="utrecht-heading-2">{{ T.criteria }}</h2>
      <p class="utrecht-paragraph">{{ T.criteriaUitleg }}</p>
      @if (r.criteria.length === 0) {
        <p class="utrecht-paragraph">{{ T.geenCriteria }}</p>
      } @else {
        <dl app-gegevens>
          @for (c of r.criteria; track c.naam) { <div app-gegeven [term]="c.naam">{{ c.toelichting }}</div> }
        </dl>
      }

      <h2 class="utrecht-heading-2">{{ T.mededingingsruimte }}</h2>
      <p class="utrecht-paragraph">{{ T.mededingingsruimteUitleg }}</p>
      @if (r.mededingingsruimte; as m) {
        <dl app-gegevens>
          <div app-gegeven [term]="T.mededingingSoort">{{ T.mededingingSoortNaam[m.soort] }}</div>
          <div app-gegeven [term]="T.verantwoording"><span class="tekst">{{ m.verantwoording }}</span></div>
          <div app-gegeven [term]="T.datum">{{ datum(m.datum) }}</div>
        </dl>
      } @else {
        <p class="utrecht-paragraph">{{ T.geenMededingingsruimte }}</p>
      }

      @if (magBehandelen()) {
        @if (r.status === 'ontwerp' || r.status === 'gepubliceerd') {
          <app-regeling-beheer [regeling]="r" (gewijzigd)="regeling.zet($event)" />
        } @else {
          <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies/aanvragen">{{ T.wachtrijLink }}</a></p>
        }
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/subsidies" [queryParams]="gemeenteParam()">{{ T.terugNaarLijst }}</a></p>
    }
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class RegelingDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly clients = regelingenClient();
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly gemeenteParam = computed(() => (this.slug() ? { gemeente: this.slug() } : {}));
  protected readonly regeling = laadbaar({ params: () => ({ c: this.clients(this.slug()), id: this.id() }), laad: ({ c, id }) => c.getSubsidieregeling(id) });
  protected readonly magBehandelen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...SUBSIDIES_ROLLEN.behandelen));
  protected readonly magAanvragen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...SUBSIDIES_ROLLEN.aanvragen));
  protected readonly soort = regelingSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
}
