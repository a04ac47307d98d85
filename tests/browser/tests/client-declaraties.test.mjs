// Declaraties in the client (route step 5, R5.4): a volunteer submits an expense on a phone-sized screen with a photo of
// the receipt (a "PDF" that is really text is refused by its bytes, nothing saved); above the host's threshold two
// different back-office users approve it (the first cannot approve twice), a first SEPA batch the bank refused is withdrawn with a reason, a new one is executed and
// books it, and the group's public balance shows the spending.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { PHONE, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { ontvangersVan } from '../lib/mail.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const OMSCHRIJVING = `Bus naar de stadsboerderij (${Date.now()})`;
/** Above the demo host's four-eyes threshold (€ 250), so two back-office users approve it. */
const BEDRAG = '312,40';
const CATEGORIE = 'Vervoer en reiskosten';
/** A 1×1 PNG: what a phone camera hands over, in small. */
const FOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The declaratie the first test submitted ("/declaraties/<id>") and the public balance's address; the later tests read them. */
let declaratie = '';
let openbaar = '';
let uitgavenVooraf = 0;
let kenmerk = '';

/** "€ 1.234,56" → 123456. */
function eurocent(tekst) {
  const m = /€\s*(-?[\d.]+),(\d{2})/.exec(tekst.replace(/\u00a0/g, ' '));
  assert.ok(m, `an amount in "${tekst}"`);
  return Number(m[1].replace(/\./g, '')) * 100 + Number(m[2]);
}

/** What the bewonersvereniging spent on the category this year, on its public balance (0 when nothing yet). */
async function uitgaven(page) {
  await page.goto(url(openbaar));
  const tabel = page.getByRole('region', { name: 'Uitgaven per soort' });
  await tabel.waitFor();
  const rij = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: CATEGORIE, exact: true }) });
  return (await rij.count()) ? eurocent(await rij.first().innerText()) : 0;
}

