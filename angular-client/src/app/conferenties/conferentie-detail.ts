import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConferentieaanmeldingBevestigingDto, ErvaringsconferentieDto, ErvaringsconferentiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { leesLessen, TOESTEMMING_VERSIE } from './conferentie';
import { ConferentieBlok } from './conferentie-blok';
import { conferentieClient } from './conferentie-client';
import { CONFERENTIES_ROLLEN } from './conferenties.routes';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

/**
 * One conference: the invitation and, while planned, the public registration (no account; consent to the text shown).
 * For the gemeente also who registered, recording that it was held, and the lessons afterwards.
 */
@Component({
  selector: 'app-conferentie-detail',
  imports: [RouterLink, ConferentieBlok, Formulierveld, Foutsamenvatting, Laadblok, Tekstvak, Tekstveld, VeldInvoer],
  template: `
    <app-laadblok [bron]="conferentie" [ladenTekst]="T.detailLaden" />
    @if (conferentie.waarde(); as c) {
      <h1 class="utrecht-heading-1">{{ c.titel }}</h1>
      <app-conferentie-blok [conferentie]="c" />
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      @if (bevestiging(); as b) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ b.melding }}</p></div></div>
      }

      @if (c.status === 'gepland') {
        <h2 class="utrecht-heading-2" id="aanmelden-kop">{{ T.aanmeldenKop }}</h2>
        @if (c.capaciteit && c.aangemeld >= c.capaciteit) {
          <p class="utrecht-paragraph">{{ T.vol }}</p>
        } @else if (!bevestiging()) {
          <form class="formulier" novalidate aria-labelledby="aanmelden-kop" (submit)="$event.preventDefault(); meldAan(c)">
            <app-tekstveld veldId="naam" [label]="T.uwNaam" autocomplete="name" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('naam')" [(waarde)]="naam" />
            <app-tekstveld veldId="email" type="email" [label]="T.uwEmail" autocomplete="email" [maxlength]="254" [verplicht]="true"
              [fouten]="formulier.van('email')" [(waarde)]="email" />
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
      } @else if (!c.lessen.length) {
        <p class="utrecht-paragraph">{{ T.geenAanmelden }}</p>
      }

      @if (isGemeente()) {
        <h2 class="utrecht-heading-2">{{ T.aanmeldingenKop }}</h2>
        @if (aanmeldingen.waarde(); as lijst) {
          @if (lijst.length) {
            <ul class="utrecht-unordered-list">
              @for (a of lijst; track a.id) {
                <li class="utrecht-unordered-list__item">@if (a.afgemeld) { <em>{{ T.afgemeld }}</em> } @else { {{ a.naam }} ({{ a.email }}) }</li>
              }
            </ul>
          } @else {
            <p class="utrecht-paragraph">{{ T.geenAanmeldingen }}</p>
          }
        }
        @if (c.status === 'gepland') {
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="markeerGehouden(c)">
              {{ T.gehoudenKnop }}</button>
          </div>
        } @else {
          <form class="formulier" novalidate [attr.aria-label]="T.oogstKnop" (submit)="$event.preventDefault(); publiceerOogst(c)">
            <app-tekstvak veldId="lessen" [label]="T.oogstLabel" [uitleg]="T.oogstUitleg" [maxlength]="20000" [regels]="6"
              [fouten]="formulier.van('lessen')" [(waarde)]="lessen" />
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">{{ T.oogstKnop }}</button>
            </div>
          </form>
        }
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/ervaringsconferenties" [queryParams]="sessie.tenant() ? {} : { gemeente: gemeente() }">{{ T.terug }}</a></p>
    }
  `,
})
export class ConferentieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = conferentieClient();
  private readonly eigen = inject(ErvaringsconferentiesClient);
  private readonly client = computed(() => this.clients(this.sessie.tenant() ? null : this.gemeente()));
  protected readonly conferentie = laadbaar({
    params: () => (this.client() ? { c: this.client()!, id: this.id() } : undefined),
    laad: ({ c, id }) => c.getErvaringsconferentie(id),
  });
  protected readonly isGemeente = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...CONFERENTIES_ROLLEN.gemeente));
  protected readonly aanmeldingen = laadbaar({
    params: () => (this.isGemeente() ? this.id() : undefined),
    laad: (id) => this.eigen.listConferentieaanmeldingen(id),
  });
  protected readonly naam = signal('');
  protected readonly email = signal('');
  protected readonly toestemming = signal(false);
  protected readonly lessen = signal('');
  protected readonly bevestiging = signal<ConferentieaanmeldingBevestigingDto | null>(null);
  protected readonly formulier = new Formulier<'naam' | 'email' | 'toestemming' | 'lessen'>(
    { naam: T.uwNaam, email: T.uwEmail, toestemming: T.toestemming, lessen: T.oogstLabel },
    { veldVanMelding: (m) => (/naam/i.test(m) ? 'naam' : /e-mail/i.test(m) ? 'email' : /toestemming/i.test(m) ? 'toestemming' : /les/i.test(m) ? 'lessen' : null) },
  );

  protected meldAan(c: ErvaringsconferentieDto): void {
    const client = this.client();
    const naam = this.naam().trim();
    const email = this.email().trim();
    if (!client || !this.formulier.controleer({
      naam: naam ? [] : [T.fout.naam], email: email ? [] : [T.fout.email], toestemming: this.toestemming() ? [] : [T.fout.toestemming],
    })) return;
    this.formulier.verstuur(
      () => client.registerConferentieaanmelding(c.id, { naam, email, toestemming: true, toestemmingVersie: TOESTEMMING_VERSIE }),
      (b) => { this.bevestiging.set(b); this.conferentie.herlaad(); this.aanmeldingen.herlaad(); },
    );
  }

  protected markeerGehouden(c: ErvaringsconferentieDto): void {
    this.formulier.verstuur(() => this.eigen.markConferentieGehouden(c.id), (nieuw) => this.conferentie.werkBij(() => nieuw));
  }

  protected publiceerOogst(c: ErvaringsconferentieDto): void {
    const lessen = leesLessen(this.lessen());
    if (!this.formulier.controleer({ lessen: lessen.length ? [] : [T.fout.lessen] })) return;
    this.formulier.verstuur(() => this.eigen.publishConferentieOogst(c.id, { lessen }), (nieuw) => { this.lessen.set(''); this.conferentie.werkBij(() => nieuw); });
  }
}
