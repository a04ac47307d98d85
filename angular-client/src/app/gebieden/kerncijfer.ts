import { KerncijferDto } from '../api/api-client';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * A key figure's value in Dutch notation ("1.234,5"). A missing value is "onbekend", never 0:
 * `waarde` null/undefined (or `bekend` false) means the CBS has no figure.
 */
export function formatWaarde(k: Pick<KerncijferDto, 'waarde'> & Partial<Pick<KerncijferDto, 'bekend'>>): string {
  if (k.waarde === null || k.waarde === undefined || k.bekend === false || !Number.isFinite(k.waarde)) return T.onbekend;
  return GETAL.format(k.waarde);
}

export function bronRegel(k: Pick<KerncijferDto, 'bron' | 'jaar'>): string {
  return T.bron(k.bron, k.jaar);
}
