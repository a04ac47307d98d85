// The granted subsidies as open data (360Giving): the public picks a gemeente, reads the demo's granted subsidies with
// who got them, for which wijk and how much, filters on award year and wijk, and downloads the same selection as CSV
// (the 360Giving column titles) and JSON (a package of grants). Nothing personal of the demo organisation (its contact
// person, e-mail) is on the page or in the files. A signed-in beleidsmedewerker reads their own gemeente's register.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The demo's contact person and e-mail of its bewonersorganisatie (DemoOrganisaties): never published. */
const PERSOONLIJK = [/Fatima el Amrani/i, /bestuur@bewoners\.example\.org/i];

/** The first demo gemeente with granted subsidies, and its register (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoRegister() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/open-subsidiedata`);
    const register = r.ok ? await r.json() : undefined;
    if (register?.totalCount > 0) return { slug, register };
  }
  throw new Error('geen demogemeente met verleende subsidies');
}

test('the public reads the granted subsidies, filters them on year and wijk and downloads them as CSV and JSON', (t) => withPage(browser, t, async (page) => {
  const { slug, register } = await demoRegister();
  await page.goto(url('/subsidies/open-data'));
  await page.getByRole('heading', { level: 1, name: 'Verleende subsidies' }).waitFor();
  await page.getByLabel(/gemeente/i).first().fill(slug);
  await page.getByRole('button', { name: 'Subsidies bekijken' }).click();
  await page.waitForURL(new RegExp(`gemeente=${slug}`));

  const tabel = page.getByRole('region', { name: 'Verleende subsidies' });
  const eerste = register.items[0];
  await tabel.getByRole('rowheader', { name: eerste.ontvanger }).first().waitFor();
  assert.equal(await tabel.locator('tbody tr').count(), Math.min(register.totalCount, 20));
  const main = await page.getByRole('main').innerText();
  assert.match(main, /€\s[\d.]+,\d{2}/, 'amounts in euros with cents');
  assert.ok(main.includes(eerste.wijkNaam), 'the wijk is named');
  for (const p of PERSOONLIJK) assert.doesNotMatch(main, p);
  await checkPage(page, t, assert, { name: 'subsidies-open-data' });

  // Filter on the award year and the wijk the filters offer (only those with grants).
  const jaar = eerste.verleendOp.slice(0, 4);
  await page.getByLabel('Jaar van verlening').selectOption(jaar);
  await page.getByLabel('Wijk').selectOption({ label: eerste.wijkNaam });
  await page.getByRole('button', { name: 'Filteren' }).click();
  const wijkId = await page.getByLabel('Wijk').inputValue();
  await page.waitForFunction((j) => document.querySelector('a[href*="/open-subsidiedata/csv"]')?.getAttribute('href')?.includes(`jaar=${j}`), jaar);
  await tabel.getByRole('rowheader', { name: eerste.ontvanger }).first().waitFor();
  await checkPage(page, t, assert, { name: 'subsidies-open-data-gefilterd' });

  // The downloads are the same selection, public, in the 360Giving names.
  const csvLink = await page.getByRole('link', { name: 'Download als CSV' }).getAttribute('href');
  const jsonLink = await page.getByRole('link', { name: 'Download als JSON (360Giving)' }).getAttribute('href');
  assert.equal(csvLink, `/${slug}/api/v1/open-subsidiedata/csv?jaar=${jaar}&wijkId=${wijkId}`);
  const csv = await page.request.get(url(csvLink));
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /^text\/csv/);
  assert.match(csv.headers()['content-disposition'], new RegExp(`subsidieregister-${slug}-${jaar}-wk\\d+\\.csv`));
  const tekst = (await csv.text()).replace(/^\uFEFF/, '');
  assert.ok(tekst.startsWith('Identifier,Title,Description,Currency,Amount Awarded,Award Date,'), tekst.slice(0, 120));
  assert.ok(tekst.includes(eerste.id), 'the grant is in the CSV');
  const json = await (await page.request.get(url(jsonLink))).json();
  assert.ok(json.grants.length >= 1 && json.grants.every((g) => g.awardDate.startsWith(jaar) && g.currency === 'EUR'));
  for (const p of PERSOONLIJK) {
    assert.doesNotMatch(tekst, p);
    assert.doesNotMatch(JSON.stringify(json), p);
  }
}));

test('a signed-in beleidsmedewerker reads the register of their own gemeente from the start page', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Verleende subsidies (open data)' }).first().click();
  await page.waitForURL(/\/subsidies\/open-data$/);
  const tabel = page.getByRole('region', { name: 'Verleende subsidies' });
  await tabel.locator('tbody tr').first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Subsidies bekijken' }).count(), 0, 'no gemeente to choose');
  await checkPage(page, t, assert, { name: 'subsidies-open-data-aangemeld' });
}));
