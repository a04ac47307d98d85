// Trekkingsrechten (R4.5) in the client: the demo professional (of the demo welzijnsorganisatie, a named supplier)
// finds the demo bewonersorganisatie's right from the start page, is stopped by the client when a draw is above the
// balance, and records two hours; the bewonersorganisatie confirms the draw waiting for it; a beleidsmedewerker grants
// a new right and sees the server's refusal of one the budget line has no room for next to the amount.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const DOEL = /Opbouwwerk bij het opzetten van de portiekgesprekken/;

/** An ISO date `dagen` days from today. */
function over(dagen) {
  return dagInNederland(dagen);
}

/** The value of a definition list row (`<dt>term</dt><dd>…</dd>`). */
function gegeven(page, term) {
  return page.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd').first();
}

test('a named supplier records a draw within the balance; the saldo goes down', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'professional');
    await page.getByRole('link', { name: 'Trekkingsrechten van bewonersinitiatieven', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Trekkingsrechten', exact: true }).waitFor();
    const rij = page.getByRole('row').filter({ hasText: DOEL });
    await rij.getByText('Deels getrokken', { exact: true }).waitFor();
    await checkPage(page, t, assert, { name: 'trekkingsrechten-lijst' });
    await rij.getByRole('link', { name: /^Bewonersvereniging/ }).click();

    await page.getByRole('heading', { level: 1, name: /^Trekkingsrecht van Bewonersvereniging/ }).waitFor();
    await gegeven(page, 'Saldo').getByText('30 uur', { exact: true }).waitFor();
    await gegeven(page, 'Leveranciers').getByText('Stichting Welzijn Voor Elkaar', { exact: true }).waitFor();
    const trekkingen = page.getByRole('region', { name: 'Wat is getrokken' });
    assert.equal(await trekkingen.locator('tbody tr').count(), 2);
    await trekkingen.getByText('Nog niet bevestigd', { exact: true }).waitFor();

    // Above the balance: the client says so next to the field and sends nothing.
    const formulier = page.getByRole('form', { name: 'Een trekking registreren' });
    await formulier.getByLabel('Aantal uren', { exact: true }).fill('31');
    await formulier.getByLabel('Wat is geleverd', { exact: true }).fill('Een buurtavond over de portiekgesprekken begeleid.');
    await formulier.getByRole('button', { name: 'Trekking registreren' }).click();
    await page.locator('#trekking-omvang-fout').getByText('Dat is meer dan het saldo.', { exact: true }).waitFor();
    await checkPage(page, t, assert, { name: 'trekkingsrecht-trekking-fout' });
    assert.equal(await trekkingen.locator('tbody tr').count(), 2, 'nothing recorded');

    await formulier.getByLabel('Aantal uren', { exact: true }).fill('2');
    await formulier.getByRole('button', { name: 'Trekking registreren' }).click();
    await page.getByRole('status').getByText('Trekking 3 is geregistreerd; het initiatief is gevraagd die te bevestigen.', { exact: true }).waitFor();
    await gegeven(page, 'Saldo').getByText('28 uur', { exact: true }).waitFor();
    assert.equal(await trekkingen.locator('tbody tr').count(), 3);
    // A professional cannot confirm for the holder: no button, only the state.
    assert.equal(await page.getByRole('button', { name: /^Bevestigen/ }).count(), 0);
  });
});

test('the holder confirms the draws waiting for it', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.getByRole('link', { name: 'Uw trekkingsrechten en wat ervan is getrokken', exact: true }).click();
    await page.getByRole('row').filter({ hasText: DOEL }).getByRole('link', { name: /^Bewonersvereniging/ }).click();
    const trekkingen = page.getByRole('region', { name: 'Wat is getrokken' });
    await trekkingen.waitFor();
    // The draw of the previous test, when it ran; the demo's second draw always waits.
    const bevestig = page.getByRole('button', { name: 'Bevestigen trekking 2', exact: true });
    await bevestig.click();
    await page.getByRole('status').getByText('Trekking 2 is bevestigd.', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Bevestigen trekking 2', exact: true }).count(), 0);
    assert.ok(await trekkingen.getByText(/door Demo/).count() >= 2, 'who confirmed and when is shown');
    await checkPage(page, t, assert, { name: 'trekkingsrecht-bevestigd' });
    // The holder does not supply it, so there is no form to record a draw.
    assert.equal(await page.getByRole('form', { name: 'Een trekking registreren' }).count(), 0);
  });
});

test('the gemeente grants a right; one the budget line has no room for is refused next to the amount', async (t) => {
  const doel = `Ambtelijke ondersteuning bij de vergunning voor het buurtfeest (${Date.now()}).`;
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url('/trekkingsrechten'));
    await page.getByRole('link', { name: 'Trekkingsrecht toekennen', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Trekkingsrecht toekennen' });
    await formulier.getByLabel('Organisatie van het initiatief', { exact: true }).selectOption({ label: 'Buurtkamer De Kade' });
    const budget = formulier.getByLabel('Wijkbudget', { exact: true });
    await budget.locator('option').nth(1).waitFor({ state: 'attached' });
    await budget.selectOption({ index: 1 });
    const regel = formulier.getByLabel('Begrotingsregel', { exact: true });
    await regel.locator('option', { hasText: 'Opbouwwerk voor de portiekburen' }).waitFor({ state: 'attached' });
    await regel.selectOption({ label: 'Opbouwwerk voor de portiekburen' });
    await formulier.getByLabel('Aantal uren', { exact: true }).fill('5000');
    await formulier.getByLabel('Tarief per uur', { exact: true }).fill('62,00');
    await formulier.getByLabel('De gemeente levert zelf ambtelijke ondersteuning', { exact: true }).check();
    await formulier.getByLabel('Geldig vanaf', { exact: true }).fill(over(0));
    await formulier.getByLabel('Geldig tot en met', { exact: true }).fill(over(120));
    await formulier.getByLabel('Waarvoor is het trekkingsrecht', { exact: true }).fill(doel);
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/trekkingsrechten' });
    await formulier.getByRole('button', { name: 'Toekennen' }).click();
    await page.locator('#recht-omvang-fout').getByText(/nog vrij heeft/).waitFor();
    await checkPage(page, t, assert, { name: 'trekkingsrecht-nieuw-fout' });

    await formulier.getByLabel('Aantal uren', { exact: true }).fill('12');
    await formulier.getByRole('button', { name: 'Toekennen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trekkingsrecht van Buurtkamer De Kade', exact: true }).waitFor();
    await gegeven(page, 'Saldo').getByText('12 uur', { exact: true }).waitFor();
    await gegeven(page, 'Leveranciers').getByText('de gemeente (ambtelijke ondersteuning)', { exact: true }).waitFor();
    await page.getByText('Er is nog niets getrokken.', { exact: true }).waitFor();
    // The gemeente supplies this one itself, so it may record its draws here.
    await page.getByRole('form', { name: 'Een trekking registreren' }).waitFor();
    await checkPage(page, t, assert, { name: 'trekkingsrecht-toegekend' });
  });
});
