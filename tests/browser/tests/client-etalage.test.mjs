// The etalage (R6.4) in the client, on the demo: the public reads three stories with their illustrations and
// captions; the demo bewonersorganisatie nominates a story (an empty form is refused next to the fields) and gives
// its initiative's consent; the gemeente places a photo, gives it a caption and consent (which asks the initiative's
// consent again), records that consent and publishes; the public then reads the new story with its photo.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
let gemeente = '';
before(async () => {
  browser = await launchBrowser();
  gemeente = await demoGemeente();
});
after(async () => { await browser?.close(); });

const TITEL = `De fietsenwerkplaats (${Date.now()})`;
const BIJSCHRIFT = 'Tekening van de werkplaats met een fiets op de bok';
const FOTO = new URL('../../../src/Gemeenschapskracht.Api/Seeding/Demo/Fotos/moestuin.png', import.meta.url);

/** The demo gemeente with a published etalage: Amsterdam when the CBS data is beside the project, else Voorbeeldstad. */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/etalage`);
    if (r.ok && (await r.json()).items.length > 0) return slug;
  }
  throw new Error('geen demogemeente met een etalage');
}

/** Every image on the page has loaded (a broken one has no natural width). */
async function afbeeldingenGeladen(page) {
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  return page.evaluate(() => [...document.images].map((i) => ({ alt: i.alt, breedte: i.naturalWidth })));
}

test('the public reads the etalage: stories with illustrations, captions, lessons and contact', async (t) => {
  await withPage(browser, t, async (page) => {
    await page.goto(url(`/etalage?gemeente=${gemeente}`));
    await page.getByRole('heading', { level: 1, name: 'De etalage', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'De buurtkamer in het oude winkelpand', exact: true }).waitFor();
    assert.equal(await page.locator('article').count(), 3);
    const beelden = await afbeeldingenGeladen(page);
    assert.equal(beelden.length, 3);
    assert.ok(beelden.every((b) => b.breedte > 0 && b.alt.startsWith('Tekening van')), JSON.stringify(beelden));
    await page.getByText('Wat anderen ervan kunnen leren').first().waitFor();
    await checkPage(page, t, assert, { name: 'etalage' });
  });
});

test('a bewonersorganisatie nominates a story and gives its consent', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url('/etalage/nomineren'));
    await page.getByRole('heading', { level: 1, name: 'Een verhaal nomineren', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Nomineren', exact: true }).click();
    await page.getByText('Geef het verhaal een titel.').first().waitFor();
    await checkPage(page, t, assert, { name: 'etalage-nomineren-fout' });

    await page.getByLabel('Titel', { exact: true }).fill(TITEL);
    await page.getByLabel('Het verhaal', { exact: true }).fill('Op zaterdag repareren buren elkaars fietsen in de oude garage.');
    await page.getByLabel('Wat anderen ervan kunnen leren', { exact: true }).fill('Gereedschap delen is een reden om elkaar te ontmoeten.');
    await page.getByLabel('Hoe bereiken mensen het initiatief?', { exact: true }).fill('fietsen@example.org');
    await page.getByLabel('Waar komt het verhaal vandaan?', { exact: true }).selectOption({ label: 'Anders' });
    const organisatie = page.getByLabel('Organisatie van het initiatief (niet verplicht)', { exact: true });
    // The demo resident acts for the first bewonersorganisatie of the gemeente: the one whose name starts with "Bewoners".
    const eigen = organisatie.locator('option', { hasText: /^Bewoners/ }).first();
    await eigen.waitFor({ state: 'attached' });
    await organisatie.selectOption(await eigen.getAttribute('value'));
    await page.getByRole('button', { name: 'Nomineren', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITEL, exact: true }).waitFor();
    await page.getByText('Genomineerd', { exact: true }).waitFor();
    await page.getByLabel('Namens het initiatief toestemming gegeven door').fill('Fatima el Amrani, voorzitter');
    await page.getByRole('button', { name: 'Toestemming vastleggen', exact: true }).click();
    await page.getByText(/^Gegeven door Fatima el Amrani, voorzitter op /).waitFor();
    await checkPage(page, t, assert, { name: 'etalage-genomineerd' });
  });
});

test('the gemeente places a photo with caption and consent, records the consent again and publishes', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url('/etalage/beheer'));
    await page.getByRole('heading', { level: 1, name: 'Nominaties en etalage', exact: true }).waitFor();
    await page.getByRole('link', { name: TITEL, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITEL, exact: true }).waitFor();

    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'werkplaats.png', mimeType: 'image/png', buffer: await readFile(FOTO) });
    await page.getByRole('button', { name: 'Bijlage plaatsen', exact: true }).click();
    await page.getByText('werkplaats.png is geplaatst.').waitFor();
    await page.getByRole('button', { name: "Verhaal en foto's wijzigen", exact: true }).click();
    await page.getByLabel('Bijschrift bij werkplaats.png', { exact: true }).fill(BIJSCHRIFT);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText("Geef elke foto die u meestuurt een bijschrift én de naam van wie toestemming gaf.").first().waitFor();
    await page.getByLabel('Toestemming voor werkplaats.png gegeven door', { exact: true }).fill('De eigenaar van de fiets');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Het initiatief heeft nog geen toestemming gegeven voor het verhaal zoals het nu is.').waitFor();
    await page.getByLabel('Namens het initiatief toestemming gegeven door').fill('Fatima el Amrani, per e-mail');
    await page.getByRole('button', { name: 'Toestemming vastleggen', exact: true }).click();
    await page.getByText(/^Gegeven door Fatima el Amrani, per e-mail op /).waitFor();
    await checkPage(page, t, assert, { name: 'etalage-verhaal-beheer' });
    await page.getByRole('button', { name: 'In de etalage zetten', exact: true }).click();
    await page.getByText('In de etalage', { exact: true }).waitFor();
  });
});

test('the public reads the new story with its photo', async (t) => {
  await withPage(browser, t, async (page) => {
    await page.goto(url(`/etalage?gemeente=${gemeente}`));
    const verhaal = page.getByRole('article', { name: TITEL, exact: true });
    await verhaal.getByRole('img', { name: BIJSCHRIFT, exact: true }).waitFor();
    const beelden = await afbeeldingenGeladen(page);
    assert.ok(beelden.some((b) => b.alt === BIJSCHRIFT && b.breedte > 0), JSON.stringify(beelden));
  });
});
