import { Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, map, of } from 'rxjs';
import { BuurtTopsClient, GebiedenClient, OrganisatiesClient, WijktoekomstagendasClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { AgendaInvoer, bruikbareBuurtTops, controleer, invoerVan, kanTrekken, naarCreate, naarUpdate, nieuweInvoer } from './agenda-invoer';
import { AGENDAS_TEKSTEN as T } from './teksten';

/**
 * Begins an agenda (/wijktoekomstagendas/nieuw, optionally `?buurtTopId=` to build on that BuurtTop) or changes a
 * concept (/wijktoekomstagendas/:id/wijzigen; every field is sent). The wijk and team of an existing agenda do not
 * change here.
 */
@Component({
  selector: 'app-agenda-formulier',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, Veldgroep, VeldInvoer, Gegevens, Gegeven],
  template: `
    <h1 class="utrecht-heading-1">{{ id() ? T.wijzigenTitel : T.nieuwTitel }}</h1>
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.formulierLaden" />
    @if (gegevens.waarde(); as g) {
      @let i = invoer();
      @if (g.agenda && g.agenda.status !== 'concept') {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.alleenConceptWijzigen }}</p>
        </div></div>
        <p class="utrecht-paragraph"><a class="utrecht-link" [routerLink]="['/wijktoekomstagendas', g.agenda.id]">{{ g.agenda.titel }}</a></p>
      } @else {
        @if (!g.agenda) { <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p> }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="id() ? T.wijzigenTitel : T.nieuwTitel" (submit)="$event.preventDefault(); opslaan()">
          @if (g.agenda; as a) {
            <dl app-gegevens><div app-gegeven [term]="T.wijk">{{ a.wijkNaam }}</div></dl>
          } @else {
            <app-formulierveld veldId="wijkId" [label]="T.wijk" [fouten]="formulier.van('wijkId')">
              <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesWijk($any($event.target).value)">
                <option value="">{{ T.kiesWijk }}</option>
                @for (w of g.wijken; track w.id) { <option [value]="w.id" [selected]="w.id === i.wijkId">{{ w.weergavenaam }}</option> }
              </select>
            </app-formulierveld>
          }
          <app-tekstveld veldId="titel" [label]="T.titel" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')"
            [waarde]="i.titel" (waardeChange)="zet({ titel: $event })" />
          <app-tekstvak veldId="intro" [label]="T.intro" [uitleg]="T.introUitleg" [maxlength]="4000" [fouten]="formulier.van('intro')"
            [waarde]="i.intro" (waardeChange)="zet({ intro: $event })" />
          <app-veldgroep veldId="horizonJaren" [legenda]="T.horizon" [fouten]="formulier.van('horizonJaren')">
            @for (j of horizonten; track j) {
              <app-formulierveld soort="radio" [veldId]="'horizon-' + j" [label]="T.horizonJaren(j)">
                <input appVeldInvoer type="radio" name="horizonJaren" class="utrecht-radio-button utrecht-radio-button--html-input"
                  [checked]="i.horizonJaren === j" (change)="zet({ horizonJaren: j })" />
              </app-formulierveld>
            }
          </app-veldgroep>
          <app-tekstveld veldId="startJaar" type="number" [label]="T.startJaar" [verplicht]="true" [fouten]="formulier.van('startJaar')"
            [waarde]="i.startJaar" (waardeChange)="zet({ startJaar: $event })" />
          <app-laadblok [bron]="buurtTops" [ladenTekst]="T.buurtTopsLaden" />
          <app-formulierveld veldId="buurtTopId" [label]="T.buurtTop" [uitleg]="T.buurtTopUitleg" [fouten]="formulier.van('buurtTopId')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="zet({ buurtTopId: $any($event.target).value })">
              <option value="">{{ T.geenBuurtTop }}</option>
              @for (b of keuzeBuurtTops(); track b.id) {
                <option [value]="b.id" [selected]="b.id === i.buurtTopId">{{ T.buurtTopKeuze(b.titel, datum(b.datum)) }}</option>
              }
            </select>
          </app-formulierveld>
          @if (!g.agenda) {
            <app-laadblok [bron]="organisaties" [ladenTekst]="T.organisatiesLaden" />
            @if (organisaties.waarde(); as orgs) {
              <app-formulierveld veldId="trekker" [label]="T.trekker" [uitleg]="T.teamUitleg" [fouten]="formulier.van('team')">
                <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="zet({ trekker: $any($event.target).value })">
                  <option value="">{{ T.geenTrekker }}</option>
                  @for (o of trekkers(); track o.id) { <option [value]="o.id" [selected]="o.id === i.trekker">{{ o.naam }}</option> }
                </select>
              </app-formulierveld>
              <app-veldgroep veldId="teamleden" [legenda]="T.teamleden">
                <div class="rollen-raster">
                  @for (o of orgs; track o.id) {
                    @if (o.id !== i.trekker) {
                      <app-formulierveld soort="checkbox" [veldId]="'teamlid-' + o.id" [label]="o.naam">
                        <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="i.teamleden.includes(o.id)"
                          (change)="wisselTeamlid(o.id, $any($event.target).checked)" />
                      </app-formulierveld>
                    }
                  }
                </div>
              </app-veldgroep>
            }
          }
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
              [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : id() ? T.opslaan : T.aanmaken }}</button>
            <a class="utrecht-link" [routerLink]="id() ? ['/wijktoekomstagendas', id()] : ['/wijktoekomstagendas']">{{ T.annuleren }}</a>
          </div>
        </form>
      }
    }
  `,
  styles: `.utrecht-button-group { align-items: center; }`,
})
export class AgendaFormulier {
  protected readonly T = T;
  /** Set when changing an agenda (route parameter); absent when beginning one. */
  readonly id = input<string>();
  /** `?buurtTopId=`: the BuurtTop a new agenda builds on (its wijk is chosen with it). */
  readonly buurtTopId = input<string>();
  private readonly client = inject(WijktoekomstagendasClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly buurtTopsClient = inject(BuurtTopsClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly router = inject(Router);
  protected readonly horizonten = [5, 10] as const;
  protected readonly datum = formatDatum;
  /** The agenda (editing), or the wijken and the BuurtTop a new one starts from. */
  protected readonly gegevens = laadbaar({
    params: () => ({ id: this.id(), buurtTopId: this.buurtTopId() }),
    laad: ({ id, buurtTopId }) =>
      forkJoin({
        agenda: id ? this.client.getWijktoekomstagenda(id) : of(null),
        wijken: id ? of([]) : this.gebieden.listGebieden(1, 100, 'wijk', null).pipe(map((p) => p.items)),
        buurtTop: !id && buurtTopId ? this.buurtTopsClient.getBuurtTop(buurtTopId) : of(null),
      }),
  });
  protected readonly invoer = linkedSignal<AgendaInvoer>(() => {
    const g = this.gegevens.waarde();
    return g?.agenda ? invoerVan(g.agenda) : nieuweInvoer(new Date().getFullYear(), g?.buurtTop);
  });
  /** The chosen wijk's BuurtTops; reloaded only when the wijk changes. */
  protected readonly buurtTops = laadbaar({
    params: () => this.invoer().wijkId || undefined,
    laad: (wijkId) => this.buurtTopsClient.listBuurtTops(1, 100, wijkId).pipe(map((p) => p.items)),
  });
  /** The active organisations of the register, for the team of a first agenda. */
  protected readonly organisaties = laadbaar({
    params: () => (this.id() ? undefined : true),
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((p) => p.items.filter((o) => o.status === 'actief'))),
  });
  protected readonly trekkers = computed(() => (this.organisaties.waarde() ?? []).filter(kanTrekken));
  protected readonly keuzeBuurtTops = computed(() => bruikbareBuurtTops(this.buurtTops.waarde() ?? [], this.invoer().buurtTopId));
  protected readonly formulier = new Formulier(
    { wijkId: T.wijk, titel: T.titel, intro: T.intro, horizonJaren: T.horizon, startJaar: T.startJaar, buurtTopId: T.buurtTop, team: T.teamKop },
    { veldId: (v) => (v === 'horizonJaren' ? 'horizon-5' : v === 'team' ? 'trekker' : v) },
  );

  protected zet(wijziging: Partial<AgendaInvoer>): void {
    this.invoer.update((i) => ({ ...i, ...wijziging }));
  }

  protected kiesWijk(wijkId: string): void {
    this.zet({ wijkId, buurtTopId: '' });
  }

  protected wisselTeamlid(id: string, aan: boolean): void {
    this.invoer.update((i) => ({ ...i, teamleden: aan ? [...i.teamleden, id] : i.teamleden.filter((o) => o !== id) }));
  }

  opslaan(): void {
    const invoer = this.invoer();
    if (!this.formulier.controleer(controleer(invoer))) return;
    const id = this.id();
    this.formulier.verstuur(
      () => (id ? this.client.updateWijktoekomstagenda(id, naarUpdate(invoer)) : this.client.createWijktoekomstagenda(naarCreate(invoer))),
      (a) => void this.router.navigate(['/wijktoekomstagendas', a.id]),
    );
  }
}
