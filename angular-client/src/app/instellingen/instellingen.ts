import { HttpClient } from '@angular/common/http';
import { Component, DestroyRef, computed, inject, linkedSignal, signal } from '@angular/core';
import { InstellingenDto, InstellingenClient } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Laadblok } from '../gedeeld/laadblok';
import { Huisstijl, THEMAS, geldigThema } from '../thema/thema';
import { controleerLogo } from './logo-controle';
import { INSTELLINGEN_TEKSTEN as T } from './teksten';

/**
 * The gemeente-beheerder's settings: theme (with live preview) and logo. The settings are the ones `Huisstijl`
 * loaded for the current gemeente (no second request).
 *
 * The logo is uploaded with Angular's HttpClient, not the generated client: the OpenAPI document models the
 * body as a JSON base64 string (`format: byte`), so NSwag's `uploadLogo(byte: string)` would send JSON, while
 * the API wants the raw image with its own Content-Type. The call uses the generated client's base URL and goes
 * through the same interceptors (Gemeente header, bearer token).
 */
@Component({
  selector: 'app-instellingen',
  imports: [Laadblok, Foutsamenvatting, Formulierveld, Veldgroep, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ instellingen() ? T.titel(instellingen()!.gemeente) : T.titelZonderNaam }}</h1>
    <div role="status" class="melding">
      @if (melding(); as m) {
        <div class="utrecht-alert utrecht-alert--ok"><p class="utrecht-paragraph">{{ m }}</p></div>
      }
    </div>
    <app-laadblok [bron]="huisstijl.bron" [ladenTekst]="T.laden" />
    @if (instellingen(); as i) {
      <p class="utrecht-paragraph">{{ T.intro }}</p>

      <section aria-labelledby="thema-kop">
        <h2 class="utrecht-heading-2" id="thema-kop">{{ T.themaKop }}</h2>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="themaFormulier.samenvatting()" [algemeen]="themaFormulier.algemeen()" />
        <form class="formulier" novalidate (submit)="$event.preventDefault(); themaOpslaan()">
          <app-veldgroep veldId="thema" [legenda]="T.themaLegenda" [uitleg]="T.themaUitleg" [fouten]="themaFormulier.van('thema')">
            @for (t of themas(); track t) {
              <app-formulierveld soort="radio" [veldId]="'thema-' + t" [label]="T.themaNamen[t] ?? t" [uitleg]="T.themaOmschrijving[t] ?? ''">
                <input appVeldInvoer type="radio" name="thema" class="utrecht-radio-button utrecht-radio-button--html-input" [value]="t"
                  [checked]="t === gekozenThema()" (change)="kiesThema(t)" />
              </app-formulierveld>
            }
          </app-veldgroep>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="themaFormulier.bezig()"
              [attr.aria-disabled]="bezig() || null">{{ themaFormulier.bezig() ? T.bezigOpslaan : T.themaOpslaan }}</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="logo-kop">
        <h2 class="utrecht-heading-2" id="logo-kop">{{ T.logoKop }}</h2>
        @if (huisstijl.logo(); as logo) {
          <p class="utrecht-paragraph">{{ T.huidigLogo }}</p>
          <img class="logo-voorbeeld" [src]="logo" [alt]="T.logoAlt(i.gemeente)" />
        } @else {
          <p class="utrecht-paragraph">{{ T.geenLogo }}</p>
        }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="logoFormulier.samenvatting()" [algemeen]="logoFormulier.algemeen()" />
        <form class="formulier" novalidate (submit)="$event.preventDefault(); logoUploaden()">
          <app-formulierveld veldId="logo" [label]="T.logoLabel" [uitleg]="T.logoUitleg" [fouten]="logoFormulier.van('logo')">
            <input appVeldInvoer type="file" name="logo" accept="image/png,image/jpeg,image/webp"
              (change)="kiesBestand($any($event.target).files?.[0] ?? null)" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="uploaden()"
              [attr.aria-disabled]="bezig() || null">{{ uploaden() ? T.bezigUploaden : T.logoUploaden }}</button>
            @if (i.heeftLogo) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [class.utrecht-button--busy]="verwijderen()"
                [attr.aria-disabled]="bezig() || null" (click)="logoVerwijderen()">
                {{ verwijderen() ? T.bezigVerwijderen : T.logoVerwijderen }}</button>
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
export class Instellingen {
  protected readonly T = T;
  protected readonly huisstijl = inject(Huisstijl);
  private readonly client = inject(InstellingenClient);
  private readonly http = inject(HttpClient);

  protected readonly instellingen = this.huisstijl.instellingen;
  /** The theme chosen on screen (previewed until saved); follows the saved one. */
  protected readonly gekozenThema = linkedSignal(() => geldigThema(this.instellingen()?.thema));
  protected readonly bestand = signal<File | null>(null);
  protected readonly melding = signal<string | null>(null);
  private readonly logoActie = signal<'uploaden' | 'verwijderen'>('uploaden');
  /** `thema`: the field of PUT /instellingen; its errors link to the chosen radio button. */
  protected readonly themaFormulier = new Formulier({ thema: T.themaKop }, { veldId: () => 'thema-' + this.gekozenThema() });
  /** `data`: the logo bytes of PUT /instellingen/logo. */
  protected readonly logoFormulier = new Formulier({ logo: T.logoLabel }, { aliassen: { data: 'logo' } });
  protected readonly bezig = computed(() => this.themaFormulier.bezig() || this.logoFormulier.bezig());
  protected readonly uploaden = computed(() => this.logoFormulier.bezig() && this.logoActie() === 'uploaden');
  protected readonly verwijderen = computed(() => this.logoFormulier.bezig() && this.logoActie() === 'verwijderen');

  /** The API's list, limited to themes the client has a token file for. */
  protected readonly themas = computed(() => {
    const van = this.instellingen()?.beschikbareThemas ?? [];
    const bekend = van.filter((t) => (THEMAS as readonly string[]).includes(t));
    return bekend.length ? bekend : [...THEMAS];
  });

  constructor() {
    // Leaving without saving ends the preview.
    inject(DestroyRef).onDestroy(() => this.huisstijl.herstel());
  }

  kiesThema(thema: string): void {
    this.gekozenThema.set(geldigThema(thema));
    this.melding.set(null);
    this.huisstijl.pasToe(thema);
  }

  themaOpslaan(): void {
    if (this.bezig()) return;
    this.melding.set(null);
    this.themaFormulier.verstuur(
      () => this.client.updateThema({ thema: this.gekozenThema() }),
      (i) => {
        this.huisstijl.bijgewerkt(i);
        this.melding.set(T.themaOpgeslagen(T.themaNamen[i.thema] ?? i.thema));
      },
    );
  }

  kiesBestand(bestand: File | null): void {
    this.bestand.set(bestand);
    this.melding.set(null);
    const fout = bestand ? controleerLogo(bestand) : null;
    this.logoFormulier.controleer({ logo: fout ? [fout] : [] });
  }

  logoUploaden(): void {
    if (this.bezig()) return;
    const bestand = this.bestand();
    const fout = bestand ? controleerLogo(bestand) : T.logoKiesEerst;
    if (!this.logoFormulier.controleer({ logo: fout ? [fout] : [] }) || !bestand) return;
    this.melding.set(null);
    this.logoActie.set('uploaden');
    this.logoFormulier.verstuur(
      () =>
        this.http.put<InstellingenDto>(`${API_BASIS}/instellingen/logo`, bestand, {
          headers: { 'Content-Type': bestand.type, Accept: 'application/json' },
        }),
      (i) => {
        this.huisstijl.bijgewerkt(i, true);
        this.bestand.set(null);
        this.melding.set(T.logoOpgeslagen);
      },
    );
  }

  logoVerwijderen(): void {
    const i = this.instellingen();
    if (this.bezig() || !i) return;
    this.melding.set(null);
    this.logoActie.set('verwijderen');
    this.logoFormulier.verstuur(
      () => this.client.deleteLogo(),
      () => {
        this.huisstijl.bijgewerkt({ ...i, heeftLogo: false }, true);
        this.melding.set(T.logoVerwijderd);
      },
    );
  }
}
