// The gemeente-beheerder invites someone through /leden; a raadslid cannot open /leden (403 page).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the gemeente-beheerder invites a new person as professional through /leden and sees the confirmation', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder', { axe: { t, assert } });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await page.waitForURL(/\/leden$/);
  await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
  await checkPage(page, t, assert);

  await page.getByRole('main').getByRole('link', { name: 'Iemand uitnodigen' }).first().click();
  await page.waitForURL(/\/leden\/uitnodigen$/);
  await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  await checkPage(page, t, assert);

  const email = `nieuw-${Date.now()}@voorbeeldstad.example`;
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'Professional', exact: true }).check();
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const bevestiging = page.getByRole('status').filter({ hasText: `De uitnodiging is verstuurd naar ${email}.` });
  await bevestiging.waitFor();
  assert.match(await bevestiging.innerText(), /Ze is geldig tot \d{1,2} \w+ \d{4}\./);
  await checkPage(page, t, assert, { name: 'leden-uitnodigen-verstuurd' });

  // The inline states of the members list: changing roles and the revoke confirmation (both cancelled).
  await page.getByRole('link', { name: 'Terug naar de gebruikers' }).click();
  await page.waitForURL(/\/leden$/);
  const auditor = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Demo auditor' }) });
  await auditor.getByRole('button', { name: 'Rollen wijzigen' }).click();
  await auditor.getByRole('group', { name: 'Rollen van Demo auditor' }).getByRole('checkbox', { name: 'Auditor', exact: true }).waitFor();
  await checkPage(page, t, assert, { name: 'leden-rollen-wijzigen' });
  await auditor.getByRole('button', { name: 'Annuleren' }).click();
  await auditor.getByRole('button', { name: 'Toegang intrekken' }).click();
  await auditor.getByRole('alertdialog').waitFor();
  await checkPage(page, t, assert, { name: 'leden-intrekken-vraag' });
  await auditor.getByRole('button', { name: 'Annuleren' }).click();
  await auditor.getByRole('button', { name: 'Toegang intrekken' }).waitFor();
}));

test('a raadslid who opens /leden ends on the Dutch 403 page ("Geen toegang")', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid', { axe: { t, assert } });
  await page.goto(url('/leden'));
  await page.waitForURL(/\/geen-toegang$/);
  await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Gebruikers', exact: true }).count(), 0);
  await checkPage(page, t, assert);
}));
