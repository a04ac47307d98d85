// (1) Every sign-in page: lang="nl", exactly one h1, NL Design System styles applied, zero axe WCAG 2.1 AA violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO, checkPage, launchBrowser, screenshot, url, withPage } from '../lib/harness.mjs';
import { fillPassword, fillTotp } from '../lib/flows.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function expectAccessiblePage(page, t, { h1, name }) {
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'html lang');
  const headings = page.locator('h1');
  assert.equal(await headings.count(), 1, 'exactly one h1');
  if (h1) assert.equal((await headings.textContent()).trim(), h1);
  // Styles (the NL Design System stylesheets loaded and applied), axe, screenshots.
  await checkPage(page, t, assert, { name });
}

describe('sign-in pages without a session', () => {
  const pages = [
    { path: '/account/aanmelden', h1: 'Aanmelden' },
    { path: '/account/afmelden', h1: 'Afmelden' },
    { path: '/account/wachtwoord-vergeten', h1: 'Wachtwoord vergeten' },
    { path: '/account/wachtwoord-herstellen', h1: 'Nieuw wachtwoord kiezen' },
    { path: '/account/uitnodiging?token=x', h1: 'Uitnodiging aannemen', text: /bestaat niet/, name: 'account-uitnodiging-onbekend' },
  ];
  for (const p of pages) {
    test(p.path, (t) => withPage(browser, t, async (page) => {
      const response = await page.goto(url(p.path));
      assert.equal(response.status(), 200);
      if (p.text) assert.match(await page.locator('main').innerText(), p.text);
      await expectAccessiblePage(page, t, p);
    }));
  }

  test('the sign-in page is styled with the NL Design System (screenshot aanmelden.png)', (t) => withPage(browser, t, async (page) => {
    const css = [];
    page.on('response', (r) => { if (r.url().includes('/lib/nl-design-system/')) css.push(r.status()); });
    await page.goto(url('/account/aanmelden'));
    assert.ok(css.length >= 2 && css.every((s) => s === 200), `NL Design System CSS loaded: ${css}`);
    const button = page.getByRole('button', { name: 'Aanmelden' });
    assert.notEqual(await button.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)', 'themed button');
    t.diagnostic(`screenshot: ${await screenshot(page, 'aanmelden')}`);
  }));
});

describe('sign-in pages within a session (backoffice: two-factor, two gemeenten)', () => {
  test('tweestaps, gemeente-kiezen and tweestaps-instellen', (t) => withPage(browser, t, async (page) => {
    await page.goto(url('/account/aanmelden?ReturnUrl=' + encodeURIComponent('/account/gemeente-kiezen')));
    await fillPassword(page, DEMO.email('backoffice'));
    await page.waitForURL(/\/account\/tweestaps\b/);
    await t.test('/account/tweestaps', (st) => expectAccessiblePage(page, st, { h1: 'Inloggen met een tweede stap' }));

    await fillTotp(page);
    await page.waitForURL(/\/account\/gemeente-kiezen\b/);
    assert.equal(await page.getByRole('radio').count(), 2, 'two gemeenten to choose from');
    await t.test('/account/gemeente-kiezen', (st) => expectAccessiblePage(page, st, { h1: 'Kies een gemeente' }));

    await page.goto(url('/account/tweestaps-instellen'));
    await t.test('/account/tweestaps-instellen', (st) => expectAccessiblePage(page, st, { h1: 'Tweestapsverificatie instellen' }));
  }));
});
