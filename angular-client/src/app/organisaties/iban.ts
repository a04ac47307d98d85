/** An IBAN grouped by four for people to read ("NL91 ABNA 0417 1643 00"), whatever spacing or case it was typed in. */
export function leesbaarIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}
