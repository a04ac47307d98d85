// (2) Keyboard only: Tab from the top reaches the skip link, e-mail, password and button, each with a visible focus.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, url, withPage } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(), href: el.getAttribute('href'),
    outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth,
    onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0,
  };
});

test('Tab order on /account/aanmelden: skip link, e-mail, password, button, each visibly focused', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/account/aanmelden'));
  const expected = [
    { name: 'skip link', match: (f) => f.tag === 'a' && f.href === '#inhoud' },
    { name: 'e-mail field', match: (f) => f.tag === 'input' && f.id === 'Email' },
    { name: 'password field', match: (f) => f.tag === 'input' && f.id === 'Wachtwoord' },
    { name: 'sign-in button', match: (f) => f.tag === 'button' && f.text === 'Aanmelden' },
  ];
  for (const step of expected) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(step.match(f), `expected focus on the ${step.name}, got ${JSON.stringify(f)}`);
    assert.notEqual(f.outlineStyle, 'none', `${step.name} has a visible focus outline: ${JSON.stringify(f)}`);
    assert.notEqual(f.outlineWidth, '0px', `${step.name} outline width`);
    assert.ok(f.onScreen, `${step.name} is on screen when focused`);
  }
}));

test('the skip link moves focus to the main content', (t) => withPage(browser, t, async (page) => {
  await page.goto(url('/account/aanmelden'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'inhoud');
}));
