// The platform-beheerder adds a gemeente through the client and watches its provisioning finish; an unknown
// gemeentecode comes back from the API as a field error shown next to the field.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function vulFormulier(page, { naam, slug, code }) {
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('Korte naam (slug)').fill(slug);
  await page.getByLabel('Gemeentecode').fill(code);
  await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
}

test('the platform-beheerder creates Heideveen (GM9903), sees it provisioned, and an unknown code gets a field error', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'platform-beheerder', { axe: { t, assert } });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gemeenten', exact: true }).click();
  await page.waitForURL(/\/gemeenten$/);
  await page.getByRole('cell', { name: 'Voorbeeldstad' }).or(page.getByRole('link', { name: 'Voorbeeldstad' })).first().waitFor();
  await checkPage(page, t, assert);

  await page.getByRole('link', { name: 'Nieuwe gemeente' }).first().click();
  await page.waitForURL(/\/gemeenten\/nieuw$/);
  await page.getByRole('heading', { level: 1, name: 'Nieuwe gemeente' }).waitFor();
  await checkPage(page, t, assert);

  await vulFormulier(page, { naam: 'Heideveen', slug: 'heideveen', code: 'GM9903' });
  await page.waitForURL(/\/gemeenten\/heideveen$/);
  await page.getByRole('heading', { level: 1, name: 'Heideveen' }).waitFor();
  const status = page.getByRole('status').filter({ hasText: /ingericht|inrichting/i });
  await status.first().waitFor();
  await checkPage(page, t, assert, { name: 'gemeenten-detail-inrichting' }); // usually while pending/running, with a progress bar
  await status.filter({ hasText: /De gemeente is ingericht: \d+ gebieden\./ }).waitFor({ timeout: 60_000 });
  const klaar = await status.filter({ hasText: /De gemeente is ingericht/ }).innerText();
  const gebieden = Number(/(\d+) gebieden/.exec(klaar)[1]);
  assert.ok(gebieden > 0, `provisioning finished with ${gebieden} gebieden`);
  await page.getByText('Ingericht', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'gemeenten-detail-ingericht' });

  // Unknown gemeentecode: the API answers with a field error for gemeentecode, shown next to that field.
  await page.goto(url('/gemeenten/nieuw'));
  await page.getByRole('heading', { level: 1, name: 'Nieuwe gemeente' }).waitFor();
  expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/gemeenten' }); // the unknown code, on purpose
  await vulFormulier(page, { naam: 'Nergensdorp', slug: 'nergensdorp', code: 'GM0000' });
  const veld = page.getByLabel('Gemeentecode');
  await assert.doesNotReject(veld.and(page.locator('[aria-invalid="true"]')).waitFor(), 'gemeentecode marked aria-invalid');
  const beschreven = (await veld.getAttribute('aria-describedby')) ?? '';
  const teksten = await Promise.all(beschreven.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  assert.ok(teksten.some((x) => /GM0000/.test(x) && /komt niet voor/.test(x)),
    `the field's description (aria-describedby="${beschreven}") carries the API's error; got: ${JSON.stringify(teksten)}`);
  assert.match(page.url(), /\/gemeenten\/nieuw$/);
  await checkPage(page, t, assert, { name: 'gemeenten-nieuw-veldfout' });
}));
