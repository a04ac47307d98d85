// (4, 5) Real sign-ins through the OpenID Connect authorization endpoint (code + PKCE) of the web client.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO, launchBrowser, withPage } from '../lib/harness.mjs';
import { decodeJwtPayload, fillPassword, fillTotp, redeemCode, REDIRECT_URI, startAuthorize } from '../lib/flows.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function expectCode(callback, verifier) {
  const target = await callback;
  assert.equal(target.origin + target.pathname, REDIRECT_URI);
  assert.equal(target.searchParams.get('state'), 's');
  assert.equal(target.searchParams.get('error'), null, `no error: ${target.searchParams.get('error_description')}`);
  const code = target.searchParams.get('code');
  assert.ok(code, `a code in ${target}`);
  const token = await redeemCode(code, verifier);
  assert.equal(token.status, 200, JSON.stringify(token.body));
  assert.ok(token.body.access_token, 'access token');
  return decodeJwtPayload(token.body.id_token);
}

test('raadslid (no two-factor) signs in and the client gets a code', (t) => withPage(browser, t, async (page) => {
  const { verifier, callback } = await startAuthorize(page);
  await page.waitForURL(/\/account\/aanmelden\b/);
  await fillPassword(page, DEMO.email('raadslid'));
  const idToken = await expectCode(callback, verifier);
  assert.equal(idToken.email, DEMO.email('raadslid'));
}));

test('gemeente-beheerder signs in with a TOTP code and the client gets a code', (t) => withPage(browser, t, async (page) => {
  const { verifier, callback } = await startAuthorize(page);
  await page.waitForURL(/\/account\/aanmelden\b/);
  await fillPassword(page, DEMO.email('gemeente-beheerder'));
  await page.waitForURL(/\/account\/tweestaps\b/);
  await fillTotp(page);
  const idToken = await expectCode(callback, verifier);
  assert.equal(idToken.email, DEMO.email('gemeente-beheerder'));
}));
