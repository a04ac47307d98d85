// Route step 2 in the client, read by the public: the demo gemeente's shared wijkbeeld of the pilotwijk, with its
// figures as a chart beside tables (G-6: "Wat de wijk sterk maakt" before "Waar de wijk mee worstelt"), its public
// places as markers on a map (no tiles: nothing is loaded from the internet) and every part. The team's workspace
// is client-wijkbeelden-werkruimte.test.mjs. A beleidsmedewerker plans the BuurtTop and uploads local figures (a bad
// line is listed with its number). The workspace (each file stays within the runner's 120 s).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with a shared wijkbeeld (Amsterdam with ../shared, Voorbeeldstad without). */
export async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/wijkbeelden`);
    if (r.ok && (await r.json()).items.some((w) => w.status === 'gedeeld')) return slug;
  }
  throw new Error('geen demogemeente met een gedeeld wijkbeeld');
}

test('the public reads the shared wijkbeeld: chart, map markers, places, parts', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url('/wijkbeelden'));
  await page.getByLabel('Korte naam van de gemeente').fill(slug);
  await page.getByRole('button', { name: 'Wijkbeelden lezen' }).click();
  const tabel = page.getByRole('region', { name: 'Wijkbeelden' });
  await tabel.waitFor();
  await tabel.getByText('Gedeeld', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'wijkbeelden-publiek' });

  await tabel.getByRole('link').first().click();
  await page.waitForURL(/\/wijkbeelden\/[0-9a-f-]+\?gemeente=/);
  await page.getByRole('heading', { level: 1, name: /^Wijkbeeld / }).waitFor();
  // G-6: vitality first, always beside problems.
  const lenzen = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  const sterk = lenzen.indexOf('Wat de wijk sterk maakt');
  assert.ok(sterk >= 0 && sterk < lenzen.indexOf('Waar de wijk mee worstelt'), lenzen.join(' | '));
  // The chart is drawn (a canvas with its text alternative) and the same figures stand in a table.
  const grafiek = page.locator('app-cijfergrafiek canvas').first();
  await grafiek.waitFor();
  assert.ok((await grafiek.boundingBox()).height > 50);
  assert.match(await grafiek.getAttribute('aria-label'), /dezelfde cijfers staan in de tabellen/);
  // The map shows the places as markers, on a plain background (no tiles), and the places table beside it.
  await page.locator('.leaflet-container path.leaflet-interactive').first().waitFor();
  assert.ok(await page.locator('.leaflet-container path.leaflet-interactive').count() >= 1);
  assert.equal(await page.locator('.leaflet-tile').count(), 0);
  const plekken = page.getByRole('region', { name: 'Publieke plekken' });
  assert.ok(await plekken.locator('tbody tr').count() >= 1);
  const main = await page.getByRole('main').innerText();
  assert.match(main, /Gespreksrondes/);
  assert.match(main, /Geschreven door bewoners/);
  assert.match(main, /\d+%/); // wijkgebondenheid as a percentage
  const pdf = page.getByRole('link', { name: 'Wijkbeeld downloaden (pdf)' });
  assert.match(await pdf.getAttribute('href'), new RegExp(`^/${slug}/api/v1/wijkbeelden/[0-9a-f-]+/document$`));
  await checkPage(page, t, assert, { name: 'wijkbeeld-publiek' });
}));

test('a beleidsmedewerker plans the BuurtTop and sees the line errors of a bad CSV of local figures', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijkbeelden'));
  await page.getByRole('region', { name: 'Wijkbeelden' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Voor de gemeente' }).waitFor();
  const datum = dagInNederland(90);
  const buurttop = page.getByRole('form', { name: 'BuurtTop plannen' });
  await buurttop.getByLabel('Datum').fill(datum);
  await buurttop.getByRole('button', { name: 'BuurtTop plannen' }).click();
  await page.getByText('De BuurtTop is gepland.').waitFor();

  const csv = page.getByRole('form', { name: 'Lokale cijfers (csv)' });
  await csv.getByLabel('Lokale cijfers (csv)').setInputFiles({
    name: 'cijfers.csv', mimeType: 'text/csv',
    buffer: Buffer.from('maatstaf;gebiedscode;waarde;bron;jaar\nbuurtkracht;WK999999;abc;Eigen peiling;2025\n'),
  });
  expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/gebieden/lokale-cijfers' });
  await csv.getByRole('button', { name: 'Cijfers inlezen' }).click();
  const fouten = page.getByRole('alert').filter({ hasText: 'Het bestand is niet ingelezen' });
  await fouten.waitFor();
  // The API numbers the line (at this commit the first data line after the header is 'regel 1').
  assert.match(await fouten.innerText(), /regel \d+: 'abc' is geen getal/);
  await checkPage(page, t, assert, { name: 'wijkbeeld-gemeente' });
}));

test('a beleidsmedewerker reads a measure otherwise and the wijkbeeld shows it as vitality', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijkbeelden'));
  await page.getByRole('link', { name: 'Hoe de gemeente de cijfers leest' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hoe de gemeente de cijfers leest' }).waitFor();
  const tabel = page.getByRole('region', { name: 'Hoe de gemeente de cijfers leest' });
  await tabel.getByRole('combobox').first().waitFor();
  // The first measure read as background becomes vitality.
  const keuzes = tabel.getByRole('combobox');
  let gekozen;
  for (let i = 0; i < await keuzes.count() && !gekozen; i++) {
    if (await keuzes.nth(i).inputValue() === 'context') gekozen = keuzes.nth(i);
  }
  assert.ok(gekozen, 'a measure is read as background');
  const maatstaf = await gekozen.getAttribute('aria-labelledby');
  const titel = await page.locator(`[id="${maatstaf}"]`).innerText();
  await gekozen.selectOption('vitaliteit');
  await checkPage(page, t, assert, { name: 'wijkbeelden-cijferlezing' });
  await page.getByRole('button', { name: 'Lezing opslaan' }).click();
  await page.getByText('De lezing is opgeslagen').waitFor();

  await page.goto(url('/wijkbeelden'));
  await page.getByRole('region', { name: 'Wijkbeelden' }).getByRole('link').first().click();
  await page.getByRole('region', { name: 'Wat de wijk sterk maakt' }).getByText(titel).first().waitFor();
}));
