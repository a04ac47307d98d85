// The Angular web client served by the API: sign-in through the product's own server, browsing the
// wijkindeling, and zero axe violations on every screen visited. Skipped nowhere: run.sh builds nothing,
// scripts/test.sh builds the client first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO, expectNoAxeViolations, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { fillPassword, fillTotp } from '../lib/flows.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** From the client's start page through the server's sign-in pages and back into the client. */
async function signInThroughClient(page, rol, { twoFactor = false } = {}) {
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Aanmelden' }).first().click();
  await page.waitForURL(/\/aanmelden\b/);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL(/\/account\/aanmelden\b/);
  await fillPassword(page, DEMO.email(rol));
  if (twoFactor)
    await fillTotp(page);
  await page.waitForURL((u) => !u.pathname.startsWith('/account') && !u.pathname.startsWith('/auth') && !u.pathname.startsWith('/connect'), { timeout: 30_000 });
}

test('an anonymous visitor sees the start page with a sign-in link, in Dutch and accessible', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/'));
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.getByRole('link', { name: 'Aanmelden' }).first().waitFor();
  await expectNoAxeViolations(page, t, assert);
}));

test('a raadslid signs in through the client and browses the wijkindeling with CBS figures and their source', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid');
  await expectNoAxeViolations(page, t, assert);

  await page.goto(url('/wijken'));
  const firstWijk = page.getByRole('link', { name: /WK9901/ }).first();
  await firstWijk.waitFor();
  await expectNoAxeViolations(page, t, assert);

  await firstWijk.click();
  await page.getByText(/bron: fictief: Fictieve demodata wijken en buurten 2024, 2024/).first().waitFor();
  await expectNoAxeViolations(page, t, assert);
}));

test('a gemeente-beheerder signs in with two-factor and sees the members of the gemeente', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder', { twoFactor: true });
  await page.goto(url('/leden'));
  await page.getByText(DEMO.email('raadslid')).first().waitFor();
  await expectNoAxeViolations(page, t, assert);
}));

test('an unknown address shows the Dutch not-found page', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/bestaat-niet'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /niet gevonden/i);
  await expectNoAxeViolations(page, t, assert);
}));
