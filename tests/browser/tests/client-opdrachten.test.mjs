// Contracts with zzp'ers and the host's coordinators in the client (route step 5, R5.5): the back office records a
// contract for a group (every field says what it needs; the host's own coordinator is refused as a zzp'er), records an
// invoice under it that is refused while its amount is not hours × rate and accepted when it is, which makes it a
// submitted declaratie; and records a coordinator who supports one of the host's groups.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const RUN = Date.now();
const ZZPER = `Kookstudio Smaakvol ${RUN}`;
const COORDINATOR = `Ahmed Bakker ${RUN}`;
/** A 1×1 PNG: a photo of the invoice, in small. */
const FOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Today in the Netherlands as yyyy-mm-dd, and the first of this month. */
const VANDAAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const BEGIN = `${VANDAAG.slice(0, 8)}01`;
const EIND = `${Number(VANDAAG.slice(0, 4)) + 1}${VANDAAG.slice(4, 8)}01`;

/** The contract the first test made ("/opdrachten/<id>"); the second records an invoice under it. */
let opdracht = '';

test('the back office records a contract with a zzp\'er; empty fields and the host\'s own coordinator are refused', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: "Opdrachten aan zzp'ers", exact: true }).click();
    const lijst = page.getByRole('region', { name: "Opdrachten aan zzp'ers" });
    await lijst.getByRole('row').filter({ hasText: 'Sportcoach Yusuf Demir' }).getByText('5 van 40 uur').waitFor();
    await checkPage(page, t, assert, { name: 'opdrachten-lijst' });

    await page.getByRole('link', { name: 'Nieuwe opdracht', exact: true }).click();
    const formulier = page.getByRole('form', { name: "Nieuwe opdracht aan een zzp'er" });
    await formulier.getByRole('button', { name: 'Opdracht vastleggen' }).click();
    await page.locator('#opdracht-administratieId-fout').getByText("Kies de groep die de zzp'er inhuurt.").waitFor();
    await page.locator('#opdracht-kvknummer-fout').getByText('Het KvK-nummer bestaat uit acht cijfers.').waitFor();
    await page.locator('#opdracht-rekening-fout').getByText('Kies de kostensoort.').waitFor();
    await checkPage(page, t, assert, { name: 'opdracht-nieuw-fouten' });

    const groep = formulier.getByLabel('Groep', { exact: true });
    await groep.selectOption(await groep.locator('option', { hasText: 'Bewonersvereniging' }).getAttribute('value'));
    await formulier.getByLabel("Naam van de zzp'er (handelsnaam)").fill('Sanne de Vries');
    await formulier.getByLabel('KvK-nummer').fill('69599084');
    await formulier.getByLabel("IBAN van de zzp'er").fill('NL91 ABNA 0417 1643 00');
    await formulier.getByLabel("Wat doet de zzp'er voor de groep?").fill('Kookles voor buurtbewoners in het buurthuis, elke donderdagavond.');
    await formulier.getByLabel('Uren in de hele periode').fill('20');
    await formulier.getByLabel('Uurtarief in euro, zonder btw').fill('45');
    await formulier.getByLabel('Begindatum').fill(BEGIN);
    await formulier.getByLabel('Einddatum').fill(EIND);
    const rekening = formulier.getByLabel('Kostensoort');
    await rekening.locator('option', { hasText: 'Activiteiten' }).waitFor({ state: 'attached' });
    await rekening.selectOption(await rekening.locator('option', { hasText: 'Activiteiten' }).getAttribute('value'));
    // The host employs Sanne de Vries: her work is paid as wages, never as a group's invoice.
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/opdrachtovereenkomsten' });
    await formulier.getByRole('button', { name: 'Opdracht vastleggen' }).click();
    await page.locator('#opdracht-opdrachtnemer-fout').getByText(/als coördinator in dienst van de host/).waitFor();
    assert.match(new URL(page.url()).pathname, /\/opdrachten\/nieuw$/, 'nothing was saved');

    await formulier.getByLabel("Naam van de zzp'er (handelsnaam)").fill(ZZPER);
    await formulier.getByRole('button', { name: 'Opdracht vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: ZZPER }).waitFor();
    opdracht = new URL(page.url()).pathname;
    await page.getByText('0 van 20 uur').first().waitFor();
    await page.getByText('Er zijn nog geen facturen onder deze opdracht.').waitFor();
    await checkPage(page, t, assert, { name: 'opdracht-nieuw' });
  });
});

