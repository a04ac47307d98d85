// Route step 1 in the client, on the demo gemeente's adopted kader: the public reads the kader in force; a
// beleidsmedewerker starts version 2 (a copy of version 1), adds a funding source (the API's field error shown at its
// part first) and a delegation, and puts it before the raad; the griffie records the adoption; the public then reads
// version 2. (The comparison of two versions is a Vitest spec, versies-vergelijken.spec.ts.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { hoofdmenu, signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

const GEMEENTE = 'voorbeeldstad';
const TITEL = 'Beleidskader sociale basis 2027';
const DEMO_TITEL = 'Sociale basis: van aanbesteden naar subsidiëren';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

function gisteren() {
  return dagInNederland(-1);
}

test('without signing in, /beleidskader asks for the gemeente and shows the kader the raad adopted', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/beleidskader'));
  await page.getByLabel('Korte naam van de gemeente').waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-kies-gemeente' });
  await page.getByLabel('Korte naam van de gemeente').fill(GEMEENTE);
  await page.getByRole('button', { name: 'Beleidskader lezen' }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITEL }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /RB-2026-041/);
  await checkPage(page, t, assert, { name: 'beleidskader-demo' });
}));

test('a beleidsmedewerker starts a concept, edits its parts and puts it before the raad', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await hoofdmenu(page).getByRole('link', { name: 'Beleidskader', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITEL }).waitFor();
  await page.getByRole('link', { name: 'Alle versies' }).click();
  await page.waitForURL(/\/beleidskader\/versies$/);
  await page.getByRole('link', { name: 'Versie 1' }).waitFor();
  await checkPage(page, t, assert);

  await page.getByLabel('Titel').fill(TITEL);
  await page.getByRole('button', { name: 'Concept beginnen' }).click();
  await page.waitForURL(/\/beleidskader\/versies\/[0-9a-f-]+\/bewerken$/);
  await page.getByRole('group', { name: 'Publieke waarde 1' }).waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-bewerken' });

  // Version 2 starts as a copy of version 1: its three funding sources are there; add a fourth.
  await page.getByRole('group', { name: 'Financieringsbron 3' }).waitFor();
  await page.getByRole('button', { name: 'Financieringsbron toevoegen' }).click();
  const bron = page.getByRole('group', { name: 'Financieringsbron 4' });
  await bron.getByLabel('Bedrag per jaar (euro)').fill('125.000,50');
  await bron.getByLabel('Instrument').selectOption('aanbesteding');
  await bron.getByLabel('Contract loopt af').fill('2027-12-31');
  await page.getByRole('button', { name: 'Delegatie toevoegen' }).click();
  const delegatie = page.getByRole('group', { name: 'Delegatie 7' });
  await delegatie.getByLabel('Soort besluit').fill('Buurtbudget');
  await delegatie.getByLabel('Niveau').selectOption('buurt');
  await delegatie.getByLabel('Zeggenschap').selectOption('beslist');

  // The source has no name yet: the API's field error is shown at its part, with the item's number.
  expectHttpError(page, { status: 400, method: 'PUT', url: '/api/v1/beleidskaders/' });
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  const fout = page.locator('#financieringsbronnen-fout');
  await fout.waitFor();
  assert.match(await fout.innerText(), /^Nr\. 4: /);
  await checkPage(page, t, assert, { name: 'beleidskader-bewerken-veldfout' });

  await bron.getByLabel('Naam').fill('Welzijnsopdracht');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await page.waitForURL(/\/beleidskader\/versies\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1, name: `Versie 2: ${TITEL}` }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /€\s125\.000,50/);

  await page.getByRole('button', { name: 'Aan de raad voorleggen' }).click();
  await page.getByText('Het concept ligt nu bij de raad.').waitFor();
  await page.getByText('Ter besluitvorming', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'beleidskader-versie-ter-besluitvorming' });
}));

test('the griffie records the raad\'s adoption', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'griffie');
  await page.goto(url('/beleidskader/versies'));
  await page.getByRole('link', { name: 'Versie 2' }).click();
  await page.getByRole('link', { name: 'Vaststelling vastleggen' }).click();
  await page.waitForURL(/\/vaststellen$/);
  await page.getByLabel('Datum van het raadsbesluit').waitFor();
  await checkPage(page, t, assert);

  await page.getByLabel('Datum van het raadsbesluit').fill(gisteren());
  await page.getByLabel('Kenmerk van het raadsbesluit').fill('RB-2026-077');
  await page.getByLabel('Link naar het raadsbesluit').fill('https://ris.voorbeeldstad.example/RB-2026-077');
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
  const rijen = await Promise.all((await matrix.locator('tbody tr').all()).map((rij) => rij.locator('th, td').allInnerTexts()));
  assert.ok(rijen.some((rij) => JSON.stringify(rij) === JSON.stringify(['Buurtbudget', 'Geen rol', 'Geen rol', 'Beslist'])), JSON.stringify(rijen));
  assert.match(await page.getByRole('main').innerText(), /RB-2026-077/);
  await checkPage(page, t, assert, { name: 'beleidskader-publiek' });
}));
