// Dates as the server reads them: the Dutch calendar day (Kalender.Dag), not the UTC day, so a run shortly before
// midnight UTC does not fill in "yesterday".
const NEDERLAND = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO date (yyyy-mm-dd) in the Netherlands, `dagen` days from now (negative: before). */
export function dagInNederland(dagen = 0) {
  return NEDERLAND.format(new Date(Date.now() + dagen * 86_400_000));
}

/** The current year in the Netherlands. */
export function jaarInNederland() {
  return Number(dagInNederland().slice(0, 4));
}

/** The month (yyyy-mm) in the Netherlands, `maanden` months from this one. */
export function maandInNederland(maanden = 0) {
  const [jaar, maand] = dagInNederland().split('-').map(Number);
  const totaal = jaar * 12 + (maand - 1) + maanden;
  return `${Math.floor(totaal / 12)}-${String((totaal % 12) + 1).padStart(2, '0')}`;
}
