// (3) Error states of the sign-in form: announced in role="alert", fields marked aria-invalid, still accessible.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { fillPassword } from '../lib/flows.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// An account that no other test signs in with, so one failed attempt cannot get in the way (lockout after five).
const account = DEMO.email('beleidsmedewerker');

test('a wrong password: error in role="alert", password field aria-invalid, zero axe violations', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/account/aanmelden'));
  await fillPassword(page, account, 'Verkeerd-wachtwoord-1');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /wachtwoord klopt niet/);
  assert.ok(await alert.evaluate((el) => el.contains(document.activeElement)), 'focus moves to the error summary');
  await checkPage(page, t, assert, { name: 'account-aanmelden-verkeerd-wachtwoord' });
  assert.equal(await page.locator('#Wachtwoord').getAttribute('aria-invalid'), 'true',
    'the password field is marked aria-invalid="true" after a wrong password');
}));

test('an empty password: error in role="alert" linked to the field, aria-invalid, zero axe violations', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/account/aanmelden'));
  await fillPassword(page, account, '');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Vul uw wachtwoord in/);
  const field = page.locator('#Wachtwoord');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await field.getAttribute('aria-describedby'), /Wachtwoord-fout/);
  assert.equal(await page.locator('#Email').inputValue(), account, 'the e-mail address is kept');
  await checkPage(page, t, assert, { name: 'account-aanmelden-leeg-wachtwoord' });
}));
