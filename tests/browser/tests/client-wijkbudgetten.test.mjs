// Route step 4 in the client: the public reads the demo gemeente's wijkbudgetten, the pilotwijk's running budget
// (years released under the begroting, what the money is for, the change on record) and the methodiek with its
// proposal per wijk that adds up to the envelope; the griffie records the raad's grant of the proposed budget.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with a running wijkbudget (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/wijkbudgetten`);
    if (r.ok && (await r.json()).items.some((b) => b.status === 'lopend')) return slug;
  }
  throw new Error('geen demogemeente met een lopend wijkbudget');
}

test('the public reads a running wijkbudget and how the budgets are divided', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url(`/wijkbudgetten?gemeente=${slug}`));
  const tabel = page.getByRole('region', { name: 'Wijkbudgetten' });
  await tabel.getByText('Lopend', { exact: true }).first().waitFor();
  assert.equal(await tabel.getByText('Voorgesteld', { exact: true }).count(), 0, 'the public sees no proposals');
  await checkPage(page, t, assert, { name: 'wijkbudgetten-publiek' });

  await tabel.getByRole('row').filter({ hasText: 'Lopend' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: /^Wijkbudget / }).waitFor();
  const jaren = page.getByRole('region', { name: 'Het budget per jaar' });
  await jaren.getByText('Vrijgegeven', { exact: true }).first().waitFor();
  assert.ok(await jaren.getByText('Voorbehouden', { exact: true }).count() > 0, 'later years wait for their begroting');
  await page.getByText(/De jongerenplek krijgt vanaf het derde jaar/).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-publiek' });

  await page.goto(url(`/wijkbudgetten/methodiek?gemeente=${slug}`));
  const toedeling = page.getByRole('region', { name: 'Voorstel per wijk' });
  await toedeling.waitFor();
  await page.getByRole('heading', { name: 'Zo wordt afgerond' }).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudgetten-methodiek' });
}));

test('the griffie records the grant of the proposed wijkbudget', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'griffie');
  await page.goto(url('/wijkbudgetten'));
  const tabel = page.getByRole('region', { name: 'Wijkbudgetten' });
  await tabel.getByRole('row').filter({ hasText: 'Voorgesteld' }).getByRole('link').click();
  await page.getByText('Dit is een voorstel; de gemeenteraad heeft er nog niet over besloten.').waitFor();
  await page.getByRole('button', { name: 'Toekenning vastleggen' }).click();
  await page.locator('#kenmerk-fout').waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-toekennen' });
  await page.getByLabel('Datum van het raadsbesluit').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Kenmerk van het raadsbesluit').fill('RB-WB-020');
  await page.getByRole('button', { name: 'Toekenning vastleggen' }).click();
  await page.getByText(/Toegekend door de gemeenteraad: Raadsbesluit van .* \(RB-WB-020\)/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Toekenning vastleggen' }).count(), 0);
}));
