// A gemeente's own look: the gemeente-beheerder saves a theme and a logo; every page then uses them and
// still has zero axe violations (the neutral theme is covered by the other client tests).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Buffer } from 'node:buffer';
import { expectNoAxeViolations, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the gemeente-beheerder chooses the green theme and a logo, and the pages stay accessible', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.goto(url('/instellingen'));
  await page.getByRole('radio', { name: /Groen/ }).check();
  await page.getByRole('button', { name: 'Thema opslaan' }).click();
  await page.getByText('Het thema Groen is opgeslagen.').or(page.getByText(/thema groen is opgeslagen/i)).first().waitFor();

  await page.getByLabel('Nieuw logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Logo uploaden' }).click();
  await page.getByText('Het nieuwe logo is opgeslagen.').waitFor();
  await expectNoAxeViolations(page, t, assert);

  for (const path of ['/', '/wijken', '/leden']) {
    await page.goto(url(path));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForFunction(() => document.getElementById('thema')?.getAttribute('href')?.endsWith('/groen.css'));
    await page.getByRole('img', { name: /^Logo van / }).first().waitFor();
    await expectNoAxeViolations(page, t, assert);
  }
}));
