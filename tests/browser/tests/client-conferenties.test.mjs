// Ervaringsconferenties (R6.5) in the client, on the demo: the public reads the held conference with its lessons and
// registers for the coming one (without consent it is refused next to the box), then unsubscribes by the mailed link;
// the gemeente plans a new conference (a programme line without a time is refused) and sees who registered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { linkIn } from '../lib/mail.mjs';

let browser;
let gemeente = '';
before(async () => {
  browser = await launchBrowser();
  gemeente = await demoGemeente();
});
after(async () => { await browser?.close(); });

const EMAIL = `buur-${Date.now()}@example.org`;
const KOMEND = 'Wat doen we samen met het wijkbudget?';

/** The demo gemeente with conferences: Amsterdam when the CBS data is beside the project, else Voorbeeldstad. */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/ervaringsconferenties`);
    if (r.ok && (await r.json()).items.length > 0) return slug;
  }
  throw new Error('geen demogemeente met ervaringsconferenties');
}

test('the public reads the conferences: the held one with its lessons', async (t) => {
  await withPage(browser, t, async (page) => {
    await page.goto(url(`/ervaringsconferenties?gemeente=${gemeente}`));
    await page.getByRole('heading', { level: 1, name: 'Ervaringsconferenties', exact: true }).waitFor();
    const gehouden = page.getByRole('article', { name: 'Niemand eenzaam in de portiekflat', exact: true });
    await gehouden.getByRole('heading', { level: 3, name: 'Wat we leerden', exact: true }).waitFor();
    await gehouden.getByText('Een vaste tafel op een vaste dag werkt beter dan een nieuw project.').waitFor();
    await checkPage(page, t, assert, { name: 'conferenties' });
  });
});

test('a resident registers with consent and unsubscribes by the mailed link', async (t) => {
  await withPage(browser, t, async (page) => {
    await page.goto(url(`/ervaringsconferenties?gemeente=${gemeente}`));
    await page.getByRole('link', { name: `${KOMEND} bekijken en aanmelden`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: KOMEND, exact: true }).waitFor();
    await page.getByLabel('Uw naam of voorletters').fill('J. de Buur');
    await page.getByLabel('Uw e-mailadres').fill(EMAIL);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByText('Zonder toestemming kunt u zich niet aanmelden.').first().waitFor();
    await checkPage(page, t, assert, { name: 'conferentie-aanmelden-fout' });
    await page.getByLabel('Ik geef toestemming').check();
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('status').getByText(/^U bent aangemeld\./).waitFor();
    await page.getByText('1 van 80 plaatsen bezet').waitFor();

    const link = await linkIn(EMAIL, /(\/ervaringsconferenties\/[0-9a-f-]+\/afmelden\?sleutel=[A-Za-z0-9%_-]+&gemeente=[a-z0-9-]+)/);
    await page.goto(url(link));
    await page.getByRole('heading', { level: 1, name: 'Afmelden voor een ervaringsconferentie', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await page.getByText('U bent afgemeld; uw naam en e-mailadres zijn verwijderd.').waitFor();
    await checkPage(page, t, assert, { name: 'conferentie-afgemeld' });
  });
});

test('the gemeente plans a conference and sees who registered', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url('/ervaringsconferenties/nieuw'));
    await page.getByRole('heading', { level: 1, name: 'Een ervaringsconferentie plannen', exact: true }).waitFor();
    const dag = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Titel', { exact: true }).fill('Jong en oud in de wijk');
    await page.getByLabel('Thema', { exact: true }).fill('Ontmoeting');
    await page.getByLabel('Datum', { exact: true }).fill(dag);
    await page.getByLabel('Plek', { exact: true }).fill('De bibliotheek');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Wat leren jongeren en ouderen van elkaar?');
    await page.getByLabel('Programma, één onderdeel per regel: tijd en onderdeel').fill('Welkom door de wethouder');
    await page.getByRole('button', { name: 'Plannen', exact: true }).click();
    await page.getByText('Begin elke regel met een tijd, dan het onderdeel.').first().waitFor();
    await checkPage(page, t, assert, { name: 'conferentie-plannen-fout' });
    await page.getByLabel('Programma, één onderdeel per regel: tijd en onderdeel').fill('19:30 Welkom\n19:45 Gesprekken aan tafels');
    await page.getByRole('button', { name: 'Plannen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jong en oud in de wijk', exact: true }).waitFor();
    await page.getByText('Nog niemand aangemeld.').waitFor();

    await page.goto(url('/ervaringsconferenties'));
    await page.getByRole('link', { name: `${KOMEND} bekijken en aanmelden`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Aanmeldingen', exact: true }).waitFor();
    await page.getByText('afgemeld', { exact: true }).first().waitFor();
    assert.equal(await page.getByText(EMAIL).count(), 0, 'the unsubscribed address is gone');
    await checkPage(page, t, assert, { name: 'conferentie-beheer' });
  });
});