test('a volunteer submits a declaratie with a photo of the receipt on a phone; a receipt that is no photo or PDF is refused', async (t) => {
  await withPage(browser, t, async (page) => {
    await page.goto(url('/administraties/openbaar?gemeente=voorbeeldstad'));
    await page.getByRole('region', { name: 'Openbare balansen van bewonersgroepen' }).getByRole('link', { name: /^Bewonersvereniging/ }).click();
    await page.getByRole('region', { name: 'Uitgaven per soort' }).waitFor();
    openbaar = new URL(page.url()).pathname + new URL(page.url()).search;
    uitgavenVooraf = await uitgaven(page);

    await signInThroughClient(page, 'bewonersorganisatie');
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Een declaratie indienen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Declaratie indienen' }).waitFor();
    const formulier = page.getByRole('form', { name: 'Declaratie indienen' });

    // Nothing filled in: every field says what it needs, nothing is sent.
    await formulier.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.locator('#declaratie-bonnetje-fout').getByText('Voeg de foto of PDF van het bonnetje toe.').waitFor();
    await page.locator('#declaratie-bedrag-fout').getByText(/Geef het bedrag in euro/).waitFor();
    await checkPage(page, t, assert, { name: 'declaratie-nieuw-fouten' });

    await formulier.getByLabel('Bedrag in euro').fill(BEDRAG);
    await formulier.getByLabel('Soort uitgave').selectOption({ label: CATEGORIE });
    await formulier.getByLabel('Waarvoor was het?').fill(OMSCHRIJVING);
    await formulier.getByLabel('IBAN waarop u het geld terugkrijgt').fill('NL91 ABNA 0417 1643 00');
    // Called a PDF, but its bytes are text: the server checks what the file is, not what it is called.
    await formulier.getByLabel('Bonnetje', { exact: true }).setInputFiles({ name: 'bon.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen bonnetje') });
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/declaraties' });
    await formulier.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.locator('#declaratie-bonnetje-fout').getByText(/geen foto .* of PDF, wat de naam ook zegt/).waitFor();
    assert.match(new URL(page.url()).pathname, /\/declaraties\/nieuw$/, 'nothing was saved');

    await formulier.getByLabel('Bonnetje', { exact: true }).setInputFiles({ name: 'bon.png', mimeType: 'image/png', buffer: FOTO });
    await formulier.getByRole('button', { name: 'Indienen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Declaratie DEC-\d{4}-\d+$/ }).waitFor();
    declaratie = new URL(page.url()).pathname;
    kenmerk = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Declaratie ', '');
    await page.getByText('Ingediend', { exact: true }).first().waitFor();
    await page.getByText('0 van 2 goedkeuringen').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Goedkeuren' }).count(), 0, 'a volunteer does not approve');
    await checkPage(page, t, assert, { name: 'declaratie-ingediend' });
    // The host's back office is told, not the professionals who work for the same welzijnsorganisatie.
    assert.deepEqual(await ontvangersVan(`ingediend: ${OMSCHRIJVING}.`),
      ['backoffice-tweede@demo.gemeenschapskracht.nl', 'backoffice@demo.gemeenschapskracht.nl']);

    await page.getByRole('link', { name: 'Terug naar declaraties' }).click();
    await page.getByRole('region', { name: 'Declaraties' }).getByRole('row').filter({ hasText: OMSCHRIJVING }).waitFor();
    await checkPage(page, t, assert, { name: 'declaraties-mijn' });
  });
});

test('two different back-office users approve it above the threshold; the first cannot approve twice', async (t) => {
  assert.ok(declaratie, 'the first test submitted the declaratie');
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: 'Declaraties beoordelen', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Declaraties' });
    await lijst.getByRole('row').filter({ hasText: OMSCHRIJVING }).getByRole('link').click();
    await page.waitForURL((u) => u.pathname === declaratie);
    const bon = page.getByRole('button', { name: 'Bonnetje bon.png bekijken' });
    const [download] = await Promise.all([page.waitForEvent('download'), bon.click()]);
    assert.deepEqual([...(await readFile(await download.path()))], [...FOTO], 'the receipt comes back byte for byte');
    await checkPage(page, t, assert, { name: 'declaratie-beoordelen' });
    await page.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await page.getByRole('status').getByText('Uw goedkeuring is vastgelegd.').waitFor();
    await page.getByText('1 van 2 goedkeuringen').waitFor();
    await page.getByText(/al goedgekeurd; een tweede collega keurt haar goed/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Goedkeuren', exact: true }).count(), 0, 'one person approves once');
  });
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice-tweede', { gemeente: 'Voorbeeldstad' });
    await page.goto(url(declaratie));
    await page.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await page.getByText('2 van 2 goedkeuringen').waitFor();
    await page.getByText('Goedgekeurd', { exact: true }).first().waitFor();
    await checkPage(page, t, assert, { name: 'declaratie-goedgekeurd' });
  });
});

