// Dienstverleningsafspraken (R4.3, G-5) in the client: a beleidsmedewerker makes an agreement from the pilot wijkbudget's
// opbouwwerk line between the demo bewonersvereniging and the demo welzijnsorganisatie; a production count in the
// results is refused by the server next to the field (G-5) and nothing is stored; then a valid one. The
// bewonersorganisatie and the professional each sign for their organisation (afgesproken), the gemeente starts it, and
// the bewonersorganisatie records this year's review.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { jaarInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const JAAR = jaarInNederland();
const RESULTATEN = `Bewoners van de portiekflats kennen elkaar en organiseren samen iets (${Date.now()}).`;
/** The agreement the first test makes; the later tests open it. */
let afspraak = '';

/** The value of a definition list row (`<dt>term</dt><dd>…</dd>`). */
function gegeven(page, term) {
  return page.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd').first();
}

/** Chooses the option of `select` whose text matches `tekst` (once the options have loaded). */
async function kies(select, tekst) {
  const optie = select.locator('option', { hasText: tekst }).first();
  await optie.waitFor({ state: 'attached' });
  await select.selectOption(await optie.getAttribute('value'));
}

test('the gemeente makes an agreement; a production count is refused at the results (G-5)', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.getByRole('link', { name: 'Dienstverleningsafspraken over professioneel werk in de wijken', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dienstverleningsafspraken', exact: true }).waitFor();
    const lijst = page.getByRole('region', { name: 'Dienstverleningsafspraken' });
    await lijst.getByRole('row').filter({ hasText: 'Stichting Welzijn Voor Elkaar' }).getByText('Actief', { exact: true }).first().waitFor();
    const voor = await lijst.locator('tbody tr').count();
    await checkPage(page, t, assert, { name: 'dienstverlening-lijst' });
    await page.getByRole('link', { name: 'Afspraak maken', exact: true }).click();

    const formulier = page.getByRole('form', { name: 'Afspraak maken' });
    await kies(formulier.getByLabel('Wijkbudget', { exact: true }), `(${JAAR}–`);
    await kies(formulier.getByLabel('Begrotingsregel', { exact: true }), 'Opbouwwerk voor de portiekburen');
    await kies(formulier.getByLabel('Bewonersorganisatie (opdrachtgever)', { exact: true }), /^Bewonersvereniging/);
    await kies(formulier.getByLabel('Aanbieder van het professionele werk', { exact: true }), 'Stichting Welzijn Voor Elkaar');
    await formulier.getByRole('radio', { name: 'Mede-opdrachtgever', exact: true }).check();
    await formulier.getByLabel('Resultaten die het werk nastreeft', { exact: true }).fill(`${RESULTATEN} De opbouwwerker doet 30 huisbezoeken per week.`);
    await formulier.getByLabel('Werkwijze', { exact: true }).fill('De opbouwwerker werkt vanuit de buurtkamer en gaat mee naar wat bewoners al doen.');
    await formulier.getByLabel('Uren per week', { exact: true }).fill('8');
    await formulier.getByLabel('Prijs per jaar', { exact: true }).fill('10.000,00');
    await formulier.getByLabel('Ingangsdatum', { exact: true }).fill(`${JAAR}-01-01`);
    await formulier.getByLabel('Einddatum', { exact: true }).fill(`${JAAR + 1}-12-31`);
    await formulier.getByLabel('Zeggenschap in de selectie van de professionals', { exact: true }).fill('Twee bestuursleden kiezen de opbouwwerker mee.');
    await formulier.getByLabel('Zeggenschap in de sturing van het werk', { exact: true }).fill('Elk kwartaal stellen bewoners de prioriteiten.');
    await formulier.getByLabel('Zeggenschap in de evaluatie van het werk', { exact: true }).fill('De bewonersvereniging legt elk jaar haar oordeel vast.');
    await formulier.getByLabel('Professionals (niet verplicht)', { exact: true }).fill('Sanne de Vries\nAli Yilmaz');
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/dienstverleningsafspraken' });
    await formulier.getByRole('button', { name: 'Afspraak opslaan', exact: true }).click();
    await page.locator('#afspraak-resultaten-fout').getByText(/productieaantal \('30 huisbezoeken per week'\)/).waitFor();
    await checkPage(page, t, assert, { name: 'dienstverlening-nieuw-g5' });

    await formulier.getByLabel('Resultaten die het werk nastreeft', { exact: true }).fill(RESULTATEN);
    await formulier.getByRole('button', { name: 'Afspraak opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Opbouwwerk in / }).waitFor();
    afspraak = new URL(page.url()).pathname;
    await page.getByText(RESULTATEN, { exact: true }).waitFor();
    await page.getByText('Verkend', { exact: true }).waitFor();
    await gegeven(page, 'Rol van de bewoners').getByText('Mede-opdrachtgever', { exact: true }).waitFor();
    await gegeven(page, 'Totaal over de periode').getByText('€ 20.000,00', { exact: true }).waitFor();
    await page.getByText('Ali Yilmaz', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ondertekenen' }).count(), 0, 'the gemeente does not sign');
    await checkPage(page, t, assert, { name: 'dienstverlening-detail-verkend' });

    // Only the valid agreement was stored, not the refused one.
    await page.getByRole('link', { name: 'Alle dienstverleningsafspraken', exact: true }).click();
    await lijst.getByRole('row').filter({ hasText: 'Verkend' }).first().waitFor();
    assert.equal(await lijst.locator('tbody tr').count(), voor + 1, 'the refused agreement is not stored');
  });
});

/** Signs `afspraak` as `rol` (a member of one party) and returns the page's status message. */
async function onderteken(page, rol) {
  await signInThroughClient(page, rol);
  await page.getByRole('link', { name: 'Uw dienstverleningsafspraken', exact: true }).click();
  await page.getByRole('region', { name: 'Dienstverleningsafspraken' }).getByRole('row').filter({ hasText: 'Verkend' }).first().waitFor();
  await page.goto(url(afspraak));
  await page.getByText(RESULTATEN, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
  return page.getByRole('status');
}

test('the bewonersorganisatie signs for its organisation', async (t) => {
  assert.ok(afspraak, 'the first test made the agreement');
  await withPage(browser, t, async (page) => {
    const status = await onderteken(page, 'bewonersorganisatie');
    await status.getByText('U hebt de afspraak ondertekend.', { exact: true }).waitFor();
    await gegeven(page, 'Voor de bewonersorganisatie').filter({ hasText: /Ondertekend door Demo/ }).waitFor();
    await gegeven(page, 'Voor de aanbieder').filter({ hasText: 'Nog niet ondertekend' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ondertekenen' }).count(), 0, 'once only');
  });
});

test('the professional signs for the provider; the agreement is agreed', async (t) => {
  assert.ok(afspraak);
  await withPage(browser, t, async (page) => {
    const status = await onderteken(page, 'professional');
    await status.getByText(/beide partijen hebben nu getekend/).waitFor();
    await page.getByText('Afgesproken', { exact: true }).waitFor();
    await gegeven(page, 'Voor de aanbieder').filter({ hasText: /Ondertekend door Demo/ }).waitFor();
  });
});

test('the gemeente starts it and the bewonersorganisatie records the review of this year', async (t) => {
  assert.ok(afspraak);
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url(afspraak));
    await page.getByRole('button', { name: 'Van start laten gaan', exact: true }).click();
    await page.getByRole('status').getByText('De afspraak is van start gegaan.', { exact: true }).waitFor();
    await page.getByText('Actief', { exact: true }).waitFor();
    // The gemeente may end it, always with a reason; it does not record the review.
    await page.getByRole('form', { name: 'De afspraak beëindigen' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Evaluatie vastleggen' }).count(), 0);
  });
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(afspraak));
    const formulier = page.getByRole('form', { name: `De evaluatie van ${JAAR} vastleggen` });
    await formulier.getByRole('button', { name: 'Evaluatie vastleggen', exact: true }).click();
    await formulier.getByText('Vul de samenvatting van de evaluatie in.', { exact: true }).first().waitFor();
    await formulier.getByLabel('Wat vinden de bewoners van het werk dit jaar?', { exact: true })
      .fill('De portiekburen kennen de opbouwwerker; de eerste portiekgesprekken liepen goed.');
    await formulier.getByRole('button', { name: 'Evaluatie vastleggen', exact: true }).click();
    await page.getByRole('status').getByText(`De evaluatie van ${JAAR} is vastgelegd.`, { exact: true }).waitFor();
    const momenten = page.getByRole('region', { name: 'Evaluatiemomenten' });
    await momenten.getByRole('row').filter({ hasText: String(JAAR) }).getByText('Vastgelegd', { exact: true }).waitFor();
    await momenten.getByText(/de eerste portiekgesprekken liepen goed/).waitFor();
    assert.equal(await page.getByRole('form', { name: `De evaluatie van ${JAAR} vastleggen` }).count(), 0);
    await checkPage(page, t, assert, { name: 'dienstverlening-detail-actief' });
  });
});
