// The gemeente-beheerder invites someone through /leden; a raadslid cannot open /leden (403 page).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectNoAxeViolations, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('the gemeente-beheerder invites a new person as professional through /leden and sees the confirmation', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder', { axe: { t, assert } });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await page.waitForURL(/\/leden$/);
  await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
  await expectNoAxeViolations(page, t, assert);

  await page.getByRole('main').getByRole('link', { name: 'Iemand uitnodigen' }).first().click();
  await page.waitForURL(/\/leden\/uitnodigen$/);
  await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  await expectNoAxeViolations(page, t, assert);

  const email = `nieuw-${Date.now()}@voorbeeldstad.example`;
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'Professional', exact: true }).check();
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const bevestiging = page.getByRole('status').filter({ hasText: `De uitnodiging is verstuurd naar ${email}.` });
  await bevestiging.waitFor();
  assert.match(await bevestiging.innerText(), /Ze is geldig tot \d{1,2} \w+ \d{4}\./);
  await expectNoAxeViolations(page, t, assert);
}));

test('a raadslid who opens /leden ends on the Dutch 403 page ("Geen toegang")', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid', { axe: { t, assert } });
  await page.goto(url('/leden'));
  await page.waitForURL(/\/geen-toegang$/);
  await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Gebruikers', exact: true }).count(), 0);
  await expectNoAxeViolations(page, t, assert);
}));
