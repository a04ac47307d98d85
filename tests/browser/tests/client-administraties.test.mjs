// The back office in the client (route step 5): the demo host's back office opens a group's books (a year of demo
// bookings), tries an entry whose debits and credits differ (stopped in the form) and one in a closed month (refused by
// the server at the date, nothing booked), books a correct one and reverses it, and closes the oldest open month. The
// public finds the group in the public list and reads its balance without names; the group itself reads its books but cannot book.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland, jaarInNederland, maandInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const OMSCHRIJVING = `Verf voor de buurtbankjes (${Date.now()})`;
/** The administratie the first test opens; the later tests read it. */
let administratie = '';

/** Fills line `i` (0-based) of the booking form. */
async function regel(formulier, i, rekening, { debet = '', credit = '' }) {
  await formulier.getByLabel(`Rekening van regel ${i + 1}`, { exact: true }).selectOption({ label: rekening });
  await formulier.getByLabel(`Debet van regel ${i + 1}`, { exact: true }).fill(debet);
  await formulier.getByLabel(`Credit van regel ${i + 1}`, { exact: true }).fill(credit);
}

test('the back office books an entry in balance, is stopped at an unbalanced one and a closed month, reverses and closes a month', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: 'De administraties van bewonersgroepen', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Administraties' });
    await lijst.getByRole('row').filter({ hasText: 'Stichting Welzijn Voor Elkaar' }).first().waitFor();
    assert.equal(await lijst.locator('tbody tr').count(), 2, 'the host keeps the books of two demo groups');
    await checkPage(page, t, assert, { name: 'administraties-lijst' });
    await lijst.getByRole('link', { name: /^Bewonersvereniging/ }).click();
    await page.getByRole('heading', { level: 1, name: /^De boeken van Bewonersvereniging/ }).waitFor();
    administratie = new URL(page.url()).pathname;
    const balans = page.getByRole('region', { name: 'Saldibalans' });
    await balans.getByRole('rowheader', { name: '1100 Bank (rekening-courant)' }).waitFor();
    await page.getByRole('region', { name: 'Journaalposten' }).getByText('Tegengeboekt', { exact: true }).first().waitFor();
    await checkPage(page, t, assert, { name: 'administratie-detail' });

    const formulier = page.getByRole('form', { name: 'Een journaalpost boeken' });
    await formulier.getByLabel('Omschrijving', { exact: true }).fill(OMSCHRIJVING);
    await regel(formulier, 0, '4200 Activiteiten en materialen', { debet: '25,50' });
    await regel(formulier, 1, '1000 Kas', { credit: '25,00' });
    await formulier.getByText('nog niet in evenwicht').waitFor();
    await formulier.getByRole('button', { name: 'Boeken', exact: true }).click();
    await page.getByRole('alert').getByText(/Debet en credit zijn samen niet gelijk/).first().waitFor();

    // In balance, but dated in a month that is closed: the server refuses it at the date.
    await regel(formulier, 1, '1000 Kas', { credit: '25,50' });
    await formulier.getByLabel('Boekdatum', { exact: true }).fill(`${maandInNederland(-4)}-15`);
    expectHttpError(page, { status: 400, method: 'POST', url: `/api/v1${administratie}/journaalposten` });
    await formulier.getByRole('button', { name: 'Boeken', exact: true }).click();
    await page.locator('#boeking-boekdatum-fout').getByText(/is afgesloten; er wordt niet meer in geboekt/).waitFor();
    await checkPage(page, t, assert, { name: 'administratie-boeking-fout' });

    await formulier.getByLabel('Boekdatum', { exact: true }).fill(dagInNederland());
    await formulier.getByRole('button', { name: 'Boeken', exact: true }).click();
    await page.getByRole('status').getByText(/^Journaalpost \d+ is geboekt\.$/).waitFor();
    const posten = page.getByRole('region', { name: 'Journaalposten' });
    const rij = posten.getByRole('row').filter({ hasText: OMSCHRIJVING }).first();
    await rij.getByText(/4200 Activiteiten en materialen debet €\s25,50/).waitFor();

    // A mistake is never edited: it is reversed by a new entry.
    await rij.getByRole('button', { name: 'Tegenboeken', exact: true }).click();
    const tegen = page.getByRole('form', { name: /^Journaalpost \d+ tegenboeken$/ });
    await tegen.getByRole('button', { name: 'Tegenboeking maken', exact: true }).click();
    await tegen.getByText('Schrijf wat er fout was aan de boeking.').first().waitFor();
    await tegen.getByLabel('Wat was er fout?', { exact: true }).fill('De verf was voor de moestuin, niet voor de bankjes.');
    await tegen.getByRole('button', { name: 'Tegenboeking maken', exact: true }).click();
    await page.getByRole('status').getByText(/^Journaalpost \d+ is tegengeboekt\.$/).waitFor();
    await posten.getByRole('row').filter({ hasText: OMSCHRIJVING }).getByText('Tegengeboekt', { exact: true }).waitFor();
    await posten.getByRole('row').filter({ hasText: 'Tegenboeking' }).first().waitFor();

    // The oldest open month that is over and has nothing blocking it.
    const maanden = page.getByRole('region', { name: 'Maanden' });
    const sluit = maanden.getByRole('button', { name: / afsluiten$/ }).first();
    const naam = (await sluit.innerText()).replace(/ afsluiten$/, '').trim();
    await sluit.click();
    await page.getByRole('status').getByText(`${naam} is afgesloten.`, { exact: true }).waitFor();
    await maanden.getByRole('row').filter({ hasText: naam }).getByText('Afgesloten', { exact: true }).waitFor();
    await checkPage(page, t, assert, { name: 'administratie-na-boeken' });
  });
});

test('the public finds the group in the public list and reads its balance without names; the group reads its books but books nothing', async (t) => {
  assert.ok(administratie, 'the first test opened the administratie');
  await withPage(browser, t, async (page) => {
    // Found through the public list of groups, without an id.
    await page.goto(url('/administraties/openbaar?gemeente=voorbeeldstad'));
    const groepen = page.getByRole('region', { name: 'Openbare balansen van bewonersgroepen' });
    await groepen.getByRole('row').filter({ hasText: 'Stichting Welzijn Voor Elkaar' }).first().waitFor();
    await checkPage(page, t, assert, { name: 'administraties-openbaar' });
    await groepen.getByRole('link', { name: /^Bewonersvereniging/ }).click();
    await page.waitForURL((u) => u.pathname === `${administratie}/openbaar`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Bewonersvereniging .* in ${jaarInNederland()}$`) }).waitFor();
    await page.getByRole('region', { name: 'Uitgaven per soort' }).getByRole('rowheader').first().waitFor();
    await page.getByText(/De boeken worden bijgehouden door Stichting Welzijn Voor Elkaar, voor 2 groepen samen/).waitFor();
    const tekst = await page.getByRole('main').innerText();
    assert.doesNotMatch(tekst, /Demo backoffice|Verf voor de buurtbankjes/, 'no names and no entry descriptions');
    await checkPage(page, t, assert, { name: 'administratie-openbaar' });
  });
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.getByRole('link', { name: 'De boeken van uw groep', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Administraties' });
    await lijst.getByRole('link', { name: /^Bewonersvereniging/ }).click();
    await page.getByRole('region', { name: 'Saldibalans' }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Een journaalpost boeken' }).count(), 0, 'the group does not book');
    assert.equal(await page.getByRole('button', { name: 'Tegenboeken' }).count(), 0);
  });
});
