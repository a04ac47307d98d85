import { Signal, computed, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Observable, tap } from 'rxjs';
import { Probleem, naarProbleem } from './probleem';

/**
 * - `rust`: nothing to load (the parameters are `undefined`, e.g. not signed in);
 * - `laden`: loading, nothing to show yet;
 * - `klaar`: there is a value (possibly being reloaded, see `bezig`);
 * - `fout`: the last load failed (`probleem`); `waarde` may still hold the value from before.
 */
export type Laadstaat = 'rust' | 'laden' | 'klaar' | 'fout';

/** Data a screen loads from the API, as signals. Made by `laadbaar()`; shown with `<app-laadblok>`. */
export interface Laadbaar<T> {
  readonly staat: Signal<Laadstaat>;
  /**
   * The loaded value; `undefined` while nothing has loaded for the current parameters. A reload keeps the
   * previous value on screen, also when it fails (with `houdVast` also when the parameters change).
   */
  readonly waarde: Signal<T | undefined>;
  /** Why the last load failed (Dutch, from problem+json), or null. */
  readonly probleem: Signal<Probleem | null>;
  /** True while a request runs (first load or reload). */
  readonly bezig: Signal<boolean>;
  /** Loads again with the same parameters (e.g. "Opnieuw proberen"). */
  herlaad(): void;
  /** Replaces the value with one the API returned after a change (no request). */
  zet(waarde: T): void;
  /** Changes the current value locally (no request); does nothing while there is none. */
  werkBij(wijziging: (waarde: T) => T): void;
}

export interface LaadbaarOpties<T, P> {
  /**
   * The request's parameters, read as a signal computation: whenever they change the data is loaded again
   * (the previous request is cancelled). `undefined` means: load nothing (staat `rust`). Default: load once.
   */
  params?: () => P | undefined;
  /** The call, typically a method of the generated API client. May emit more than once (polling). */
  laad: (params: P) => Observable<T>;
  /** Keep showing the previous value while new parameters load (e.g. "Meer laden" that appends). */
  houdVast?: boolean;
}

/**
 * The one way a screen loads data: Angular's `rxResource` with the states every screen shows (loading,
 * error with retry, value) and the API's problem+json turned into a Dutch `Probleem`. Call it in a field
 * initialiser (injection context); the request is cancelled when the component goes away.
 *
 *     protected readonly pagina = signal(1);
 *     protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listX(p, 20) });
 *
 *     <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
 *     @if (lijst.waarde(); as l) { … }
 */
export function laadbaar<T, P = true>(opties: LaadbaarOpties<T, P>): Laadbaar<T> {
  const params = computed(opties.params ?? (() => true as P));
  /** The last value loaded or set, with the parameters it belongs to (kept through reloads and errors). */
  const laatste = signal<{ params: P | undefined; waarde: T } | null>(null);
  const bron = rxResource<T, P | undefined>({
    params,
    stream: ({ params: p }) => opties.laad(p as P).pipe(tap((w) => laatste.set({ params: p, waarde: w }))),
  });

  const waarde = computed<T | undefined>(() => {
    if (bron.hasValue()) return bron.value();
    const p = params();
    const l = laatste();
    if (p === undefined || l === null) return undefined;
    // Reloading or failed: keep what was there for the same parameters (or for any, with houdVast).
    return opties.houdVast || Object.is(l.params, p) ? l.waarde : undefined;
  });

  const staat = computed<Laadstaat>(() => {
    if (params() === undefined) return 'rust';
    if (bron.status() === 'error') return 'fout';
    return waarde() !== undefined ? 'klaar' : 'laden';
  });

  const probleem = computed(() => (bron.status() === 'error' ? naarProbleem(bron.error()) : null));

  return {
    staat,
    waarde,
    probleem,
    bezig: bron.isLoading,
    herlaad: () => void bron.reload(),
    zet: (w) => {
      laatste.set({ params: untracked(params), waarde: w });
      bron.set(w);
    },
    werkBij: (wijziging) => {
      const w = untracked(waarde);
      if (w === undefined) return;
      const nieuw = wijziging(w);
      laatste.set({ params: untracked(params), waarde: nieuw });
      bron.set(nieuw);
    },
  };
}
