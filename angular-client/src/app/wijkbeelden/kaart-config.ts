import { InjectionToken } from '@angular/core';

/**
 * The map's tile URL template (e.g. `https://tiles.example/{z}/{x}/{y}.png`), provided in `app.config.ts` when a
 * gemeente has a tile server allowed by the CSP. Default none: the markers show on a plain background, nothing is
 * loaded from the internet.
 */
export const KAARTTEGELS = new InjectionToken<string | null>('KAARTTEGELS', { providedIn: 'root', factory: () => null });
