// A gemeente's own look: the gemeente-beheerder saves a theme and a logo; every page then uses them and
// still has zero axe violations. A second test visits the main client pages once in each of the four
// themes (one test per theme; screenshots at 1280 and 375 px in artifacts/browser/pages/) and ends on the neutral theme again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Buffer } from 'node:buffer';
import { checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The themes (angular-client/src/app/thema/thema.ts THEMAS) with the name the settings screen shows. */
const THEMAS = [['neutraal', 'Neutraal'], ['stad', 'Stad'], ['groen', 'Groen'], ['hoog-contrast', 'Hoog contrast']];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function kiesThema(page, naam) {
  await page.goto(url('/instellingen'));
  await page.getByRole('radio', { name: new RegExp(`^${naam}`) }).check();
  await page.getByRole('button', { name: 'Thema opslaan' }).click();
  await page.getByText(`Het thema ${naam} is opgeslagen.`).waitFor();
}

async function wachtOpThema(page, thema) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction((t) => document.getElementById('thema')?.getAttribute('href')?.endsWith(`/${t}.css`), thema);
  // The page's own data has loaded (no loading message left).
  await page.waitForFunction(() => !document.querySelector('main .laden'));
}

test('the gemeente-beheerder chooses the green theme and a logo, and the pages stay accessible', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await kiesThema(page, 'Groen');

  await page.getByLabel('Nieuw logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Logo uploaden' }).click();
  await page.getByText('Het nieuwe logo is opgeslagen.').waitFor();
  await checkPage(page, t, assert, { name: 'instellingen-logo-opgeslagen' });

  for (const path of ['/', '/wijken', '/leden']) {
    await page.goto(url(path));
    await wachtOpThema(page, 'groen');
    await page.getByRole('img', { name: /^Logo van / }).first().waitFor();
    await checkPage(page, t, assert, { name: `${path === '/' ? 'start' : path.slice(1)}-met-logo` });
  }
}));

// One test per theme, so each has the whole per-test timeout: the page list grows with every route step. The neutral
// theme comes last and leaves the default look for the tests after these.
for (const [thema, naam] of [...THEMAS.slice(1), THEMAS[0]]) {
  test(`the main client pages in the ${naam} theme: styled, accessible, photographed at 1280 and 375 px`, (t) => withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url('/wijken'));
    const wijk = page.getByRole('row', { name: /WK9901/ }).getByRole('link').first();
    await wijk.waitFor();
    const wijkPad = new URL(await wijk.evaluate((a) => a.href)).pathname;
    // The shell's own pages, then one page of each route step.
    const paginas = ['/', '/wijken', '/wijken/boom', wijkPad, `${wijkPad}/bewerken`, '/leden', '/leden/uitnodigen', '/instellingen',
      '/beleidskader', '/wijkbeelden', '/buurttops', '/wijktoekomstagendas', '/verzoeken/tracker', '/wijkbudgetten/methodiek', '/subsidies',
      '/subsidies/verantwoordingen', '/subsidies/verantwoordingskader', '/subsidies/open-data', '/subsidies/afbouw', '/uitdagingen', '/administraties', '/declaraties',
      '/declaraties/betalingen', '/persoonsgegevens/verwerkingsregister'];
    try {
      await kiesThema(page, naam);
      for (const pad of paginas) {
        await page.goto(url(pad));
        await wachtOpThema(page, thema);
        await checkPage(page, t, assert);
      }
    } finally {
      if (thema !== 'neutraal') {
        // Back to the default look, so a failure here does not leave the tests after this one in another theme.
        await kiesThema(page, 'Neutraal').catch((e) => t.diagnostic(`could not reset the theme: ${e.message}`));
      }
    }
  }));
}
