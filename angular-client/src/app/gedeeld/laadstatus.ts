/** The three states every data screen shows. */
export type Laadstatus<T> =
  | { soort: 'laden' }
  | { soort: 'klaar'; data: T }
  | { soort: 'fout'; probleem: import('./probleem').Probleem };

export const LADEN = { soort: 'laden' } as const;
