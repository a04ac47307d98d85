import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AnonimiseringDto, GetInzageQuery, InzageDto, PersoonsgegevensClient } from '../api/api-client';
import { rolNaam } from '../auth/rollen';
import { bewaar, documentLader } from '../gedeeld/document';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';
import { controleerKenmerken, formatMoment, gezochtOp, jsonDocument, naarVerzoek } from './verzoek-invoer';

/** The answer of a search, with what was searched for (the downloads and the erasure are about exactly that person). */
interface Opzoeking {
  verzoek: GetInzageQuery;
  inzage: InzageDto;
}

/**
 * A data subject's request (gemeente-beheerder): search by e-mail address, name or IBAN, show everything the gemeente
 * holds (account, each processing activity with its records), hand it over as JSON (made here from the answer) or PDF
 * (the API's document), and erase the person after a reason and a confirmation.
 */
@Component({
  selector: 'app-persoonsgegevens-verzoek',
  imports: [RouterLink, Tekstveld, Tekstvak, Formulierveld, VeldInvoer, Foutsamenvatting, Foutmelding, Gegevens, Gegeven],
  template: `
    <h1 class="utrecht-heading-1">{{ T.verzoekTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.verzoekIntro }}</p>

    <div role="status" class="melding" id="anonimisering-melding" tabindex="-1">
      @if (uitgevoerd(); as a) {
        <div class="utrecht-alert utrecht-alert--ok">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph"><strong>{{ T.geanonimiseerd(a.pseudoniem) }}</strong></p>
            <p class="utrecht-paragraph">{{ T.geanonimiseerdAantal(a.aantalGegevens) }}</p>
            @if (a.accountGewist) { <p class="utrecht-paragraph">{{ T.accountGewistMelding }}</p> }
            <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="../anonimiseringen">{{ T.naarAnonimiseringen }}</a></p>
          </div>
        </div>
      }
    </div>

    <section aria-labelledby="zoeken-kop">
      <h2 class="utrecht-heading-2" id="zoeken-kop">{{ T.zoekenKop }}</h2>
      <p class="utrecht-paragraph">{{ T.zoekenUitleg }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="zoekFormulier.samenvatting()" [algemeen]="zoekFormulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="zoeken-kop" (submit)="$event.preventDefault(); zoek()">
        <app-tekstveld veldId="email" type="email" autocomplete="off" [label]="T.email" [maxlength]="254" [fouten]="zoekFormulier.van('email')" [(waarde)]="email" />
        <app-tekstveld veldId="naam" autocomplete="off" [label]="T.naam" [maxlength]="200" [fouten]="zoekFormulier.van('naam')" [(waarde)]="naam" />
        <app-tekstveld veldId="iban" autocomplete="off" [label]="T.iban" [uitleg]="T.ibanUitleg" [maxlength]="42" [fouten]="zoekFormulier.van('iban')" [(waarde)]="iban" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="zoekFormulier.bezig()"
            [attr.aria-disabled]="zoekFormulier.bezig() || null">{{ zoekFormulier.bezig() ? T.bezigZoeken : T.zoeken }}</button>
        </div>
      </form>
    </section>

    @if (opzoeking(); as o) {
      @let i = o.inzage;
      <section aria-labelledby="resultaat-kop" class="resultaat">
        <h2 class="utrecht-heading-2" id="resultaat-kop" tabindex="-1">{{ T.resultaatKop }}</h2>
        <p class="utrecht-paragraph">{{ T.gezochtOp(gezocht()) }} {{ T.overzichtVan(i.gemeente, moment(i.gegenereerdOp)) }}</p>
        @if (!gevonden()) {
          <p class="utrecht-paragraph leeg">{{ T.nietsGevonden }}</p>
        } @else {
          <p class="utrecht-paragraph">{{ i.aantalGegevens > 0 ? T.aantalGevonden(i.aantalGegevens) : T.alleenAccount }}</p>

          @if (i.account; as a) {
            <section class="verwerking" aria-labelledby="account-kop">
              <h3 class="utrecht-heading-3" id="account-kop">{{ T.accountKop }}</h3>
              <dl app-gegevens>
                <div app-gegeven [term]="T.email">{{ a.email }}</div>
                <div app-gegeven [term]="T.naam">{{ a.naam }}</div>
                <div app-gegeven [term]="T.tweeStaps">{{ a.tweeStapsAan ? T.aan : T.uit }}</div>
                <div app-gegeven [term]="T.rollen">{{ a.rollen.length ? rollenTekst(a.rollen) : T.geenRollen }}</div>
              </dl>
            </section>
          }

          @for (v of i.verwerkingen; track v.verwerking; let vi = $index) {
            <section class="verwerking" [attr.aria-labelledby]="'verwerking-' + vi">
              <h3 class="utrecht-heading-3" [id]="'verwerking-' + vi">{{ v.verwerking }}</h3>
              <dl app-gegevens>
                <div app-gegeven [term]="T.doel">{{ v.doel }}</div>
                <div app-gegeven [term]="T.grondslag">{{ v.grondslag }}</div>
                <div app-gegeven [term]="T.bewaartermijn">{{ v.bewaartermijn }}</div>
              </dl>
              @for (r of v.records; track r.id; let ri = $index) {
                <h4 class="utrecht-heading-4">{{ T.vastlegging(ri + 1, v.records.length) }}</h4>
                <dl app-gegevens>
                  @for (g of r.gegevens; track $index) {
                    <div app-gegeven [term]="g.veld">{{ g.waarde }}</div>
                  }
                </dl>
              }
            </section>
          }

          <h3 class="utrecht-heading-3">{{ T.downloadenKop }}</h3>
          <p class="utrecht-paragraph">{{ T.downloadenUitleg }}</p>
          @if (pdfFout(); as p) { <app-foutmelding [probleem]="p" [toonOpnieuw]="false" /> }
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="downloadJson()">{{ T.downloadJson }}</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [class.utrecht-button--busy]="pdfBezig()"
              [attr.aria-disabled]="pdfBezig() || null" (click)="downloadPdf()">{{ pdfBezig() ? T.bezigPdf : T.downloadPdf }}</button>
          </div>
        }
      </section>

      @if (gevonden()) {
        <section aria-labelledby="anonimiseren-kop">
          <h2 class="utrecht-heading-2" id="anonimiseren-kop">{{ T.anonimiserenKop }}</h2>
          <p class="utrecht-paragraph">{{ T.anonimiserenUitleg }}</p>
          <app-foutsamenvatting [titel]="T.anonimiserenFout" [fouten]="wisFormulier.samenvatting()" [algemeen]="wisFormulier.algemeen()" />
          <form class="formulier" novalidate [attr.aria-label]="T.anonimiserenLabel" (submit)="$event.preventDefault(); anonimiseer()">
            <app-tekstvak veldId="reden" [label]="T.reden" [uitleg]="T.redenUitleg" [maxlength]="1000" [regels]="3"
              [fouten]="wisFormulier.van('reden')" [(waarde)]="reden" />
            <app-formulierveld soort="checkbox" veldId="bevestiging" [label]="T.bevestiging" [fouten]="wisFormulier.van('bevestiging')">
              <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" aria-required="true"
                [checked]="bevestigd()" (change)="bevestigd.set($any($event.target).checked)" />
            </app-formulierveld>
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--danger"
                [class.utrecht-button--busy]="wisFormulier.bezig()" [attr.aria-disabled]="wisFormulier.bezig() || null">
                {{ wisFormulier.bezig() ? T.bezigAnonimiseren : T.anonimiseren }}</button>
            </div>
          </form>
        </section>
      }
    }
  `,
  styles: `
    .verwerking {
      border-block-start: 1px solid #767676;
      padding-block-start: 0.5rem;
      margin-block: 1rem;
    }
    .leeg {
      font-style: italic;
    }
  `,
})
export class Verzoek {
  protected readonly T = T;
  private readonly client = inject(PersoonsgegevensClient);
  private readonly laadPdf = documentLader();

