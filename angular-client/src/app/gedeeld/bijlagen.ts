import { HttpClient } from '@angular/common/http';
import { Component, inject, input, signal } from '@angular/core';
import { Observable } from 'rxjs';
import type { BijlageDto } from '../api/api-client';
import { API_BASIS } from './api-basis';
import { Formulier } from './formulier';
import { Formulierveld, VeldInvoer } from './formulierveld';
import { Foutsamenvatting } from './foutsamenvatting';
import { laadbaar } from './laadbaar';
import { Laadblok } from './laadblok';
import { GEDEELD_TEKSTEN as T } from './teksten';

/** Where a subject's attachments live: list, upload (the raw bytes) and download. */
export interface BijlagenBron {
  lijst(): Observable<BijlageDto[]>;
  plaats(bestand: File): Observable<BijlageDto>;
  download(bijlage: BijlageDto): Observable<Blob>;
}

/**
 * The attachments under an API path such as `/buurttops/<id>` (`…/bijlagen`), optionally under another base (the
 * public's `/<slug>/api/v1`). Plain HttpClient calls, so the interceptors add the sign-in and gemeente; the upload is
 * the file itself with `?naam=`. Call in an injection context.
 */
export function bijlagenVan(): (pad: string, basis?: string) => BijlagenBron {
  const http = inject(HttpClient);
  return (pad, basis = API_BASIS) => {
    const url = `${basis}${pad}/bijlagen`;
    return {
      lijst: () => http.get<BijlageDto[]>(url),
      plaats: (bestand) =>
        http.post<BijlageDto>(url, bestand, {
          params: { naam: bestand.name },
          headers: { 'Content-Type': bestand.type || 'application/octet-stream' },
        }),
      download: (b) => http.get(`${url}/${b.id}`, { responseType: 'blob' }),
    };
  };
}

/** "12 kB", "1,4 MB". */
export function formatGrootte(bytes: number): string {
  const getal = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024 ? `${getal(Math.max(1, bytes / 1024))} kB` : `${getal(bytes / 1024 / 1024)} MB`;
}

/** Photos and documents of a subject: the list with downloads and, for who may add them, an upload. */
@Component({
  selector: 'app-bijlagen',
  imports: [Laadblok, Foutsamenvatting, Formulierveld, VeldInvoer],
  template: `
    <section [attr.aria-label]="titel()">
      <h2 class="utrecht-heading-2">{{ titel() }}</h2>
      <app-laadblok [bron]="lijst" [ladenTekst]="T.bijlagenLaden" />
      @if (lijst.waarde(); as l) {
        @if (l.length) {
          <ul class="utrecht-unordered-list">
            @for (b of l; track b.id) {
              <li class="utrecht-unordered-list__item">
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="download(b)"
                  [attr.aria-label]="T.downloaden(b.naam)">{{ b.naam }}</button>
                {{ T.soortNaam[b.contentType] ?? b.contentType }}, {{ grootte(b.grootte) }}
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">{{ T.geenBijlagen }}</p>
        }
      }
      <app-foutsamenvatting [titel]="T.bijlageFout" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      @if (melding(); as m) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ m }}</p></div></div>
      }
      @if (magPlaatsen()) {
        <form class="formulier" novalidate [attr.aria-label]="T.plaatsen" (submit)="$event.preventDefault(); plaats(kiezer)">
          <app-formulierveld veldId="bijlage-bestand" [label]="T.bestand" [uitleg]="T.bestandUitleg" [fouten]="formulier.van('bestand')">
            <input appVeldInvoer #kiezer type="file" class="utrecht-textbox utrecht-textbox--html-input" accept="application/pdf,image/jpeg,image/png,image/webp" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.plaatsenBezig : T.plaatsen }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `.utrecht-button--subtle { padding-inline: 0; min-block-size: auto; text-decoration: underline; } li { overflow-wrap: anywhere; }`,
})
export class Bijlagen {
  protected readonly T = T;
  readonly bron = input.required<BijlagenBron>();
  readonly titel = input.required<string>();
  readonly magPlaatsen = input(false);
  protected readonly lijst = laadbaar({ params: () => this.bron(), laad: (b) => b.lijst() });
  protected readonly formulier = new Formulier({ bestand: T.bestand }, { veldId: () => 'bijlage-bestand' });
  protected readonly melding = signal<string | null>(null);
  protected readonly grootte = formatGrootte;

  plaats(kiezer: HTMLInputElement): void {
    const bestand = kiezer.files?.[0];
    this.melding.set(null);
    if (!this.formulier.controleer({ bestand: bestand ? [] : [T.bestandVerplicht] })) return;
    this.formulier.verstuur(() => this.bron().plaats(bestand!), (b) => {
      kiezer.value = '';
      this.lijst.werkBij((l) => [...l, b]);
      this.melding.set(T.geplaatst(b.naam));
    });
  }

  download(b: BijlageDto): void {
    this.formulier.wis();
    this.bron().download(b).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = b.naam;
        a.click();
        // Revoked after the browser has taken the click's download.
        setTimeout(() => URL.revokeObjectURL(url));
      },
      error: (e: unknown) => this.formulier.toonProbleem(e),
    });
  }
}
