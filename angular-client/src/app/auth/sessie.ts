import { Injectable, computed, inject, signal } from '@angular/core';
import { OidcSecurityService } from 'angular-auth-oidc-client';
import { Claims, leesClaims } from './claims';

export const GEKOZEN_GEMEENTE_SLEUTEL = 'gk.gemeente';
const TERUG_NAAR_SLEUTEL = 'gk.terugNaar';

/**
 * The signed-in person as the client sees it: claims from the id_token, as signals.
 * Every component, guard and interceptor reads this, never the OIDC library directly.
 */
@Injectable({ providedIn: 'root' })
export class Sessie {
  private readonly oidc = inject(OidcSecurityService, { optional: true });
  private readonly _claims = signal<Claims | null>(null);
  private readonly _gecontroleerd = signal(false);

  readonly claims = this._claims.asReadonly();
  /** True once the start-up auth check (and a callback, if any) has finished. */
  readonly gecontroleerd = this._gecontroleerd.asReadonly();
  readonly aangemeld = computed(() => this._claims() !== null);
  readonly rollen = computed(() => this._claims()?.rollen ?? []);
  readonly tenant = computed(() => this._claims()?.tenant ?? null);
  readonly naam = computed(() => this._claims()?.name ?? this._claims()?.email ?? '');
  readonly isPlatformBeheerder = computed(() => this.rollen().includes('platform-beheerder'));

  constructor() {
    this.oidc?.isAuthenticated$.subscribe(({ isAuthenticated }) => {
      if (!isAuthenticated) {
        this.zet(null);
        return;
      }
      this.oidc?.getPayloadFromIdToken().subscribe((payload) => this.zet(leesClaims(payload)));
    });
  }

  /** Sets the claims (used by the auth check and by tests). */
  zet(claims: Claims | null): void {
    this._claims.set(claims);
    this._gecontroleerd.set(true);
  }

  heeftRol(...rollen: readonly string[]): boolean {
    return this.rollen().some((r) => rollen.includes(r));
  }

  /** Starts sign-in; with a gemeente slug the server skips its "choose a gemeente" page. */
  aanmelden(gemeente?: string | null, terugNaar?: string): void {
    const slug = gemeente?.trim().toLowerCase() || null;
    if (slug) localStorage.setItem(GEKOZEN_GEMEENTE_SLEUTEL, slug);
    else localStorage.removeItem(GEKOZEN_GEMEENTE_SLEUTEL);
    if (terugNaar) sessionStorage.setItem(TERUG_NAAR_SLEUTEL, terugNaar);
    this.oidc?.authorize(undefined, slug ? { customParams: { tenant: slug } } : undefined);
  }

  afmelden(): void {
    this.oidc?.logoff().subscribe();
  }

  /** The client route to return to after the callback (only same-app paths). */
  neemTerugNaar(): string {
    const doel = sessionStorage.getItem(TERUG_NAAR_SLEUTEL);
    sessionStorage.removeItem(TERUG_NAAR_SLEUTEL);
    return doel && doel.startsWith('/') && !doel.startsWith('//') ? doel : '/';
  }
}
