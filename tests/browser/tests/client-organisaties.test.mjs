// The register of organisations: a beleidsmedewerker adds one (the API's field error shown at its field first),
// finds it in the list with the name filter and opens it; a raadslid reads the register but cannot add.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { hoofdmenu, signInThroughClient } from '../lib/client.mjs';

// The form offers the publieke waarden of the kader in force; run on its own there is none yet.
const GEEN_KADER = { status: 404, method: 'GET', url: '/api/v1/beleidskaders/geldend' };

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a beleidsmedewerker adds an organisation and finds it in the register', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await hoofdmenu(page).getByRole('link', { name: 'Organisaties', exact: true }).click();
  await page.waitForURL(/\/organisaties$/);
  await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .laden'));
  await checkPage(page, t, assert);

  const naam = `Buurtvereniging De Linde ${Date.now()}`;
  await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
  await page.waitForURL(/\/organisaties\/nieuw$/);
  await page.getByLabel('Naam').fill(naam);
  await page.getByLabel('Rechtsvorm').selectOption('vereniging');
  await page.getByLabel('KvK-nummer').fill('12345678');
  await page.getByRole('group', { name: 'Wijken' }).getByRole('checkbox').first().check();
  await page.getByLabel('Website').fill('geen webadres');
  await checkPage(page, t, assert);

  expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/organisaties' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.locator('#website-fout').waitFor();
  assert.equal(await page.getByLabel('Website').getAttribute('aria-invalid'), 'true');
  await checkPage(page, t, assert, { name: 'organisaties-nieuw-veldfout' });

  await page.getByLabel('Website').fill('https://delinde.example');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/organisaties\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1, name: naam }).waitFor();
  await checkPage(page, t, assert, { name: 'organisaties-detail' });

  await page.getByRole('link', { name: 'Terug naar de organisaties' }).click();
  await page.getByLabel('Zoek op naam').fill('De Linde');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.getByRole('link', { name: naam }).waitFor();
  await checkPage(page, t, assert, { name: 'organisaties-gefilterd' });
}, { expectedErrors: [GEEN_KADER] }));

test('a raadslid reads the register but is not offered to add an organisation', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid');
  await page.goto(url('/organisaties'));
  await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .laden'));
  assert.equal(await page.getByRole('link', { name: 'Organisatie toevoegen' }).count(), 0);
  await checkPage(page, t, assert, { name: 'organisaties-raadslid' });
}));
