import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BuurtTopDto, BuurtTopsClient, OpbrengstDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Bijlagen, bijlagenVan } from '../gedeeld/bijlagen';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { formatDatum } from '../wijkbeelden/datum';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { BuurtTopAfloop } from './buurttop-afloop';
import { publiekeBuurtTops } from './buurttop-client';
import { BuurtTopDeelnemers } from './buurttop-deelnemers';
import { BuurtTopPlan } from './buurttop-plan';
import { BUURTTOPS_ROLLEN } from './buurttops.routes';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { statusSoort } from './weergave';

/** The outputs grouped by table, in the order the tables first appear. */
export function perTafel(opbrengsten: readonly OpbrengstDto[]): { tafel: string; items: OpbrengstDto[] }[] {
  const groepen = new Map<string, OpbrengstDto[]>();
  for (const o of opbrengsten) groepen.set(o.tafel, [...(groepen.get(o.tafel) ?? []), o]);
  return [...groepen].map(([tafel, items]) => ({ tafel, items }));
}

/**
 * A BuurtTop. Its public face (`?gemeente=<slug>`): date, place, organiser, status, places, the registration link while
 * open, attendance and outputs once held. Members of the gemeente also get the preparation: plan and progress,
 * reminders, invitations, registrations, attendance, outputs and processing.
 */
