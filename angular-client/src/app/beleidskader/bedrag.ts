const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const INVOER = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const PROCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** An amount in eurocents (the API's integer) in Dutch notation: 1234567 → "€ 12.345,67". */
export function formatEuro(eurocent: number): string {
  return EURO.format(eurocent / 100);
}

/** The amount as the editor shows it in its text box: 1234567 → "12.345,67", 100 → "1". */
export function bedragInvoer(eurocent: number): string {
  return INVOER.format(eurocent / 100);
}

/**
 * What a person typed as euros, in eurocents: "12.345,67", "12345,67", "€ 12.345" and "12345" all work; the
 * comma is the decimal sign, dots group thousands. Null when it is not an amount of at most two decimals.
 */
export function parseEuro(tekst: string): number | null {
  const schoon = tekst.replace(/€|\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(schoon)) return null;
  const [heel, decimalen = ''] = schoon.replace(/\./g, '').split(',');
  return Number(heel) * 100 + Number(decimalen.padEnd(2, '0'));
}

/** The part `deel` of `totaal` as a Dutch percentage ("25 %"); "0 %" when the total is zero. */
export function aandeel(deel: number, totaal: number): string {
  return PROCENT.format(totaal > 0 ? deel / totaal : 0);
}