test('the back office pays it in a batch (withdrawing one the bank refused), records the execution, and the public balance shows the spending', async (t) => {
  assert.ok(declaratie && openbaar, 'the earlier tests submitted and approved the declaratie');
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: 'Declaraties betalen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Betaalbatches' }).waitFor();
    await page.getByRole('button', { name: 'Betaalbatch klaarzetten' }).click();
    const gemaakt = page.getByRole('status').getByText(/^Betaalbatch (\S+) met \d+ overboekingen is klaargezet\.$/);
    await gemaakt.waitFor();
    let batchKenmerk = /^Betaalbatch (\S+) met/.exec(await gemaakt.innerText())[1];
    let rij = page.getByRole('region', { name: 'Betaalbatches' }).getByRole('row').filter({ hasText: batchKenmerk });
    await rij.getByText('Klaargezet', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), rij.getByRole('button', { name: 'SEPA-bestand' }).click()]);
    const xml = (await readFile(await download.path())).toString();
    assert.match(xml, /urn:iso:std:iso:20022:tech:xsd:pain\.001\.001\.03/);
    assert.match(xml, /<InstdAmt Ccy="EUR">312\.40<\/InstdAmt>/, 'the declaratie is a transfer in the file');
    await checkPage(page, t, assert, { name: 'declaratiebetalingen' });

    // The bank refused that file: the batch is withdrawn (a reason is required), and a new batch takes the declaratie again.
    const intrekking = page.getByRole('form', { name: 'Betaalbatch intrekken' });
    await intrekking.getByRole('button', { name: 'Batch intrekken' }).click();
    await intrekking.getByText('Geef de reden van de intrekking op.').first().waitFor();
    await intrekking.getByLabel('Berichtkenmerk').selectOption(await intrekking.getByLabel('Berichtkenmerk').locator('option', { hasText: batchKenmerk }).getAttribute('value'));
    await intrekking.getByLabel('Reden van de intrekking').fill('De bank weigerde het bestand (browsertest)');
    await intrekking.getByRole('button', { name: 'Batch intrekken' }).click();
    await page.getByRole('status').getByText(`Betaalbatch ${batchKenmerk} is ingetrokken; de declaraties staan klaar voor een nieuwe batch.`).waitFor();
    await rij.getByText('Ingetrokken: De bank weigerde het bestand (browsertest)').waitFor();
    assert.equal(await rij.getByRole('button', { name: 'SEPA-bestand' }).count(), 0, 'a withdrawn batch offers no file for the bank');
    await checkPage(page, t, assert, { name: 'declaratiebetalingen-ingetrokken' });
    await page.getByRole('button', { name: 'Betaalbatch klaarzetten' }).click();
    const opnieuw = page.getByRole('status').getByText(/^Betaalbatch (\S+) met \d+ overboekingen is klaargezet\.$/);
    await opnieuw.waitFor();
    batchKenmerk = /^Betaalbatch (\S+) met/.exec(await opnieuw.innerText())[1];
    rij = page.getByRole('region', { name: 'Betaalbatches' }).getByRole('row').filter({ hasText: batchKenmerk });
    await rij.getByText('Klaargezet', { exact: true }).waitFor();

    const uitvoering = page.getByRole('form', { name: 'Uitvoering vastleggen' });
    const batch = uitvoering.getByLabel('Berichtkenmerk');
    await batch.selectOption(await batch.locator('option', { hasText: batchKenmerk }).getAttribute('value'));
    await uitvoering.getByRole('button', { name: 'Uitvoering vastleggen' }).click();
    await page.getByRole('status').getByText(`Betaalbatch ${batchKenmerk} is uitgevoerd en geboekt.`).waitFor();
    await rij.getByText('Uitgevoerd', { exact: true }).waitFor();

    await page.goto(url(declaratie));
    await page.getByText('Betaald', { exact: true }).first().waitFor();
    assert.deepEqual(await ontvangersVan(`Uw declaratie ${kenmerk} (${OMSCHRIJVING}`), ['bewonersorganisatie@demo.gemeenschapskracht.nl'], 'the submitter hears it is paid');

    // From the group's books to the group's declaraties.
    await page.goto(url(openbaar.replace(/\/openbaar\?.*$/, '')));
    await page.getByRole('link', { name: 'De declaraties van deze groep' }).click();
    const vanGroep = page.getByRole('region', { name: 'Declaraties' });
    await vanGroep.getByRole('row').filter({ hasText: OMSCHRIJVING }).getByText('Betaald', { exact: true }).waitFor();
    assert.equal(await vanGroep.locator('tbody tr').filter({ hasNotText: 'Bewonersvereniging' }).count(), 0, 'only this group');
  });
  await withPage(browser, t, async (page) => {
    assert.equal(await uitgaven(page), uitgavenVooraf + 31240, `the public balance counts the € ${BEDRAG} under ${CATEGORIE}`);
    await checkPage(page, t, assert, { name: 'declaratie-openbare-balans' });
  });
});
