const LANG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date of the API ("2026-03-01", or a timestamp) as "1 maart 2026". */
export function formatDatum(iso: string): string {
  return LANG.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
