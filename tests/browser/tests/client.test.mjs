// The Angular web client served by the API: sign-in through the product's own server, browsing the
// wijkindeling, and every screen visited checked (styles, axe, screenshots). Skipped nowhere: run.sh builds
// nothing, scripts/test.sh builds the client first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('an anonymous visitor sees the start page with a sign-in link, in Dutch and accessible', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/'));
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.getByRole('link', { name: 'Aanmelden' }).first().waitFor();
  await checkPage(page, t, assert, { name: 'start-anoniem' });
}));

test('a raadslid signs in through the client and browses the wijkindeling with CBS figures and their source', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid');
  await checkPage(page, t, assert, { name: 'start-raadslid' });

  await page.goto(url('/wijken'));
  const firstWijk = page.getByRole('row', { name: /WK9901/ }).getByRole('link').first();
  await firstWijk.waitFor();
  await checkPage(page, t, assert);

  await firstWijk.click();
  await page.getByText(/bron: fictief: Fictieve demodata wijken en buurten 2024, 2024/).first().waitFor();
  await checkPage(page, t, assert);
}));

test('a gemeente-beheerder signs in with two-factor and sees the members of the gemeente', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.goto(url('/leden'));
  await page.getByText(DEMO.email('raadslid')).first().waitFor();
  await checkPage(page, t, assert);
}));

test('an unknown address shows the Dutch not-found page', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/bestaat-niet'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /niet gevonden/i);
  await checkPage(page, t, assert, { name: 'niet-gevonden' });
}));

test('the breadcrumb shows its links in one row, without list numbers, separated by the NL Design System separator', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.goto(url('/leden/uitnodigen'));
  const kruimelpad = page.getByRole('navigation', { name: 'Kruimelpad' });
  await kruimelpad.getByRole('link', { name: 'Start', exact: true }).waitFor();
  const vorm = await kruimelpad.evaluate((nav) => {
    const list = nav.querySelector('ol');
    const items = [...nav.querySelectorAll('.utrecht-breadcrumb-nav__item')];
    const boxes = items.map((li) => li.getBoundingClientRect());
    return {
      listStyle: getComputedStyle(list).listStyleType,
      display: getComputedStyle(list).display,
      items: items.map((li) => li.textContent.trim()),
      oneRow: boxes.every((b) => Math.abs(b.top - boxes[0].top) < 2),
      overlap: boxes.some((b, i) => i > 0 && b.left < boxes[i - 1].right - 0.5),
      separators: nav.querySelectorAll('.utrecht-breadcrumb-nav__separator[aria-hidden="true"]').length,
    };
  });
  assert.equal(vorm.listStyle, 'none', 'no list numbers (utrecht-breadcrumb-nav__list--html-ol)');
  assert.equal(vorm.display, 'flex');
  assert.deepEqual(vorm.items, ['Start', 'Gebruikers', 'Uitnodigen']);
  assert.ok(vorm.oneRow && !vorm.overlap, `the items sit side by side without overlapping: ${JSON.stringify(vorm)}`);
  assert.equal(vorm.separators, 2, 'a hidden-from-assistive-technology separator between the items');
  assert.equal(await kruimelpad.getByText('Uitnodigen').getAttribute('aria-current'), 'page');
  await checkPage(page, t, assert);
}));
