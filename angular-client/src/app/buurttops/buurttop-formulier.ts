import { Component, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, map, of } from 'rxjs';
import { BuurtTopsClient, GebiedenClient, OrganisatiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BuurtTopInvoer, controleer, invoerVan, naarCreate, naarUpdate, nieuweInvoer } from './buurttop-invoer';
import { BUURTTOPS_TEKSTEN as T } from './teksten';

/**
 * Announces a BuurtTop (/buurttops/nieuw) or changes one still to be held (/buurttops/:id/wijzigen; every field is
 * sent). The wijk of an existing BuurtTop does not change.
 */
@Component({
  selector: 'app-buurttop-formulier',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, Veldgroep, VeldInvoer, Gegevens, Gegeven],
  template: `
    <h1 class="utrecht-heading-1">{{ id() ? T.wijzigenTitel : T.nieuwTitel }}</h1>
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.formulierLaden" />
    @if (gegevens.waarde(); as g) {
      @let i = invoer();
      @if (g.buurtTop && g.buurtTop.status !== 'aangekondigd' && g.buurtTop.status !== 'inVoorbereiding') {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.alleenVoorafWijzigen }}</p>
        </div></div>
        <p class="utrecht-paragraph"><a class="utrecht-link" [routerLink]="['/buurttops', g.buurtTop.id]">{{ g.buurtTop.titel }}</a></p>
      } @else {
        @if (!g.buurtTop) { <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p> }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="id() ? T.wijzigenTitel : T.nieuwTitel" (submit)="$event.preventDefault(); opslaan()">
          @if (g.buurtTop; as b) {
            <dl app-gegevens><div app-gegeven [term]="T.wijk">{{ b.wijkNaam }}</div></dl>
          } @else {
            <app-formulierveld veldId="wijkId" [label]="T.wijk" [fouten]="formulier.van('wijkId')">
              <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="zet({ wijkId: $any($event.target).value })">
                <option value="">{{ T.kiesWijk }}</option>
                @for (w of g.wijken; track w.id) { <option [value]="w.id" [selected]="w.id === i.wijkId">{{ w.weergavenaam }}</option> }
              </select>
            </app-formulierveld>
          }
          <app-tekstveld veldId="titel" [label]="T.titel" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')"
            [waarde]="i.titel" (waardeChange)="zet({ titel: $event })" />
          <app-tekstveld veldId="datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')"
            [waarde]="i.datum" (waardeChange)="zet({ datum: $event })" />
          <app-tekstveld veldId="plek" [label]="T.plek" [uitleg]="T.plekUitleg" [maxlength]="200" [fouten]="formulier.van('plek')"
            [waarde]="i.plek" (waardeChange)="zet({ plek: $event })" />
          <app-tekstveld veldId="capaciteit" type="number" [label]="T.capaciteit" [uitleg]="T.capaciteitUitleg" [fouten]="formulier.van('capaciteit')"
            [waarde]="i.capaciteit" (waardeChange)="zet({ capaciteit: $event })" />
          <app-veldgroep veldId="organisator" [legenda]="T.organisatorSoort" [fouten]="formulier.van('organisator')">
            @for (s of soorten; track s) {
              <app-formulierveld soort="radio" [veldId]="'soort-' + (s || 'geen')" [label]="s ? T.soortNaam[s] : T.geenOrganisator">
                <input appVeldInvoer type="radio" name="soort" class="utrecht-radio-button utrecht-radio-button--html-input"
                  [checked]="i.soort === s" (change)="zet({ soort: s })" />
              </app-formulierveld>
            }
          </app-veldgroep>
          @if (i.soort) {
            <app-laadblok [bron]="organisaties" [ladenTekst]="T.organisatiesLaden" />
            @if (organisaties.waarde(); as orgs) {
              <app-veldgroep veldId="team" [legenda]="T.teamKop" [uitleg]="T.teamUitleg">
                <div class="rollen-raster">
                  @for (o of orgs; track o.id) {
                    <app-formulierveld soort="checkbox" [veldId]="'team-' + o.id" [label]="o.naam">
                      <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="i.team.includes(o.id)"
                        (change)="wisselTeamlid(o.id, $any($event.target).checked)" />
                    </app-formulierveld>
                  }
                </div>
              </app-veldgroep>
            }
            @if (i.soort === 'taakgroep') {
              <app-tekstvak veldId="taakgroep" [label]="T.taakgroepLeden" [uitleg]="T.taakgroepUitleg" [regels]="4" [fouten]="formulier.van('taakgroep')"
                [waarde]="i.taakgroep" (waardeChange)="zet({ taakgroep: $event })" />
            }
            <app-tekstveld veldId="financieringsbron" [label]="T.financieringsbron" [maxlength]="200" [waarde]="i.financieringsbron"
              (waardeChange)="zet({ financieringsbron: $event })" />
            <app-tekstveld veldId="financiering" [label]="T.financiering" autocomplete="off" [fouten]="formulier.van('financiering')"
              [waarde]="i.financiering" (waardeChange)="zet({ financiering: $event })" />
          }
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
              [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : id() ? T.opslaan : T.aanmaken }}</button>
            <a class="utrecht-link" [routerLink]="id() ? ['/buurttops', id()] : ['/buurttops']">{{ T.annuleren }}</a>
          </div>
        </form>
      }
    }
  `,
  styles: `.utrecht-button-group { align-items: center; }`,
})
export class BuurtTopFormulier {
  protected readonly T = T;
  /** Set when changing a BuurtTop (route parameter); absent when announcing one. */
  readonly id = input<string>();
  private readonly client = inject(BuurtTopsClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly router = inject(Router);
  protected readonly soorten = ['', 'bewonersorganisatie', 'wijkopbouwpunt', 'taakgroep'] as const;
  /** The BuurtTop (editing), or the wijken to announce one in. */
  protected readonly gegevens = laadbaar({
    params: () => ({ id: this.id() }),
    laad: ({ id }) =>
      forkJoin({
        buurtTop: id ? this.client.getBuurtTop(id) : of(null),
        wijken: id ? of([]) : this.gebieden.listGebieden(1, 100, 'wijk', null).pipe(map((p) => p.items)),
      }),
  });
  protected readonly invoer = linkedSignal<BuurtTopInvoer>(() => {
    const b = this.gegevens.waarde()?.buurtTop;
    return b ? invoerVan(b) : nieuweInvoer();
  });
  /** The active organisations of the register, for the organiser's team; loaded once an organiser is chosen. */
  protected readonly organisaties = laadbaar({
    params: () => (this.invoer().soort ? true : undefined),
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((p) => p.items.filter((o) => o.status === 'actief'))),
  });
  protected readonly formulier = new Formulier(
    { wijkId: T.wijk, titel: T.titel, datum: T.datum, plek: T.plek, capaciteit: T.capaciteit, organisator: T.organisator, taakgroep: T.taakgroepLeden, financiering: T.financiering },
    { veldId: (v) => (v === 'organisator' ? `soort-${this.invoer().soort || 'geen'}` : v) },
  );

  protected zet(wijziging: Partial<BuurtTopInvoer>): void {
    this.invoer.update((i) => ({ ...i, ...wijziging }));
  }

  protected wisselTeamlid(id: string, aan: boolean): void {
    this.invoer.update((i) => ({ ...i, team: aan ? [...i.team, id] : i.team.filter((o) => o !== id) }));
  }

  opslaan(): void {
    const invoer = this.invoer();
    const id = this.id();
    if (!this.formulier.controleer(controleer(invoer, !id))) return;
    this.formulier.verstuur(
      () => (id ? this.client.updateBuurtTop(id, naarUpdate(invoer)) : this.client.createBuurtTop(naarCreate(invoer))),
      (b) => void this.router.navigate(['/buurttops', b.id]),
    );
  }
}
