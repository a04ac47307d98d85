import { BronaandeelInvoer, BudgetCategorie, BudgetregelDto, BudgetregelInvoer } from '../api/api-client';
import { bedragInvoer, parseEuro } from '../beleidskader/bedrag';

/** One line as the editor holds it: the amounts as typed, one per year of the period. */
export interface Regelrij {
  id: string | null;
  doel: string;
  categorie: BudgetCategorie;
  /** What the line serves: `ambitie:<stable id>` or `waarde:<publieke waarde id>`, empty when not chosen yet. */
  dient: string;
  bedragen: string[];
}

/** One funding source of the envelope with its share as typed ("12,5"). */
export interface Bronrij {
  financieringsbronId: string;
  naam: string;
  procent: string;
}

export function periodeJaren(startJaar: number, aantalJaren: number): number[] {
  return Array.from({ length: aantalJaren }, (_, i) => startJaar + i);
}

/** A new, empty line for the given number of years. */
export function legeRij(aantalJaren: number, categorie: BudgetCategorie = 'activiteiten'): Regelrij {
  return { id: null, doel: '', categorie, dient: '', bedragen: Array.from({ length: aantalJaren }, () => '') };
}

/** Keeps the typed amounts when the period gets longer or shorter. */
export function pasPeriodeAan(rij: Regelrij, aantalJaren: number): Regelrij {
  return { ...rij, bedragen: Array.from({ length: aantalJaren }, (_, i) => rij.bedragen[i] ?? '') };
}

/** The total in eurocents of each year; an amount that is not (yet) valid counts as zero. */
export function totaalPerJaar(rijen: readonly Regelrij[], aantalJaren: number): number[] {
  return Array.from({ length: aantalJaren }, (_, i) => rijen.reduce((som, r) => som + (parseEuro(r.bedragen[i] ?? '') ?? 0), 0));
}

/** The years in which organisational support stays below the methodiek's floor (a percentage of the year's total). */
export function jarenOnderVloer(rijen: readonly Regelrij[], jaren: readonly number[], vloerProcent: number): number[] {
  const totalen = totaalPerJaar(rijen, jaren.length);
  const steun = totaalPerJaar(rijen.filter((r) => r.categorie === 'organisatorischeOndersteuning'), jaren.length);
  return jaren.filter((_, i) => totalen[i] > 0 && steun[i] * 100 < vloerProcent * totalen[i]);
}

/** A percentage as a person types it ("12,5", "100"), null when it is not one of at most two decimals. */
export function parseProcent(tekst: string): number | null {
  const schoon = tekst.replace(/%|\s/g, '').replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(schoon) ? Number(schoon) : null;
}

/** The sum of the shares, in hundredths of a percent so that 33,33 + 66,67 is exactly 100. */
export function somAandelen(bronnen: readonly Bronrij[]): number {
  return bronnen.reduce((som, b) => som + Math.round((parseProcent(b.procent) ?? 0) * 100), 0) / 100;
}

/** The command's lines; call only after the rows were checked (every amount valid). */
export function naarRegels(rijen: readonly Regelrij[], jaren: readonly number[]): BudgetregelInvoer[] {
  return rijen.map((r) => {
    const [soort, id] = r.dient.split(':');
    return {
      id: r.id,
      doel: r.doel.trim(),
      categorie: r.categorie,
      ambitieId: soort === 'ambitie' ? id : null,
      publiekeWaardeId: soort === 'waarde' ? id : null,
      bedragen: jaren.map((jaar, i) => ({ jaar, bedragEurocent: parseEuro(r.bedragen[i]) ?? 0 })),
    };
  });
}

/** The command's mix: the sources that have a share. */
export function naarBronnen(bronnen: readonly Bronrij[]): BronaandeelInvoer[] {
  return bronnen
    .map((b) => ({ financieringsbronId: b.financieringsbronId, aandeelProcent: parseProcent(b.procent) ?? 0 }))
    .filter((b) => b.aandeelProcent > 0);
}

/** The rows of an existing budget's lines, for changing them. */
export function uitRegels(regels: readonly BudgetregelDto[], jaren: readonly number[]): Regelrij[] {
  return regels.map((r) => ({
    id: r.id,
    doel: r.doel,
    categorie: r.categorie,
    dient: r.ambitieId ? `ambitie:${r.ambitieId}` : r.publiekeWaardeId ? `waarde:${r.publiekeWaardeId}` : '',
    bedragen: jaren.map((jaar) => {
      const b = r.bedragen.find((x) => x.jaar === jaar);
      return b ? bedragInvoer(b.bedragEurocent) : '';
    }),
  }));
}

/** Why the rows cannot be sent yet: per row index the problems, empty when all is well. */
export function regelfouten(rijen: readonly Regelrij[], teksten: { doel: string; dient: string; bedrag: string }): string[][] {
  return rijen.map((r) => [
    ...(r.doel.trim() ? [] : [teksten.doel]),
    ...(r.dient ? [] : [teksten.dient]),
    ...(r.bedragen.every((b) => parseEuro(b) !== null) ? [] : [teksten.bedrag]),
  ]);
}
