// A full visitatie (R6.3) in the client, on the demo, from its opening to the published report and its follow-up: the
// gemeente sets up a cycle of the initiatives, the nightly job J9 opens a visitatie for each, the gemeente composes the
// panel of the bewonersvereniging's visitatie (a resident of another wijk; confirming without a raadslid is refused;
// then the raadslid) and confirms it, the bewonersvereniging writes its self-reflection, the panel member scores every
// perspective and makes the draft report, the bewonersvereniging responds, the gemeente adopts it, adds a follow-up
// action and reports it done with its evidence (shown on the tracker), and the public reads the report with the response.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { draaiTaak } from '../lib/taken.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const CYCLUS = 'Visitatie van de bewonersinitiatieven';
const VERHAAL = 'De vereniging brengt straten samen rond de buurtkamer en laat bewoners zelf de agenda maken.';
const BEWIJS = 'Sinds de ledenvergadering van maart heeft het bestuur een jongerenzetel.';
const REACTIE = `De vereniging dankt het panel en gaat jongeren een eigen plek in het bestuur geven (${Date.now()}).`;
let dossier = '';

test('the gemeente sets up a cycle of the initiatives and the nightly job opens their visitaties', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url('/visitaties/cycli/nieuw'));
    await page.getByLabel('Naam', { exact: true }).fill(CYCLUS);
    await page.getByLabel('Wat wordt gevisiteerd').selectOption({ label: 'Initiatief' });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText(CYCLUS).first().waitFor();

    await draaiTaak('visitatiecycli');

    await page.goto(url('/visitaties/dossiers'));
    const lijst = page.getByRole('region', { name: 'Visitatiedossiers', exact: true });
    // The whole list first, so the filter does not cancel its request halfway.
    await lijst.locator('tbody tr').first().waitFor();
    await page.getByLabel('Stand', { exact: true }).selectOption({ label: 'Gepland' });
    await lijst.getByRole('link', { name: /^Bewonersvereniging/ }).first().waitFor();
    assert.ok(await lijst.locator('tbody tr').count() >= 1);
    await checkPage(page, t, assert, { name: 'visitaties-gepland' });
    await lijst.getByRole('link', { name: /^Bewonersvereniging/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Bewonersvereniging/ }).waitFor();
    dossier = new URL(page.url()).pathname;
  });
});

test('the gemeente composes the panel: without a raadslid it is not confirmed', async (t) => {
  assert.ok(dossier, 'the first test opened the dossier');
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url(dossier));
    await page.getByText('Er is nog niemand voorgesteld voor het panel.').waitFor();
    const formulier = page.getByRole('form', { name: 'Panellid voorstellen' });
    const kiesLid = async (naam) => {
      const optie = formulier.getByLabel('Lid van de gemeente').locator('option', { hasText: naam });
      await optie.waitFor({ state: 'attached' });
      await formulier.getByLabel('Lid van de gemeente').selectOption(await optie.getAttribute('value'));
    };
    await kiesLid('Demo visitatiepanel-lid');
    await formulier.getByLabel('Zetel in het panel').selectOption({ label: 'Bewoner uit een andere wijk' });
    const wijk = formulier.getByLabel('Woont in wijk');
    await wijk.locator('option').nth(2).waitFor({ state: 'attached' });
    await wijk.selectOption({ index: (await wijk.locator('option').count()) - 1 });
    await formulier.getByRole('button', { name: 'Voorstellen', exact: true }).click();
    await page.getByText('Demo visitatiepanel-lid, Bewoner uit een andere wijk').waitFor();

    expectHttpError(page, { status: 400, method: 'POST', url: '/panelbevestigingen' });
    await page.getByRole('button', { name: 'Panel bevestigen en zelfreflectie vragen', exact: true }).click();
    await page.getByText('In het panel zit minstens één raadslid.').first().waitFor();
    await checkPage(page, t, assert, { name: 'visitatie-panel-zonder-raadslid' });
    await kiesLid('Demo raadslid');
    await formulier.getByLabel('Zetel in het panel').selectOption({ label: 'Raadslid' });
    await formulier.getByRole('button', { name: 'Voorstellen', exact: true }).click();
    await page.getByText('Demo raadslid, Raadslid').waitFor();
    await page.getByRole('button', { name: 'Panel bevestigen en zelfreflectie vragen', exact: true }).click();
    await page.locator('[aria-current="step"]').getByText('Zelfreflectie').waitFor();
  });
});

