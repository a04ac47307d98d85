import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { InstellingenDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { API_BASIS } from '../gedeeld/api-basis';
import { laadbaar } from '../gedeeld/laadbaar';

/** The themes the API offers; each has a token file in `public/themes/<naam>.css`. */
export const THEMAS = ['neutraal', 'stad', 'groen', 'hoog-contrast'] as const;
export type ThemaNaam = (typeof THEMAS)[number];
export const STANDAARD_THEMA: ThemaNaam = 'neutraal';
/** The slug of the platform membership (no gemeente, so no theme of its own). */
export const PLATFORM_SLUG = 'platform';

export function geldigThema(thema: string | null | undefined): ThemaNaam {
  return (THEMAS as readonly string[]).includes(thema ?? '') ? (thema as ThemaNaam) : STANDAARD_THEMA;
}

export function themaHref(thema: string | null | undefined): string {
  return `/themes/${geldigThema(thema)}.css`;
}

/** Points `<link id="thema">` at the theme's token file (creates the link when index.html lacks it). */
export function zetThemaLink(thema: string | null | undefined, doc: Document = document): HTMLLinkElement {
  let link = doc.getElementById('thema') as HTMLLinkElement | null;
  if (!link) {
    link = doc.createElement('link');
    link.id = 'thema';
    link.rel = 'stylesheet';
    doc.head.appendChild(link);
  }
  const href = themaHref(thema);
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  return link;
}

/** The logo address an <img> can load: the path-prefix form, since an image request cannot send the Gemeente header. */
export function logoUrl(slug: string, versie = 0): string {
  return `/${encodeURIComponent(slug)}${API_BASIS}/instellingen/logo${versie ? `?v=${versie}` : ''}`;
}

/**
 * The current gemeente's look: loads GET /instellingen whenever the gemeente changes (sign-in, switch)
 * and applies its theme; neutraal when signed out, for the platform, or when the settings cannot be read.
 */
@Injectable({ providedIn: 'root' })
export class Huisstijl {
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  private readonly doc = inject(DOCUMENT);
  private readonly _thema = signal<ThemaNaam>(STANDAARD_THEMA);
  private readonly _logoVersie = signal(0);

  /** GET /instellingen of the current gemeente (the Gemeente header comes from the tenant claim); none without one. */
  readonly bron = laadbaar({
    params: () => {
      const tenant = this.sessie.aangemeld() ? this.sessie.tenant() : null;
      return tenant && tenant !== PLATFORM_SLUG ? tenant : undefined;
    },
    laad: () => this.http.get<InstellingenDto>(`${API_BASIS}/instellingen`),
  });

  /** The settings of the current gemeente; null when signed out, for the platform, or not (yet) loaded. */
  readonly instellingen = computed(() => this.bron.waarde() ?? null);
  /** The theme currently applied (may be a preview on the settings screen). */
  readonly thema = this._thema.asReadonly();
  readonly gemeenteNaam = computed(() => this.instellingen()?.gemeente ?? null);
  readonly logo = computed(() => {
    const i = this.instellingen();
    return i?.heeftLogo ? logoUrl(i.slug, this._logoVersie()) : null;
  });

  constructor() {
    // The saved theme, once known; while a gemeente's settings load the current look stays.
    effect(() => {
      if (this.bron.staat() === 'laden') return;
      const thema = this.instellingen()?.thema;
      untracked(() => this.pasToe(thema));
    });
  }

  /** Applies a theme (unknown names fall back to neutraal); also used for the live preview. */
  pasToe(thema: string | null | undefined): void {
    this._thema.set(geldigThema(thema));
    zetThemaLink(thema, this.doc);
  }

  /** Takes over settings the API returned (after a save); a changed logo gets a new cache-busting version. */
  bijgewerkt(instellingen: InstellingenDto, logoGewijzigd = false): void {
    if (logoGewijzigd) this._logoVersie.set(Date.now());
    this.bron.zet(instellingen);
    this.pasToe(instellingen.thema);
  }

  /** Back to the saved theme (leaving the settings screen without saving a preview). */
  herstel(): void {
    this.pasToe(this.instellingen()?.thema);
  }
}
