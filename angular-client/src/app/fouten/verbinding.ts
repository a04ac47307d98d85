import { Injectable, signal } from '@angular/core';

/** Online/offline as the browser reports it, plus network errors seen by the error interceptor. */
@Injectable({ providedIn: 'root' })
export class Verbinding {
  private readonly _online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  readonly online = this._online.asReadonly();
  /** The client route that failed for lack of a connection (for "Opnieuw proberen"). */
  laatsteUrl = '/';

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => this._online.set(true));
      window.addEventListener('offline', () => this._online.set(false));
    }
  }

  netwerkfout(): void {
    this._online.set(typeof navigator === "undefined" ? false : navigator.onLine);
  }
}
