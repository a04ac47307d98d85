// Route step 1 in the client: before any adoption the public reads "no kader yet"; a beleidsmedewerker starts a
// concept, fills in parts (a field error of the API shown at its part first) and puts it before the raad; the
// griffie records the adoption; the public (not signed in) reads the kader in force. (The comparison of two versions
// is a Vitest spec, versies-vergelijken.spec.ts: this file stays within the runner's 120 s per file.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { hoofdmenu, signInThroughClient } from '../lib/client.mjs';

const GEMEENTE = 'voorbeeldstad';
const TITEL = 'Beleidskader sociale basis 2026';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

function gisteren() {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

test('without signing in, /beleidskader asks for the gemeente and says the raad has adopted no kader yet', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/beleidskader'));
  await page.getByLabel('Korte naam van de gemeente').waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-kies-gemeente' });
  expectHttpError(page, { status: 404, method: 'GET', url: `/${GEMEENTE}/api/v1/beleidskaders/geldend` });
  await page.getByLabel('Korte naam van de gemeente').fill(GEMEENTE);
  await page.getByRole('button', { name: 'Beleidskader lezen' }).click();
  await page.getByText('De raad heeft nog geen beleidskader vastgesteld').waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-leeg' });
}));

test('a beleidsmedewerker starts a concept, edits its parts and puts it before the raad', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  expectHttpError(page, { status: 404, method: 'GET', url: '/api/v1/beleidskaders/geldend' });
  await hoofdmenu(page).getByRole('link', { name: 'Beleidskader', exact: true }).click();
  await page.getByText('De raad heeft nog geen beleidskader vastgesteld').waitFor();
  await page.getByRole('link', { name: 'Alle versies' }).click();
  await page.waitForURL(/\/beleidskader\/versies$/);
  await page.getByText('Er is nog geen versie van het beleidskader.').waitFor();
  await checkPage(page, t, assert);

  await page.getByLabel('Titel').fill(TITEL);
  await page.getByRole('button', { name: 'Concept beginnen' }).click();
  await page.waitForURL(/\/beleidskader\/versies\/[0-9a-f-]+\/bewerken$/);
  await page.getByRole('group', { name: 'Publieke waarde 1' }).waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-bewerken' });

  // Before the raad, the kader needs its decision and why the sociale basis is no market.
  await page.getByLabel('Besluit', { exact: true }).fill('De gemeente besteedt de sociale basis niet meer aan.');
  await page.getByLabel('Waarom de sociale basis geen markt is').fill('Bewoners en organisaties werken samen; concurrentie op prijs breekt dat af.');
  await page.getByRole('button', { name: 'Financieringsbron toevoegen' }).click();
  const bron = page.getByRole('group', { name: 'Financieringsbron 1' });
  await bron.getByLabel('Bedrag per jaar (euro)').fill('125.000,50');
  await bron.getByLabel('Instrument').selectOption('aanbesteding');
  await bron.getByLabel('Contract loopt af').fill('2027-12-31');
  await page.getByRole('button', { name: 'Delegatie toevoegen' }).click();
  const delegatie = page.getByRole('group', { name: 'Delegatie 1' });
  await delegatie.getByLabel('Soort besluit').fill('Buurtbudget');
  await delegatie.getByLabel('Niveau').selectOption('buurt');
  await delegatie.getByLabel('Zeggenschap').selectOption('beslist');

  await page.getByLabel('Programma start').fill('2026-01-01');
  await page.getByLabel('Programma eind').fill('2029-12-31');
  await page.getByLabel('Verkiezingsdata').fill('2026-03-18');
  await page.getByRole('button', { name: 'Pilot toevoegen' }).click();
  const pilot = page.getByRole('group', { name: 'Pilot 1' });
  await pilot.getByLabel('Wijk').selectOption({ index: 1 });
  await pilot.getByLabel('Instrument').fill('Buurtbudget');
  await pilot.getByLabel('Start').fill('2026-06-01');
  await pilot.getByLabel('Eind').fill('2027-06-01');
  await pilot.getByLabel('Evaluatiecriteria').fill('Meer bewoners beslissen mee over hun buurt.');

  // The source has no name yet: the API's field error is shown at its part, with the item's number.
  expectHttpError(page, { status: 400, method: 'PUT', url: '/api/v1/beleidskaders/' });
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  const fout = page.locator('#financieringsbronnen-fout');
  await fout.waitFor();
  assert.match(await fout.innerText(), /^Nr\. 1: /);
  await checkPage(page, t, assert, { name: 'beleidskader-bewerken-veldfout' });

  await bron.getByLabel('Naam').fill('Welzijnsopdracht');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await page.waitForURL(/\/beleidskader\/versies\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1, name: `Versie 1: ${TITEL}` }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /€\s125\.000,50/);

  await page.getByRole('button', { name: 'Aan de raad voorleggen' }).click();
  await page.getByText('Het concept ligt nu bij de raad.').waitFor();
  await page.getByText('Ter besluitvorming', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-versie-ter-besluitvorming' });
}));

test('the griffie records the raad\'s adoption', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'griffie');
  await page.goto(url('/beleidskader/versies'));
  await page.getByRole('link', { name: 'Versie 1' }).click();
  await page.getByRole('link', { name: 'Vaststelling vastleggen' }).click();
  await page.waitForURL(/\/vaststellen$/);
  await page.getByLabel('Datum van het raadsbesluit').waitFor();
  await checkPage(page, t, assert);

  await page.getByLabel('Datum van het raadsbesluit').fill(gisteren());
  await page.getByLabel('Kenmerk van het raadsbesluit').fill('RB-2026-041');
  await page.getByLabel('Link naar het raadsbesluit').fill('https://ris.voorbeeldstad.example/RB-2026-041');
  await page.getByRole('button', { name: 'Vaststelling vastleggen' }).click();
  await page.waitForURL(/\/beleidskader$/);
  await page.getByRole('heading', { level: 1, name: TITEL }).waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-geldend' });
}));

test('the public reads the kader in force without signing in', (t) => withPage(browser, t, async (page) => {
  await page.goto(url(`/beleidskader?gemeente=${GEMEENTE}`));
  await page.getByRole('heading', { level: 1, name: TITEL }).waitFor();
  const matrix = page.getByRole('table', { name: 'Wie beslist over welk soort besluit, per bestuursniveau' });
  assert.deepEqual(await matrix.locator('thead th').allInnerTexts(), ['Soort besluit', 'Gemeente', 'Wijk', 'Buurt']);
  assert.deepEqual(await matrix.locator('tbody tr').first().locator('th, td').allInnerTexts(), ['Buurtbudget', 'Geen rol', 'Geen rol', 'Beslist']);
  assert.match(await page.getByRole('main').innerText(), /RB-2026-041/);
  await checkPage(page, t, assert, { name: 'beleidskader-publiek' });
}));
