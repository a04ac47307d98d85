import { HttpClient } from '@angular/common/http';
import { Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { API_BASE_URL, InstellingenClient, InstellingenDto } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Foutsamenvatting, VeldFout } from '../gedeeld/foutsamenvatting';
import { Laden } from '../gedeeld/laden';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { Huisstijl, THEMAS, geldigThema } from '../thema/thema';
import { controleerLogo } from './logo-controle';
import { INSTELLINGEN_TEKSTEN as T } from './teksten';

/** Field names of the API's errors: `thema` (PUT /instellingen), `data` (the logo bytes of PUT /instellingen/logo). */
const VELDEN = ['thema', 'data', 'logo'] as const;

/**
 * The gemeente-beheerder's settings: theme (with live preview) and logo.
 *
 * The logo is uploaded with Angular's HttpClient, not the generated client: the OpenAPI document models the
 * body as a JSON base64 string (`format: byte`), so NSwag's `uploadLogo(byte: string)` would send JSON, while
 * the API wants the raw image with its own Content-Type. The call uses the generated client's base URL and goes
 * through the same interceptors (Gemeente header, bearer token).
 */
@Component({
  selector: 'app-instellingen',
  imports: [Laden, Foutmelding, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ instellingen() ? T.titel(instellingen()!.gemeente) : T.titelZonderNaam }}</h1>
    <div role="status" class="melding">
      @if (melding(); as m) {
        <div class="utrecht-alert utrecht-alert--ok"><p class="utrecht-paragraph">{{ m }}</p></div>
      }
    </div>
    @if (laadFout(); as p) {
      <app-foutmelding [probleem]="p" (opnieuw)="laad()" />
    } @else if (!instellingen()) {
      <app-laden [tekst]="T.laden" />
    } @else {
      <p class="utrecht-paragraph">{{ T.intro }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="samenvatting()" [algemeen]="algemeen()" />

      <section aria-labelledby="thema-kop">
        <h2 class="utrecht-heading-2" id="thema-kop">{{ T.themaKop }}</h2>
        <form class="formulier" novalidate (submit)="$event.preventDefault(); themaOpslaan()">
          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" [class.utrecht-form-fieldset--invalid]="themaFouten().length > 0"
            [attr.aria-invalid]="themaFouten().length > 0 || null"
            [attr.aria-describedby]="themaFouten().length > 0 ? 'thema-fout thema-uitleg' : 'thema-uitleg'">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.themaLegenda }}</legend>
            <div class="utrecht-form-field-description" id="thema-uitleg">{{ T.themaUitleg }}</div>
            @if (themaFouten().length > 0) {
              <div class="utrecht-form-field-error-message" id="thema-fout">{{ themaFouten().join(' ') }}</div>
            }
            @for (t of themas(); track t) {
              <div class="utrecht-form-field utrecht-form-field--radio">
                <div class="utrecht-form-field__input">
                  <input type="radio" name="thema" class="utrecht-radio-button utrecht-radio-button--html-input" [id]="'thema-' + t" [value]="t"
                    [checked]="t === gekozenThema()" [attr.aria-describedby]="'thema-' + t + '-uitleg'" (change)="kiesThema(t)" />
                  <label class="utrecht-form-label utrecht-form-label--radio" [for]="'thema-' + t">{{ T.themaNamen[t] ?? t }}</label>
                </div>
                <div class="utrecht-form-field-description" [id]="'thema-' + t + '-uitleg'">{{ T.themaOmschrijving[t] ?? '' }}</div>
              </div>
            }
          </fieldset>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig() === 'thema'"
              [attr.aria-disabled]="bezig() !== null || null">{{ bezig() === 'thema' ? T.bezigOpslaan : T.themaOpslaan }}</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="logo-kop">
        <h2 class="utrecht-heading-2" id="logo-kop">{{ T.logoKop }}</h2>
        @if (huisstijl.logo(); as logo) {
          <p class="utrecht-paragraph">{{ T.huidigLogo }}</p>
          <img class="logo-voorbeeld" [src]="logo" [alt]="T.logoAlt(instellingen()!.gemeente)" />
        } @else {
          <p class="utrecht-paragraph">{{ T.geenLogo }}</p>
        }
        <form class="formulier" novalidate (submit)="$event.preventDefault(); logoUploaden()">
          <div class="utrecht-form-field utrecht-form-field--text" [class.utrecht-form-field--invalid]="logoFouten().length > 0">
            <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="logo">{{ T.logoLabel }}</label></div>
            <div class="utrecht-form-field-description" id="logo-uitleg">{{ T.logoUitleg }}</div>
            @if (logoFouten().length > 0) {
              <div class="utrecht-form-field-error-message" id="logo-fout">{{ logoFouten().join(' ') }}</div>
            }
            <div class="utrecht-form-field__input">
              <input type="file" id="logo" name="logo" accept="image/png,image/jpeg,image/webp"
                [attr.aria-invalid]="logoFouten().length > 0 || null"
                [attr.aria-describedby]="logoFouten().length > 0 ? 'logo-fout logo-uitleg' : 'logo-uitleg'"
                (change)="kiesBestand($any($event.target).files?.[0] ?? null)" />
            </div>
          </div>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig() === 'logo'"
              [attr.aria-disabled]="bezig() !== null || null">{{ bezig() === 'logo' ? T.bezigUploaden : T.logoUploaden }}</button>
            @if (instellingen()!.heeftLogo) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [class.utrecht-button--busy]="bezig() === 'verwijderen'"
                [attr.aria-disabled]="bezig() !== null || null" (click)="logoVerwijderen()">
                {{ bezig() === 'verwijderen' ? T.bezigVerwijderen : T.logoVerwijderen }}</button>
            }
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    .logo-voorbeeld {
      display: block;
      max-block-size: 6rem;
      max-inline-size: 16rem;
      object-fit: contain;
      margin-block-end: 1rem;
    }
  `,
})
export class Instellingen implements OnInit {
  protected readonly T = T;
  protected readonly huisstijl = inject(Huisstijl);
  private readonly client = inject(InstellingenClient);
  private readonly http = inject(HttpClient);
  private readonly basisUrl = inject(API_BASE_URL, { optional: true }) ?? API_BASIS;

  readonly instellingen = signal<InstellingenDto | null>(null);
  readonly laadFout = signal<Probleem | null>(null);
  readonly gekozenThema = signal<string>('neutraal');
  readonly bestand = signal<File | null>(null);
  readonly bezig = signal<'thema' | 'logo' | 'verwijderen' | null>(null);
  readonly fouten = signal<Record<string, string[]>>({});
  readonly melding = signal<string | null>(null);

  /** The API's list, limited to themes the client has a token file for. */
  protected readonly themas = computed(() => {
    const van = this.instellingen()?.beschikbareThemas ?? [];
    const bekend = van.filter((t) => (THEMAS as readonly string[]).includes(t));
    return bekend.length ? bekend : [...THEMAS];
  });
  protected readonly themaFouten = computed(() => this.fouten()['thema'] ?? []);
  protected readonly logoFouten = computed(() => [...(this.fouten()['logo'] ?? []), ...(this.fouten()['data'] ?? [])]);
  protected readonly algemeen = computed(() => this.fouten()[''] ?? []);
  protected readonly samenvatting = computed<VeldFout[]>(() => {
    const uit: VeldFout[] = [];
    if (this.themaFouten().length) uit.push({ veldId: 'thema-' + this.gekozenThema(), label: T.themaKop, berichten: this.themaFouten() });
    if (this.logoFouten().length) uit.push({ veldId: 'logo', label: T.logoLabel, berichten: this.logoFouten() });
    return uit;
  });

  constructor() {
    // Leaving without saving ends the preview.
    inject(DestroyRef).onDestroy(() => this.huisstijl.herstel());
  }

  ngOnInit(): void {
    this.laad();
  }

  laad(): void {
    this.laadFout.set(null);
    this.client.getInstellingen().subscribe({
      next: (i) => {
        this.instellingen.set(i);
        this.gekozenThema.set(geldigThema(i.thema));
        this.huisstijl.bijgewerkt(i);
      },
      error: (e: unknown) => this.laadFout.set(naarProbleem(e)),
    });
  }

  kiesThema(thema: string): void {
    this.gekozenThema.set(thema);
    this.melding.set(null);
    this.huisstijl.pasToe(thema);
  }

  themaOpslaan(): void {
    if (this.bezig()) return;
    this.begin('thema');
    this.client.updateThema({ thema: this.gekozenThema() }).subscribe({
      next: (i) => {
        this.klaar(i);
        this.melding.set(T.themaOpgeslagen(T.themaNamen[i.thema] ?? i.thema));
      },
      error: (e: unknown) => this.fout(e),
    });
  }

  kiesBestand(bestand: File | null): void {
    this.bestand.set(bestand);
    this.melding.set(null);
    const fout = bestand ? controleerLogo(bestand) : null;
    this.fouten.set(fout ? { logo: [fout] } : {});
  }

  logoUploaden(): void {
    if (this.bezig()) return;
    const bestand = this.bestand();
    const fout = bestand ? controleerLogo(bestand) : T.logoKiesEerst;
    if (fout) {
      this.fouten.set({ logo: [fout] });
      return;
    }
    this.begin('logo');
    this.http
      .put<InstellingenDto>(`${this.basisUrl}/instellingen/logo`, bestand, { headers: { 'Content-Type': bestand!.type, Accept: 'application/json' } })
      .subscribe({
        next: (i) => {
          this.klaar(i, true);
          this.bestand.set(null);
          this.melding.set(T.logoOpgeslagen);
        },
        error: (e: unknown) => this.fout(e),
      });
  }

  logoVerwijderen(): void {
    if (this.bezig()) return;
    this.begin('verwijderen');
    this.client.deleteLogo().subscribe({
      next: () => {
        this.klaar({ ...this.instellingen()!, heeftLogo: false }, true);
        this.melding.set(T.logoVerwijderd);
      },
      error: (e: unknown) => this.fout(e),
    });
  }

  private begin(wat: 'thema' | 'logo' | 'verwijderen'): void {
    this.bezig.set(wat);
    this.fouten.set({});
    this.melding.set(null);
  }

  private klaar(i: InstellingenDto, logoGewijzigd = false): void {
    this.bezig.set(null);
    this.instellingen.set(i);
    this.gekozenThema.set(geldigThema(i.thema));
    this.huisstijl.bijgewerkt(i, logoGewijzigd);
  }

  private fout(e: unknown): void {
    this.bezig.set(null);
    const p = naarProbleem(e, VELDEN);
    const heeftVeldfouten = Object.keys(p.veldfouten).some((k) => k !== '');
    this.fouten.set(heeftVeldfouten || p.veldfouten[''] ? p.veldfouten : { '': [p.detail ? `${p.titel} ${p.detail}` : p.titel] });
  }
}