@Component({
  selector: 'app-buurttop-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, Foutsamenvatting, BuurtTopPlan, BuurtTopDeelnemers, BuurtTopAfloop, Bijlagen],
  template: `
    @if (buurtTop.staat() === 'rust') {
      <h1 class="utrecht-heading-1">{{ T.detailTitel }}</h1>
      <p class="utrecht-paragraph">{{ T.geenGemeenteDetail }} <a class="utrecht-link" routerLink="/buurttops">{{ T.lijstTitel }}</a></p>
    }
    <app-laadblok [bron]="buurtTop" [ladenTekst]="T.detailLaden" />
    @if (buurtTop.waarde(); as b) {
      <h1 class="utrecht-heading-1">{{ b.titel }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.wijk">{{ b.wijkNaam }}</div>
        <div app-gegeven [term]="T.datum">{{ datum(b.datum) }}</div>
        <div app-gegeven [term]="T.plek">{{ b.plek ?? T.nogOnbekend }}</div>
        <div app-gegeven [term]="T.status"><app-status-badge [tekst]="T.statusNaam[b.status]" [soort]="soort(b.status)" /></div>
        <div app-gegeven [term]="T.organisator">{{ organisator(b) }}</div>
        @if (b.status === 'aangekondigd' || b.status === 'inVoorbereiding') {
          <div app-gegeven [term]="T.plaatsen">{{ b.capaciteit !== null ? T.plaatsenTekst(b.plaatsenVrij ?? 0, b.capaciteit) : T.onbeperkt }}</div>
          <div app-gegeven [term]="T.aangemeld">{{ b.aangemeld }}</div>
          @if (b.opWachtlijst > 0 || (b.capaciteit !== null && b.plaatsenVrij === 0)) { <div app-gegeven [term]="T.wachtlijst">{{ b.opWachtlijst }}</div> }
        }
        @if (b.wijkbeeldId) {
          <div app-gegeven [term]="T.wijkbeeld">
            <a class="utrecht-link" [routerLink]="['/wijkbeelden', b.wijkbeeldId]" [queryParams]="gemeenteParam()">{{ T.wijkbeeldVersie(b.wijkbeeldVersie ?? 1) }}</a>
          </div>
        }
        @if (b.gehoudenOp) { <div app-gegeven [term]="T.gehoudenOp">{{ datum(b.gehoudenOp) }}</div> }
        @if (b.verwerktOp) { <div app-gegeven [term]="T.verwerktOp">{{ datum(b.verwerktOp) }}</div> }
      </dl>
      @if (b.aanmeldenOpen) {
        <p class="utrecht-paragraph aanmelden">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="aanmelden" [queryParams]="gemeenteParam()">{{ T.aanmeldenLink }}<span class="visueel-verborgen"> {{ T.aanmeldenLinkVervolg }}</span></a>
        </p>
      }
      @if (b.aanwezigheid; as a) {
        <h2 class="utrecht-heading-2">{{ T.aanwezigheid }}</h2>
        <dl app-gegevens>
          @for (c of categorieen; track c) { <div app-gegeven [term]="T.categorieNaam[c]">{{ a[c] }}</div> }
          <div app-gegeven [term]="T.totaal"><strong>{{ a.totaal }}</strong></div>
        </dl>
      }
      @if (b.status === 'gehouden' || b.status === 'verwerkt') {
        <h2 class="utrecht-heading-2">{{ T.opbrengsten }}</h2>
        @for (g of tafels(); track g.tafel) {
          <section class="tafel" [attr.aria-label]="g.tafel">
            <h3 class="utrecht-heading-3">{{ g.tafel }}</h3>
            <ul class="utrecht-unordered-list">
              @for (o of g.items; track o.id ?? $index) {
                <li class="utrecht-unordered-list__item">
                  <app-status-badge [tekst]="T.opbrengstSoortNaam[o.soort]" /> {{ o.tekst }}
                  @if (o.herkomst; as h) { <span class="herkomst">— {{ T.geschrevenDoor(T.kantNaam[h.kant], h.auteur) }}</span> }
                </li>
              }
            </ul>
          </section>
        } @empty {
          <p class="utrecht-paragraph">{{ T.geenOpbrengsten }}</p>
        }
      }
      @if (magWijzigen()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="wijzigen">{{ T.wijzigen }}<span class="visueel-verborgen"> {{ b.titel }}</span></a></p>
      }
      @if (bijlagen(); as bron) { <app-bijlagen [bron]="bron" [titel]="T.bijlagen" [magPlaatsen]="isTeam() && !!b.voorbereidingsplan" /> }
      @if (isTeam() && b.voorbereidingsplan) {
        <h2 class="utrecht-heading-2">{{ T.voorTeam }}</h2>
        @if (b.waarschuwing) {
          <div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content">
            <p class="utrecht-paragraph">{{ b.waarschuwing }}</p>
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="koppel()">{{ T.wijkbeeldKoppelen }}</button>
            </div>
          </div></div>
        }
        @if (b.signaleringen.length) {
          <h3 class="utrecht-heading-3">{{ T.signaleringen }}</h3>
          <ul class="utrecht-unordered-list">
            @for (s of b.signaleringen; track s.mijlpaalId + s.soort) {
              <li class="utrecht-unordered-list__item">
                <app-status-badge [tekst]="T.signaleringNaam[s.soort]" [soort]="s.soort === 'verlopen' ? 'danger' : 'warning'" />
                {{ s.omschrijving }} ({{ datum(s.datum) }})
              </li>
            }
          </ul>
        }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [algemeen]="acties.algemeen()" />
        @if (melding(); as m) {
          <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ m }}</p></div></div>
        }
        @if (b.status === 'aangekondigd') {
          <p class="utrecht-paragraph">{{ T.voorbereidingUitleg }}</p>
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="acties.bezig() || null" (click)="start()">
              {{ T.voorbereidingStarten }}</button>
          </div>
        }
        <app-buurttop-plan [buurtTop]="b" (gewijzigd)="bijgewerkt($event)" />
        @if (b.status === 'aangekondigd' || b.status === 'inVoorbereiding') { <app-buurttop-deelnemers [buurtTopId]="b.id" /> }
        <app-buurttop-afloop [buurtTop]="b" (gewijzigd)="bijgewerkt($event)" />
      }
    }
  `,
  styles: `.aanmelden { margin-block: 1rem; } .utrecht-button-group { margin-block: 0.75rem 1.25rem; } .herkomst { font-size: 0.9em; } .tafel { margin-block-end: 1rem; }`,
})
export class BuurtTopDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly eigen = inject(BuurtTopsClient);
  private readonly publiek = publiekeBuurtTops();
  private readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim() || null));
  protected readonly gemeenteParam = computed(() => {
    const slug = this.slug() ?? this.gemeente()?.trim();
    return slug ? { gemeente: slug } : {};
  });
  protected readonly buurtTop = laadbaar({
    params: () => {
      const slug = this.slug();
      if (!this.sessie.tenant() && !slug) return undefined;
      return { id: this.id(), c: slug ? this.publiek(slug) : this.eigen };
    },
    laad: ({ id, c }) => c.getBuurtTop(id),
  });
  protected readonly isTeam = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...BUURTTOPS_ROLLEN.team));
  /** Only the team and the gemeente get the plan; only they may change a BuurtTop still to be held. */
  protected readonly magWijzigen = computed(() => {
    const b = this.buurtTop.waarde();
    return this.isTeam() && !!b?.voorbereidingsplan && (b.status === 'aangekondigd' || b.status === 'inVoorbereiding');
  });
  private readonly bijlagenBron = bijlagenVan();
  /** The public sees the photos and documents once the BuurtTop was held; the team and the gemeente always. */
  private readonly bijlagenBasis = computed(() => {
    const b = this.buurtTop.waarde();
    const slug = this.slug();
    if (!b) return null;
    if (!slug) return '';
    return b.status === 'gehouden' || b.status === 'verwerkt' ? publiekeBasis(slug) : null;
  });
  /** A new source only when the base changes, so a saved change to the BuurtTop does not reload the list. */
  protected readonly bijlagen = computed(() => {
    const basis = this.bijlagenBasis();
    if (basis === null) return null;
    return this.bijlagenBron(`/buurttops/${this.id()}`, basis || undefined);
  });
  protected readonly tafels = computed(() => perTafel(this.buurtTop.waarde()?.opbrengsten ?? []));
  protected readonly categorieen = ['bewoners', 'sterkhouders', 'ondernemers', 'zzpers', 'professionals', 'ambtenaren', 'raadsleden'] as const;
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;
  protected readonly acties = new Formulier<never>({});
  protected readonly melding = signal<string | null>(null);

  protected organisator(b: BuurtTopDto): string {
    const o = b.organisator;
    if (!o) return T.geenOrganisator;
    const namen = o.team.map((t) => t.naam).join(', ');
    return namen ? `${T.soortNaam[o.soort]}: ${namen}` : T.soortNaam[o.soort];
  }

  protected bijgewerkt(b: BuurtTopDto): void {
    this.buurtTop.zet(b);
  }

  start(): void {
    this.melding.set(null);
    this.acties.verstuur(() => this.eigen.startVoorbereiding(this.id()), (b) => {
      this.buurtTop.zet(b);
      this.melding.set(T.voorbereidingGestart);
    });
  }

  koppel(): void {
    this.melding.set(null);
    this.acties.verstuur(() => this.eigen.linkWijkbeeld(this.id()), (b) => this.buurtTop.zet(b));
  }
}
