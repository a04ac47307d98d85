import { INSTELLINGEN_TEKSTEN as T } from './teksten';

export const LOGO_MAX_BYTES = 256 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * Client-side check of a logo before upload, in the API's order and with its messages: size first
 * (1 byte to 256 KB), then the type. Returns the error, or null when the file may be sent.
 * (The API decides by the file's bytes; this only spares a round trip.)
 */
export function controleerLogo(bestand: Pick<File, 'size' | 'type'>): string | null {
  if (bestand.size <= 0 || bestand.size > LOGO_MAX_BYTES) return T.logoTeGroot;
  if (!(LOGO_TYPES as readonly string[]).includes(bestand.type)) return T.logoVerkeerdType;
  return null;
}
