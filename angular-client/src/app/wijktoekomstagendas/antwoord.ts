import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { VerzoekDto, VerzoekenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { publiekeBasis } from '../wijkbeelden/wijkbeeld-client';
import { AGENDAS_TEKSTEN as A, VERZOEKEN_TEKSTEN as T } from './teksten';

interface Regel {
  nr: number;
  omschrijving: string;
  uiterlijk: string;
}

/**
 * The institution's answer page, without an account: the link of the mail, `/verzoeken/antwoord/<sleutel>?gemeente=<slug>`.
 * Shows the request; the answer is a text and/or a link and zero or more toezeggingen (what, by when); then a thank-you.
 */
@Component({
  selector: 'app-antwoord',
  imports: [Laadblok, Gegevens, Gegeven, Formulierveld, Veldgroep, VeldInvoer, Foutsamenvatting, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1">{{ T.antwoordTitel }}</h1>
    @if (!client()) {
      <div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ T.geenGemeente }}</p></div></div>
    } @else if (ontvangen(); as o) {
      <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content">
        <p class="utrecht-paragraph"><strong>{{ T.bedankt }}</strong></p>
        <p class="utrecht-paragraph">{{ T.bedanktUitleg }}</p>
        @if (o.stand === 'teLaat') { <p class="utrecht-paragraph">{{ T.teLaatOntvangen }}</p> }
      </div></div>
    } @else {
      <app-laadblok [bron]="verzoek" [ladenTekst]="T.antwoordLaden" />
      @if (verzoek.waarde(); as v) {
        <dl app-gegevens>
          <div app-gegeven [term]="A.organisatie">{{ v.organisatieNaam }}</div>
          <div app-gegeven [term]="A.wijk">{{ v.wijkNaam }}</div>
          <div app-gegeven [term]="T.agenda">{{ v.agendaTitel }}</div>
          @if (v.ambitieTitel) { <div app-gegeven [term]="A.overAmbitie">{{ v.ambitieTitel }}</div> }
          <div app-gegeven [term]="A.vraag"><span class="tekst">{{ v.vraag }}</span></div>
          <div app-gegeven [term]="A.uiterlijk">{{ datum(v.uiterlijk) }}</div>
        </dl>
        <p class="utrecht-paragraph">{{ T.uiterlijkTekst(datum(v.uiterlijk)) }} {{ T.antwoordUitleg }}</p>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.versturen" (submit)="$event.preventDefault(); verstuur()">
          <app-tekstvak veldId="antwoord" [label]="T.uwAntwoord" [maxlength]="4000" [regels]="6" [fouten]="formulier.van('antwoord')" [(waarde)]="antwoord" />
          <app-tekstveld veldId="link" type="url" [label]="T.link" [uitleg]="T.linkUitleg" [fouten]="formulier.van('link')" [(waarde)]="link" />
          <app-veldgroep veldId="toezeggingen" [legenda]="A.toezeggingen" [uitleg]="T.toezeggingenUitleg" [fouten]="formulier.van('toezeggingen')">
            @for (r of regels(); track r.nr; let i = $index) {
              <fieldset class="utrecht-form-fieldset toezegging">
                <legend class="utrecht-form-fieldset__legend">{{ T.toezegging(i + 1) }}</legend>
                <app-formulierveld [veldId]="'toezegging-' + r.nr + '-wat'" [label]="T.wat" [fouten]="regelFouten()[r.nr]?.wat ?? []">
                  <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input" type="text" maxlength="500" [value]="r.omschrijving"
                    (input)="zet(r.nr, 'omschrijving', $any($event.target).value)" />
                </app-formulierveld>
                <app-formulierveld [veldId]="'toezegging-' + r.nr + '-wanneer'" [label]="T.wanneer" [fouten]="regelFouten()[r.nr]?.wanneer ?? []">
                  <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input" type="date" [value]="r.uiterlijk"
                    (input)="zet(r.nr, 'uiterlijk', $any($event.target).value)" />
                </app-formulierveld>
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="haalWeg(r.nr)">{{ T.toezeggingWeghalen(i + 1) }}</button>
              </fieldset>
            }
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.toezeggingToevoegen }}</button>
          </app-veldgroep>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? A.bezig : T.versturen }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `.tekst { white-space: pre-line; } .toezegging { margin-block: 0.75rem; }`,
})
export class Antwoord {
  protected readonly T = T;
  protected readonly A = A;
  readonly sleutel = input.required<string>();
  readonly gemeente = input<string>();
  private readonly http = inject(HttpClient);
  protected readonly client = computed(() => {
    const slug = this.gemeente()?.trim();
    return slug ? new VerzoekenClient(this.http, publiekeBasis(slug)) : null;
  });
  protected readonly verzoek = laadbaar({
    params: () => {
      const c = this.client();
      return c ? { c, s: this.sleutel() } : undefined;
    },
    laad: ({ c, s }) => c.getVerzoekMetSleutel(s),
  });
  protected readonly datum = formatDatum;
  protected readonly antwoord = signal('');
  protected readonly link = signal('');
  protected readonly regels = signal<Regel[]>([]);
  protected readonly regelFouten = signal<Record<number, { wat?: string[]; wanneer?: string[] }>>({});
  protected readonly ontvangen = signal<VerzoekDto | null>(null);
  private volgnummer = 0;
  protected readonly formulier = new Formulier({ antwoord: T.uwAntwoord, link: T.link, toezeggingen: A.toezeggingen });

  voegToe(): void {
    this.regels.update((r) => [...r, { nr: ++this.volgnummer, omschrijving: '', uiterlijk: '' }]);
  }

  haalWeg(nr: number): void {
    this.regels.update((r) => r.filter((x) => x.nr !== nr));
  }

  zet(nr: number, veld: 'omschrijving' | 'uiterlijk', waarde: string): void {
    this.regels.update((r) => r.map((x) => (x.nr === nr ? { ...x, [veld]: waarde } : x)));
  }

  verstuur(): void {
    const c = this.client();
    if (!c) return;
    const antwoord = this.antwoord().trim();
    const link = this.link().trim();
    const fouten: Record<number, { wat?: string[]; wanneer?: string[] }> = {};
    for (const r of this.regels()) {
      const f: { wat?: string[]; wanneer?: string[] } = {};
      if (!r.omschrijving.trim()) f.wat = [T.watVerplicht];
      if (!r.uiterlijk) f.wanneer = [T.wanneerVerplicht];
      if (f.wat || f.wanneer) fouten[r.nr] = f;
    }
    this.regelFouten.set(fouten);
    const regelsFout = Object.keys(fouten).length > 0;
    const ok = this.formulier.controleer({
      antwoord: antwoord || link ? [] : [T.antwoordOfLink],
      toezeggingen: regelsFout ? [T.toezeggingOnvolledig] : [],
    });
    if (!ok) return;
    const toezeggingen = this.regels().map((r) => ({ omschrijving: r.omschrijving.trim(), uiterlijk: r.uiterlijk }));
    this.formulier.verstuur(
      () => c.answerVerzoekMetSleutel(this.sleutel(), { antwoord: antwoord || null, link: link || null, toezeggingen }),
      (v) => this.ontvangen.set(v),
    );
  }
}