  protected readonly email = signal('');
  protected readonly naam = signal('');
  protected readonly iban = signal('');
  protected readonly zoekFormulier = new Formulier({ email: T.email, naam: T.naam, iban: T.iban });
  protected readonly opzoeking = signal<Opzoeking | null>(null);
  protected readonly gezocht = computed(() => gezochtOp(this.opzoeking()?.verzoek ?? { email: null, naam: null, iban: null }));
  /** Whether there is anything to hand over or erase (a record or an account). */
  protected readonly gevonden = computed(() => {
    const i = this.opzoeking()?.inzage;
    return !!i && (i.aantalGegevens > 0 || i.verwerkingen.length > 0 || i.account !== null);
  });

  protected readonly pdfBezig = signal(false);
  protected readonly pdfFout = signal<Probleem | null>(null);

  protected readonly reden = signal('');
  protected readonly bevestigd = signal(false);
  protected readonly wisFormulier = new Formulier({ reden: T.reden, bevestiging: T.bevestiging });
  protected readonly uitgevoerd = signal<AnonimiseringDto | null>(null);

  protected readonly moment = formatMoment;

  protected rollenTekst(rollen: readonly string[]): string {
    return rollen.map(rolNaam).join(', ');
  }

  zoek(): void {
    const kenmerken = { email: this.email(), naam: this.naam(), iban: this.iban() };
    if (!this.zoekFormulier.controleer(controleerKenmerken(kenmerken))) return;
    const verzoek = naarVerzoek(kenmerken);
    this.zoekFormulier.verstuur(
      () => this.client.getInzage(verzoek),
      (inzage) => {
        this.opzoeking.set({ verzoek, inzage });
        this.uitgevoerd.set(null);
        this.pdfFout.set(null);
        this.reden.set('');
        this.bevestigd.set(false);
        this.wisFormulier.wis();
        this.focus('resultaat-kop');
      },
      () => this.opzoeking.set(null),
    );
  }

  downloadJson(): void {
    const o = this.opzoeking();
    if (o) bewaar(jsonDocument(o.inzage));
  }

  downloadPdf(): void {
    const o = this.opzoeking();
    if (!o || this.pdfBezig()) return;
    this.pdfBezig.set(true);
    this.pdfFout.set(null);
    this.laadPdf('/persoonsgegevens/inzage/document', T.pdfBestand, o.verzoek).subscribe({
      next: (d) => {
        this.pdfBezig.set(false);
        bewaar(d);
      },
      error: (e: unknown) => {
        this.pdfBezig.set(false);
        this.pdfFout.set(naarProbleem(e));
      },
    });
  }

  anonimiseer(): void {
    const o = this.opzoeking();
    if (!o) return;
    const reden = this.reden().trim();
    const fouten = { reden: reden ? [] : [T.redenVerplicht], bevestiging: this.bevestigd() ? [] : [T.bevestigingVerplicht] };
    if (!this.wisFormulier.controleer(fouten)) return;
    this.wisFormulier.verstuur(
      () => this.client.anonimiseerBetrokkene({ ...o.verzoek, reden }),
      (a) => {
        this.uitgevoerd.set(a);
        this.opzoeking.set(null);
        this.email.set('');
        this.naam.set('');
        this.iban.set('');
        this.reden.set('');
        this.bevestigd.set(false);
        this.focus('anonimisering-melding');
      },
    );
  }

  private focus(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
