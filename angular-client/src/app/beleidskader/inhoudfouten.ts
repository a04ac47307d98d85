import { BeleidskaderInhoudDto } from '../api/api-client';

/** The editor's fields: the title and one per part of the content. */
export type KaderVeld = 'titel' | keyof BeleidskaderInhoudDto;

/**
 * The API names an error of the content by its path, e.g. `inhoud.PubliekeWaarden[2].Naam`. The editor shows it at
 * the part (`publiekeWaarden`), prefixed with the item's number ("Nr. 3: …") so the person finds the item.
 */
export function naarOnderdeel(sleutel: string, bericht: string, velden: readonly string[], nummer: (nr: number) => string): [string, string] {
  const zonder = sleutel.replace(/^inhoud\.?/i, '');
  const deel = zonder.split(/[.[]/)[0].toLowerCase();
  const veld = velden.find((v) => v.toLowerCase() === deel) ?? (zonder === '' ? '' : sleutel);
  const index = /^[^.[]+\[(\d+)\]/.exec(zonder)?.[1];
  return [veld, index === undefined ? bericht : `${nummer(Number(index) + 1)}: ${bericht}`];
}

/** A problem+json whose `errors` are keyed by the editor's fields (see `naarOnderdeel`); other values unchanged. */
export function foutenPerOnderdeel(fout: unknown, velden: readonly string[], nummer: (nr: number) => string): unknown {
  if (typeof fout !== 'object' || fout === null || !('errors' in fout)) return fout;
  const errors = (fout as { errors: unknown }).errors;
  if (typeof errors !== 'object' || errors === null) return fout;
  const uit: Record<string, string[]> = {};
  for (const [sleutel, berichten] of Object.entries(errors as Record<string, unknown>)) {
    for (const b of Array.isArray(berichten) ? berichten : [berichten]) {
      if (typeof b !== 'string') continue;
      const [veld, tekst] = naarOnderdeel(sleutel, b, velden, nummer);
      uit[veld] = [...(uit[veld] ?? []), tekst];
    }
  }
  return { ...fout, errors: uit };
}
