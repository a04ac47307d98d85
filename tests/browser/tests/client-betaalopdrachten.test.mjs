// Paying the voorschotten of route step 4: a beleidsmedewerker records the demo bewonersvereniging's bank account (the
// IBAN read back grouped by four), opens the payment batches, sees what an empty form and a wrong IBAN (mod 97) lack,
// and puts the voorschotten due by the end of next year in a batch (the demo has a granted application whose voorschot
// waits, in a year whose begroting is adopted: Awb 4:34); the SEPA file downloads as pain.001.001.03 XML and the batch
// is marked executed. A raadslid sees no bank account.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { jaarInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Opens the first organisation of the register whose name has `zoek`. */
async function organisatie(page, zoek) {
  await page.goto(url('/organisaties'));
  await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
  // Filtering while the first page still loads would cancel that request, which the page guard reports.
  await page.waitForFunction(() => !document.querySelector('main .laden'));
  await page.getByLabel('Zoek op naam').fill(zoek);
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.getByRole('region', { name: 'Organisaties' }).getByRole('link', { name: new RegExp(zoek) }).first().click();
  await page.waitForURL(/\/organisaties\/[0-9a-f-]+$/);
}

test('a beleidsmedewerker records an organisation\'s bank account, read back grouped by four', (t) => withPage(browser, t, async (page) => {
  // The demo's bewonersvereniging holds the granted application: with its account its voorschotten can be paid.
  await signInThroughClient(page, 'beleidsmedewerker');
  await organisatie(page, 'Bewonersvereniging');
  const sectie = page.getByRole('region', { name: 'Bankrekening voor subsidies' });
  await sectie.getByRole('button', { name: 'Bankrekening vastleggen' }).waitFor();

  expectHttpError(page, { status: 400, method: 'PUT', url: /\/api\/v1\/organisaties\/[0-9a-f-]+\/bankrekening$/ });
  await sectie.getByLabel('IBAN').fill('NL00 ABNA 0417 1643 00');
  await sectie.getByRole('button', { name: 'Bankrekening vastleggen' }).click();
  await sectie.getByRole('alert').getByText(/mod 97/).waitFor();
  await checkPage(page, t, assert, { name: 'organisaties-bankrekening-fout' });

  await sectie.getByLabel('IBAN').fill('nl91abna 0417164300');
  await sectie.getByLabel('Tenaamstelling').fill('Bewonersvereniging');
  await sectie.getByRole('button', { name: 'Bankrekening vastleggen' }).click();
  await sectie.getByText('De bankrekening is vastgelegd.').waitFor();
  await sectie.locator('dd').getByText('NL91 ABNA 0417 1643 00', { exact: true }).waitFor();
  await checkPage(page, t, assert, { name: 'organisaties-bankrekening' });
}));

test('a raadslid reads an organisation without its bank account', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid');
  await organisatie(page, 'Bewonersvereniging');
  await page.getByText('Contactpersoon').first().waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Bankrekening voor subsidies' }).count(), 0);
}));

test('a beleidsmedewerker sees the payment batches and what the form lacks, and puts the due voorschotten in a batch', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Voorschotten betalen' }).click();
  await page.waitForURL(/\/subsidies\/betaalopdrachten$/);
  await page.getByRole('heading', { level: 1, name: /Betaal.?opdrachten/ }).waitFor();
  await page.getByText('artikel 4:34 Awb', { exact: false }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .laden'));
  const datum = await page.getByLabel('Uitvoerdatum').inputValue();
  assert.match(datum, /^\d{4}-\d{2}-\d{2}$/, 'the uitvoerdatum starts at today');
  await checkPage(page, t, assert, { name: 'subsidies-betaalopdrachten' });

  // Sent empty, the form names the two missing fields in the summary and next to them.
  await page.getByRole('button', { name: 'Betaalopdracht klaarzetten' }).click();
  const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden:' });
  await samenvatting.getByRole('link', { name: /^Naam van de betalende rekening: Vul de naam/ }).waitFor();
  await samenvatting.getByRole('link', { name: /^IBAN van de gemeente: Vul het IBAN/ }).waitFor();
  await page.locator('#opdrachtgeverIban-fout').waitFor();
  await checkPage(page, t, assert, { name: 'subsidies-betaalopdrachten-fouten' });

  // The API checks the IBAN (mod 97) and says so next to the field.
  expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/betaalopdrachten' });
  await page.getByLabel('Naam van de betalende rekening').fill('Gemeente Voorbeeldstad');
  await page.getByLabel('IBAN van de gemeente').fill('NL00 BNGH 0285 1234 56');
  await page.getByRole('button', { name: 'Betaalopdracht klaarzetten' }).click();
  await page.locator('#opdrachtgeverIban-fout').getByText(/mod 97/).waitFor();

  // The demo's waiting voorschot falls in the regeling's year: an uitvoerdatum at the end of next year takes it.
  await page.getByLabel('IBAN van de gemeente').fill('NL91 ABNA 0417 1643 00');
  await page.getByLabel('Uitvoerdatum').fill(`${jaarInNederland() + 1}-12-31`);
  await page.getByRole('button', { name: 'Betaalopdracht klaarzetten' }).click();
  const klaargezet = page.getByRole('status').filter({ hasText: 'is klaargezet' });
  await klaargezet.waitFor();
  const kenmerk = /Betaalopdracht (\S+) is klaargezet/.exec(await klaargezet.innerText())[1];
  const rij = page.getByRole('region', { name: 'Betaalopdrachten' }).getByRole('row').filter({ hasText: kenmerk });
  await rij.getByText('Klaargezet', { exact: true }).waitFor();
  await checkPage(page, t, assert, { name: 'subsidies-betaalopdracht-klaargezet' });
  const [download] = await Promise.all([page.waitForEvent('download'), rij.getByRole('button', { name: /SEPA-bestand downloaden/ }).click()]);
  assert.match(download.suggestedFilename(), /\.xml$/);
  const xml = (await readFile(await download.path())).toString();
  assert.match(xml, /urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.03/);
  assert.ok(xml.includes(kenmerk), 'the file carries the berichtkenmerk');

  await rij.getByRole('button', { name: /Uitgevoerd door de bank/ }).click();
  await page.getByText(`Vastgelegd dat de bank betaalopdracht ${kenmerk} heeft uitgevoerd`).waitFor();
  await rij.getByText('Uitgevoerd', { exact: true }).waitFor();
  assert.equal(await rij.getByRole('button', { name: /Uitgevoerd door de bank/ }).count(), 0);
}));
