// Steps in the Angular web client shared by the client tests: signing in through the client (the product's
// own server sign-in pages, two-factor and the gemeente choice when asked) and the main navigation.
import { DEMO, checkPage, url } from './harness.mjs';
import { fillPassword, fillTotp } from './flows.mjs';

/** Demo roles that must pass two-factor (DemoUserSeeder). */
export const TWEE_STAPS_ROLLEN = new Set(['platform-beheerder', 'gemeente-beheerder', 'beleidsmedewerker', 'griffie', 'backoffice', 'backoffice-tweede']);

/**
 * From the client's start page through the server's sign-in pages and back into the client.
 * `gemeente`: the visible name to pick on /account/gemeente-kiezen when the server asks (backoffice).
 * With `axe` ({ t, assert }) every page on the way gets the harness's checkPage (styles, axe, screenshots) too.
 */
export async function signInThroughClient(page, rol, { twoFactor = TWEE_STAPS_ROLLEN.has(rol), gemeente, axe } = {}) {
  const check = async () => { if (axe) await checkPage(page, axe.t, axe.assert); };
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Aanmelden' }).first().click();
  await page.waitForURL(/\/aanmelden\b/);
  await check();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL(/\/account\/aanmelden\b/);
  await check();
  await fillPassword(page, DEMO.email(rol));
  if (twoFactor) {
    await page.getByLabel('Code of herstelcode').waitFor();
    await check();
    await fillTotp(page);
  }
  if (gemeente) {
    await page.waitForURL(/\/account\/gemeente-kiezen\b/, { timeout: 30_000 });
    await check();
    await page.getByRole('radio', { name: new RegExp(`^${gemeente}\\b`) }).check();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
  }
  await page.waitForURL((u) => !u.pathname.startsWith('/account') && !u.pathname.startsWith('/auth') && !u.pathname.startsWith('/connect'), { timeout: 30_000 });
  // Signed in: the user menu offers "Afmelden".
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}

/** The client's main navigation ("Hoofdmenu"). */
export function hoofdmenu(page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}