test('an invoice whose amount is not hours × rate is refused; the right one becomes a submitted declaratie', async (t) => {
  assert.ok(opdracht, 'the first test made the contract');
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.goto(url(opdracht));
    await page.getByRole('link', { name: 'Factuur vastleggen' }).click();
    const formulier = page.getByRole('form', { name: 'Factuur vastleggen' });
    await formulier.getByLabel('De factuur', { exact: true }).setInputFiles({ name: 'factuur.png', mimeType: 'image/png', buffer: FOTO });
    await formulier.getByLabel('Factuurnummer').fill(`F-${RUN}`);
    await formulier.getByLabel('Gefactureerd vanaf').fill(BEGIN);
    await formulier.getByLabel('Gefactureerd tot en met').fill(VANDAAG);
    await formulier.getByLabel('Aantal uren').fill('2,5');
    // 2.5 h × € 45 = € 112,50, 21 % VAT = € 23,625, rounded half away from zero: € 23,63.
    await page.getByRole('status').getByText(/hoort bij 2,5 uur €\s112,50 zonder btw en €\s23,63 btw/).waitFor();
    await formulier.getByLabel('Bedrag zonder btw, in euro').fill('110');
    await formulier.getByLabel('Btw, in euro', { exact: true }).fill('23,10');
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/opdrachtovereenkomsten/' });
    await formulier.getByRole('button', { name: 'Factuur indienen' }).click();
    await page.locator('#factuur-bedragExclusief-fout').getByText(/is niet 2,5 uur × €\s45,00 = €\s112,50/).waitFor();
    await checkPage(page, t, assert, { name: 'opdracht-factuur-fout' });

    await formulier.getByLabel('Bedrag zonder btw, in euro').fill('112,50');
    await formulier.getByLabel('Btw, in euro', { exact: true }).fill('23,63');
    await formulier.getByRole('button', { name: 'Factuur indienen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Declaratie DEC-\d{4}-\d+$/ }).waitFor();
    await page.getByText('Ingediend', { exact: true }).first().waitFor();
    await page.getByText(/2,5 uur: €\s112,50 zonder btw plus €\s23,63 btw/).waitFor();
    await checkPage(page, t, assert, { name: 'opdracht-factuur-declaratie' });

    await page.getByRole('link', { name: `Factuur F-${RUN} van ${ZZPER}` }).click();
    await page.waitForURL((u) => u.pathname === opdracht);
    await page.getByText('2,5 van 20 uur').first().waitFor();
    await page.getByRole('region', { name: 'Facturen' }).getByRole('row').filter({ hasText: `F-${RUN}` }).getByText('Ingediend').waitFor();
  });
});

test('the back office records a coordinator of its host for one of its groups', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: 'Coördinatoren van de host', exact: true }).first().click();
    const lijst = page.getByRole('region', { name: 'Coördinatoren van de host' });
    await lijst.getByRole('row').filter({ hasText: 'Sanne de Vries' }).waitFor();
    await page.getByText(/loonadministratie van de host/).waitFor();
    await checkPage(page, t, assert, { name: 'coordinatoren-lijst' });

    await page.getByRole('link', { name: 'Nieuwe coördinator', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Nieuwe coördinator' });
    await formulier.getByLabel('Naam', { exact: true }).fill(COORDINATOR);
    await formulier.getByLabel('Functie bij de host').fill('Buurtcoördinator');
    await formulier.getByLabel('Uren per week').fill('45');
    await formulier.getByLabel('In dienst sinds').fill(BEGIN);
    await formulier.getByRole('checkbox', { name: /^Bewonersvereniging/ }).check();
    await formulier.getByRole('button', { name: 'Coördinator vastleggen' }).click();
    await page.locator('#coordinator-urenPerWeek-fout').getByText(/hoogstens 40/).waitFor();
    await checkPage(page, t, assert, { name: 'coordinator-nieuw-fouten' });

    await formulier.getByLabel('Uren per week').fill('16');
    await formulier.getByRole('button', { name: 'Coördinator vastleggen' }).click();
    const rij = page.getByRole('region', { name: 'Coördinatoren van de host' }).getByRole('row').filter({ hasText: COORDINATOR });
    await rij.getByText('Bewonersvereniging', { exact: false }).waitFor();
    await rij.getByText('16', { exact: true }).waitFor();
  });
});
