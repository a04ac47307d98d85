// Route step 2 in the client, the team's workspace: the resident (bewonersorganisatie) begins a new version of the
// pilotwijk's shared wijkbeeld, adds a history item and a gespreksronde and saves; a beleidsmedewerker may not change
// what the resident wrote (G-8: 400) and adds a comment instead; the resident then brings the version in gesprek,
// records it as geduid and shares it, and the public reads it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const GEBEURTENIS = 'De bewoners openen een ruilwinkel in de oude bibliotheek.';
let werkruimte;

test('the resident begins a new version, adds a history item and a gespreksronde and saves', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/wijkbeelden'));
  const tabel = page.getByRole('region', { name: 'Wijkbeelden' });
  await tabel.getByRole('link').first().click();
  await page.getByRole('link', { name: 'Werkruimte van het team' }).click();
  await page.getByRole('button', { name: 'Nieuwe versie beginnen' }).click();
  await page.waitForURL(/\/wijkbeelden\/[0-9a-f-]+\/bewerken$/);
  await page.getByRole('heading', { level: 1, name: /^Wijkbeeld bewerken/ }).waitFor();
  await page.getByText('Concept', { exact: true }).first().waitFor();
  werkruimte = new URL(page.url()).pathname;

  await page.getByRole('tab', { name: 'Geschiedenis' }).click();
  // Counted once the tab shows the demo's items (a hidden panel counts as none), and the new item awaited:
  // on a loaded machine neither the panel nor the grown list may be there yet.
  await page.getByRole('group', { name: 'Gebeurtenis 1' }).waitFor();
  const gebeurtenissen = (await page.getByRole('group', { name: /^Gebeurtenis \d+$/ }).count()) + 1;
  await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  const nieuw = page.getByRole('group', { name: `Gebeurtenis ${gebeurtenissen}` });
  await nieuw.waitFor();
  await nieuw.getByLabel('Periode').fill('2025');
  await nieuw.getByLabel('Gebeurtenis', { exact: true }).fill(GEBEURTENIS);
  await page.getByRole('tab', { name: 'Gespreksrondes' }).click();
  await page.getByRole('group', { name: 'Gespreksronde 1' }).waitFor();
  const rondes = (await page.getByRole('group', { name: /^Gespreksronde \d+$/ }).count()) + 1;
  await page.getByRole('button', { name: 'Gespreksronde toevoegen' }).click();
  const ronde = page.getByRole('group', { name: `Gespreksronde ${rondes}` });
  await ronde.waitFor();
  await ronde.getByLabel('Bewoners').fill('14');
  await ronde.getByLabel('Professionals').fill('2');
  await ronde.getByLabel('Vragen').fill('Wat is er veranderd sinds het vorige wijkbeeld?');
  await ronde.getByLabel('Bevindingen').fill('De ruilwinkel brengt nieuwe en oude bewoners samen.');
  await checkPage(page, t, assert, { name: 'wijkbeeld-bewerken' });
  await page.getByRole('button', { name: 'Wijkbeeld opslaan' }).click();
  await page.getByText('Het wijkbeeld is opgeslagen.').waitFor();
  assert.equal(await page.getByRole('group', { name: /^Gespreksronde \d+$/ }).count(), rondes);

  // A sterkhouder is only recorded with consent (when and how).
  await page.getByRole('tab', { name: 'Sterkhouders' }).click();
  const sterk = page.getByRole('form', { name: 'Sterkhouder vastleggen' });
  await sterk.getByLabel('Naam', { exact: true }).fill('Henk de Vries');
  await sterk.getByRole('button', { name: 'Sterkhouder vastleggen' }).click();
  await page.locator('#sh-toestemmingOp-fout').waitFor();
  await sterk.getByLabel('Toestemming gegeven op').fill(dagInNederland());
  await sterk.getByLabel('Hoe is toestemming gegeven').fill('Mondeling, bij de buurtkamer');
  await sterk.getByRole('button', { name: 'Sterkhouder vastleggen' }).click();
  await page.getByRole('button', { name: /Toestemming intrekken.*Henk de Vries/ }).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbeeld-bewerken-sterkhouders' });
}));

test('a beleidsmedewerker may not change the resident\'s item (G-8) and adds a comment instead', (t) => withPage(browser, t, async (page) => {
  assert.ok(werkruimte, 'the resident\'s test made a new version');
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url(werkruimte));
  await page.getByRole('tab', { name: 'Geschiedenis' }).click();
  const eerste = page.getByRole('group', { name: 'Gebeurtenis 1' });
  await eerste.getByLabel('Periode').waitFor();
  await eerste.getByLabel('Periode').fill('1960–1975');
  expectHttpError(page, { status: 400, method: 'PUT', url: '/api/v1/wijkbeelden/' });
  await page.getByRole('button', { name: 'Wijkbeeld opslaan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Reageer met een opmerking' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /kan door de gemeente niet worden gewijzigd/i);
  await checkPage(page, t, assert, { name: 'wijkbeeld-bewerken-g8' });

  await page.reload();
  await page.getByRole('tab', { name: 'Geschiedenis' }).click();
  const item = page.getByRole('group', { name: 'Gebeurtenis 1' });
  await item.getByLabel('Opmerking').fill('Dank voor deze geschiedenis; de gemeente neemt het mee in de BuurtTop.');
  await item.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await page.getByText('De opmerking is geplaatst.').waitFor();
  await page.getByRole('group', { name: 'Gebeurtenis 1' }).getByText('de gemeente neemt het mee in de BuurtTop').waitFor();
}));

test('the resident talks the new version through, records it as geduid and shares it; the public then reads it', (t) => withPage(browser, t, async (page) => {
  assert.ok(werkruimte, 'the resident\'s test made a new version');
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url(werkruimte));
  for (const [knop, status] of [['In gesprek brengen', 'In gesprek'], ['Duiden', 'Geduid'], ['Delen', 'Gedeeld']]) {
    await page.getByRole('button', { name: knop, exact: true }).click();
    await page.getByText(`De status is nu: ${status}.`).waitFor();
  }
  await checkPage(page, t, assert, { name: 'wijkbeeld-bewerken-gedeeld' });

  // The public (a fresh context: no session) reads the shared version, by the slug of the gemeente it is shared in.
  const wijkbeeld = werkruimte.replace(/\/bewerken$/, '');
  const id = wijkbeeld.split('/').pop();
  let slug;
  for (const kandidaat of ['amsterdam', 'voorbeeldstad']) {
    if ((await fetch(url(`/${kandidaat}/api/v1/wijkbeelden/${id}`))).ok) slug = kandidaat;
  }
  assert.ok(slug, 'the shared version is public in the demo gemeente');
  const context = await browser.newContext();
  try {
    const publiek = await context.newPage();
    await publiek.goto(url(`${wijkbeeld}?gemeente=${slug}`));
    await publiek.getByRole('heading', { level: 1, name: /^Wijkbeeld / }).waitFor();
    await publiek.getByText(GEBEURTENIS).first().waitFor();
  } finally {
    await context.close();
  }
}));
