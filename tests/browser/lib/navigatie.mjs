// Shared by the client-navigatie*.test.mjs files: every demo role signs in through the Angular client and gets the
// main navigation that fits its role (each feature's route declares its menu entry and roles; the shell derives the
// menu from the routes): zero axe violations on every page on the way. Split over files by role so that each file
// stays within the runner's 120 s.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launchBrowser, withPage } from './harness.mjs';
import { hoofdmenu, signInThroughClient } from './client.mjs';

export const MENU = ['Start', 'Gemeenten', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Gebruikers'];
const gemeenteRol = ['Start', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies'];

/** rol → the menu links it must see; every other link of MENU must be absent. */
export const VERWACHT = {
  // The kader in force and the shared wijkbeelden, the BuurtTops, the agendas and the wijkbudgetten are public (read by gemeente), so their menu entries have no role; without a gemeente it asks which one.
  'platform-beheerder': { zichtbaar: ['Start', 'Gemeenten', 'Beleidskader', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies'] },
  'gemeente-beheerder': { zichtbaar: ['Start', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Gebruikers'] },
  beleidsmedewerker: { zichtbaar: gemeenteRol },
  raadslid: { zichtbaar: gemeenteRol },
  griffie: { zichtbaar: gemeenteRol },
  bewonersorganisatie: { zichtbaar: gemeenteRol },
  professional: { zichtbaar: gemeenteRol },
  backoffice: { zichtbaar: gemeenteRol, gemeente: 'Voorbeeldstad' },
  'visitatiepanel-lid': { zichtbaar: gemeenteRol },
  auditor: { zichtbaar: gemeenteRol },
};

/** Registers the menu test of each of `rollen` (keys of VERWACHT). */
export function menuTests(rollen) {
  let browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });
  for (const rol of rollen) {
    const { zichtbaar, gemeente } = VERWACHT[rol];
    const afwezig = MENU.filter((m) => !zichtbaar.includes(m));
    test(`${rol} signs in through the client and sees the menu ${zichtbaar.join(', ')} (not ${afwezig.join(', ')})`, (t) => withPage(browser, t, async (page) => {
      await signInThroughClient(page, rol, { gemeente, axe: { t, assert } });
      const menu = hoofdmenu(page);
      await menu.getByRole('link', { name: 'Start', exact: true }).waitFor();
      for (const naam of zichtbaar)
        assert.equal(await menu.getByRole('link', { name: naam, exact: true }).count(), 1, `${rol}: menu link "${naam}" expected`);
      for (const naam of afwezig)
        assert.equal(await menu.getByRole('link', { name: naam, exact: true }).count(), 0, `${rol}: menu link "${naam}" must be absent`);
      if (gemeente) // the chosen gemeente is named in the header (its exact wording is being reworked; match the start)
        await page.getByRole('banner').getByText(new RegExp(`^${gemeente}\\b`)).first().waitFor();
      await checkPage(page, t, assert, { name: `start-${rol}` });
    }));
  }
}