test('the bewonersvereniging writes its self-reflection and the conversations start', async (t) => {
  assert.ok(dossier);
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(dossier));
    await page.getByText('U neemt deel als gevisiteerde organisatie.', { exact: true }).waitFor();
    await page.getByLabel('Uw zelfreflectie').fill('Wat goed gaat: de buurtkamer draait op vrijwilligers. Wat niet: jongeren bereiken we nauwelijks. Wat we willen leren: hoe we hen erbij betrekken.');
    await checkPage(page, t, assert, { name: 'visitatie-zelfreflectie' });
    await page.getByRole('button', { name: 'Zelfreflectie vastleggen', exact: true }).click();
    await page.locator('[aria-current="step"]').getByText('Gesprekken').waitFor();
  });
});

test('the panel member scores every perspective and makes the draft report', async (t) => {
  assert.ok(dossier);
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'visitatiepanel-lid');
    await page.goto(url(dossier));
    await page.getByText('U neemt deel als lid van het panel.', { exact: true }).waitFor();
    const perspectieven = page.locator('section.perspectief');
    for (let i = 0; i < 4; i++) {
      const perspectief = perspectieven.nth(i);
      await perspectief.getByRole('button', { name: /^Oordeel vastleggen/ }).click();
      await perspectief.getByRole('radio', { name: 'Sterk', exact: true }).check();
      await perspectief.getByLabel('Toelichting (minstens 40 tekens)').fill(VERHAAL);
      await perspectief.getByRole('button', { name: 'Oordeel vastleggen', exact: true }).click();
      await perspectief.getByText(VERHAAL, { exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Conceptrapport maken', exact: true }).click();
    await page.getByText(/^Reageren kan tot en met /).waitFor();
  });
});

test('the bewonersvereniging responds to the draft report', async (t) => {
  assert.ok(dossier);
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(dossier));
    await page.getByLabel('Uw reactie op het conceptrapport').fill(REACTIE);
    await page.getByRole('button', { name: 'Reactie vastleggen', exact: true }).click();
    await page.getByText(REACTIE, { exact: true }).waitFor();
  });
});

test('the gemeente adopts the report and adds a follow-up action; the public reads it with the response', async (t) => {
  assert.ok(dossier);
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url(dossier));
    await page.getByRole('button', { name: 'Rapport vaststellen en publiceren', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Vervolgacties', exact: true }).waitFor();
    await page.getByLabel('Wat er gebeurt').fill('Een jongerenzetel in het bestuur van de vereniging');
    await page.getByLabel('Eigenaar').fill('Bestuur van de bewonersvereniging');
    await page.getByLabel('Uiterlijk').fill(new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Vervolgactie toevoegen', exact: true }).click();
    await page.locator('[aria-current="step"]').getByText('Opvolging').waitFor();
    const gereed = page.getByRole('form', { name: 'Een jongerenzetel in het bestuur van de vereniging gereed melden', exact: true });
    await gereed.getByRole('button', { name: 'Een jongerenzetel in het bestuur van de vereniging gereed melden', exact: true }).click();
    await page.getByText('Zeg wat er gedaan is, of waar het te zien is.').first().waitFor();
    await gereed.getByLabel(/^Wat is er gedaan, of waar is het te zien\?/).fill(BEWIJS);
    await gereed.getByRole('button', { name: 'Een jongerenzetel in het bestuur van de vereniging gereed melden', exact: true }).click();
    await page.getByText(`Bewijs: ${BEWIJS}`).waitFor();
    await checkPage(page, t, assert, { name: 'visitatie-vervolg-gereed' });

    await page.goto(url('/verzoeken/tracker'));
    await page.getByRole('region', { name: 'Toezeggingen', exact: true }).getByText(`Gedaan: ${BEWIJS}`).waitFor();

    await page.goto(url('/visitaties'));
    const rapport = page.locator('article').filter({ has: page.getByRole('heading', { level: 2, name: /^Bewonersvereniging/ }) });
    await rapport.getByText(REACTIE, { exact: true }).waitFor();
    await rapport.getByText(/Een jongerenzetel in het bestuur van de vereniging/).waitFor();
    await checkPage(page, t, assert, { name: 'visitaties-rapport-initiatief' });
  });
});
