import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AanmeldingBevestigingDto, BuurtTopsClient, Deelnemerscategorie } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { publiekeBuurtTops } from './buurttop-client';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { CATEGORIEEN } from './weergave';

/** The public registration page (no account): name, e-mail, category, consent; then confirmed or on the waiting list. */
@Component({
  selector: 'app-buurttop-aanmelden',
  imports: [RouterLink, Laadblok, Tekstveld, Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.aanmeldenTitel }}</h1>
    @if (!bron()) {
      <div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content">
        <p class="utrecht-paragraph">{{ T.geenGemeente }}</p>
      </div></div>
    }
    <app-laadblok [bron]="buurtTop" [ladenTekst]="T.detailLaden" />
    @if (buurtTop.waarde(); as b) {
      <p class="utrecht-paragraph"><strong>{{ b.titel }}</strong>, {{ datum(b.datum) }}@if (b.plek) {, {{ b.plek }}}</p>
      @if (bevestiging(); as bv) {
        <div class="utrecht-alert" [class.utrecht-alert--ok]="bv.status === 'aangemeld'" [class.utrecht-alert--warning]="bv.status !== 'aangemeld'" role="status">
          <div class="utrecht-alert__content">
            <h2 class="utrecht-heading-2">{{ bv.status === 'wachtlijst' ? T.opWachtlijst : T.bevestigd }}</h2>
            <p class="utrecht-paragraph">{{ bv.melding }}</p>
          </div>
        </div>
        <p class="utrecht-paragraph"><a class="utrecht-link" [routerLink]="['/buurttops', id()]" [queryParams]="gemeenteParam()">{{ T.terugNaarBuurtTop }}</a></p>
      } @else if (!b.aanmeldenOpen) {
        <p class="utrecht-paragraph">{{ T.aanmeldenDicht }}</p>
      } @else {
        <p class="utrecht-paragraph">{{ T.aanmeldenIntro }}</p>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.aanmeldenTitel" (submit)="$event.preventDefault(); verstuur()">
          <app-tekstveld veldId="naam" [label]="T.uwNaam" [uitleg]="T.uwNaamUitleg" autocomplete="name" [maxlength]="200" [verplicht]="true"
            [fouten]="formulier.van('naam')" [(waarde)]="naam" />
          <app-tekstveld veldId="email" type="email" [label]="T.uwEmail" autocomplete="email" [maxlength]="254" [verplicht]="true"
            [fouten]="formulier.van('email')" [(waarde)]="email" />
          <app-formulierveld veldId="categorie" [label]="T.alsWie" [fouten]="formulier.van('categorie')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="categorie.set($any($event.target).value)">
              @for (c of categorieen; track c) { <option [value]="c" [selected]="c === categorie()">{{ T.categorieNaam[c] }}</option> }
            </select>
          </app-formulierveld>
          <app-formulierveld soort="checkbox" veldId="toestemming" [label]="T.toestemming" [uitleg]="T.toestemmingTekst" [fouten]="formulier.van('toestemming')">
            <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" aria-required="true"
              [checked]="toestemming()" (change)="toestemming.set($any($event.target).checked)" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.aanmeldenKnop }}</button>
          </div>
        </form>
      }
    }
  `,
})
export class BuurtTopAanmelden {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly eigen = inject(BuurtTopsClient);
  private readonly publiek = publiekeBuurtTops();
  protected readonly bron = computed<BuurtTopsClient | null>(() => {
    const slug = this.gemeente()?.trim();
    if (slug) return this.publiek(slug);
    return this.sessie.tenant() ? this.eigen : null;
  });
  protected readonly gemeenteParam = computed(() => (this.gemeente()?.trim() ? { gemeente: this.gemeente()?.trim() } : {}));
  protected readonly buurtTop = laadbaar({
    params: () => {
      const c = this.bron();
      return c ? { c, id: this.id() } : undefined;
    },
    laad: ({ c, id }) => c.getBuurtTop(id),
  });
  protected readonly categorieen = CATEGORIEEN;
  protected readonly datum = formatDatum;
  protected readonly naam = signal('');
  protected readonly email = signal('');
  protected readonly categorie = signal<Deelnemerscategorie>('bewoners');
  protected readonly toestemming = signal(false);
  protected readonly bevestiging = signal<AanmeldingBevestigingDto | null>(null);
  protected readonly formulier = new Formulier({ naam: T.uwNaam, email: T.uwEmail, categorie: T.alsWie, toestemming: T.toestemming });

  verstuur(): void {
    const c = this.bron();
    const b = this.buurtTop.waarde();
    if (!c || !b) return;
    const command = {
      naam: this.naam().trim(),
      email: this.email().trim(),
      categorie: this.categorie(),
      toestemming: this.toestemming(),
      // The version of the consent text the server gave with the BuurtTop: it refuses a registration under another one.
      toestemmingVersie: b.toestemmingVersie,
    };
    const ok = this.formulier.controleer({
      naam: command.naam ? [] : [T.naamVerplicht],
      email: command.email ? [] : [T.emailVerplicht],
      toestemming: command.toestemming ? [] : [T.toestemmingVerplicht],
    });
    if (!ok) return;
    this.formulier.verstuur(() => c.registerAanmelding(this.id(), command), (b) => this.bevestiging.set(b));
  }
}
