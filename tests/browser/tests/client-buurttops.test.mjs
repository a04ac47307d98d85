// Route step 3 in the client: the public registers for the announced BuurtTop of the demo gemeente's pilotwijk without
// an account (consent required), the demo resident of the organising bewonersorganisatie sees the registration,
// adds a milestone to the preparation plan and sees the progress, and reads the held BuurtTop's attendance and
// outputs; a beleidsmedewerker opens the BuurtTop cycle; a gemeente-beheerder announces a BuurtTop, changes it and
// places a PDF with it (a text file is refused).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with BuurtTops (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/buurttops`);
    if (r.ok && (await r.json()).items.some((b) => b.status === 'aangekondigd')) return slug;
  }
  throw new Error('geen demogemeente met een aangekondigde BuurtTop');
}

const naam = `Test Bewoner ${Date.now()}`;
const email = `bewoner-${Date.now()}@voorbeeld.nl`;

test('the public registers for the announced BuurtTop without an account; consent is required', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url(`/buurttops?gemeente=${slug}`));
  const tabel = page.getByRole('region', { name: 'BuurtTops' });
  await tabel.getByText('Aangekondigd', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'buurttops-publiek' });

  await tabel.getByRole('row').filter({ hasText: 'Aangekondigd' }).getByRole('link').first().click();
  await page.waitForURL(/\/buurttops\/[0-9a-f-]+\?gemeente=/);
  await page.getByRole('heading', { level: 1, name: /^BuurtTop-dag / }).waitFor();
  const main = page.getByRole('main');
  assert.match(await main.innerText(), /Buurtkamer De Kade/);
  // The public face has no plan.
  assert.equal(await page.getByRole('heading', { name: 'Voorbereidingsplan' }).count(), 0);
  await checkPage(page, t, assert, { name: 'buurttop-publiek' });

  await main.getByRole('link', { name: /^Aanmelden/ }).click();
  await page.waitForURL(/\/buurttops\/[0-9a-f-]+\/aanmelden\?gemeente=/);
  const form = page.getByRole('form', { name: 'Aanmelden voor de BuurtTop' });
  await form.getByLabel('Naam of voorletters').fill(naam);
  await form.getByLabel('E-mailadres').fill(email);
  assert.equal(await form.getByLabel('Ik kom als').inputValue(), 'bewoners');
  // Without consent: the error at the checkbox and in the summary.
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  const toestemming = form.getByLabel('Ik geef toestemming');
  await page.locator('#toestemming-fout').waitFor();
  assert.equal(await toestemming.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#toestemming-fout').innerText(), /toestemming/);
  await checkPage(page, t, assert, { name: 'buurttop-aanmelden-veldfout' });

  await toestemming.check();
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  const bevestiging = page.getByRole('status').filter({ hasText: /U bent aangemeld|U staat op de wachtlijst/ });
  await bevestiging.waitFor();
  await checkPage(page, t, assert, { name: 'buurttop-aanmelden-bevestigd' });
}));

test('the demo resident sees the registration, adds a milestone and reads the held BuurtTop', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/buurttops'));
  const tabel = page.getByRole('region', { name: 'BuurtTops' });
  await tabel.getByRole('row').filter({ hasText: 'Aangekondigd' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Voor het team en de gemeente' }).waitFor();

  const aanmeldingen = page.getByRole('region', { name: 'Aanmeldingen' }).last();
  await aanmeldingen.getByText(email).waitFor();

  // Add a milestone a few days from now (before the date) and see it counted.
  const plan = page.getByRole('region', { name: 'Voorbereidingsplan' });
  const voor = await plan.locator("p", { hasText: /\d+ van de \d+ mijlpalen gereed/ }).first().innerText();
  const totaalVoor = Number(/van de (\d+)/.exec(voor)[1]);
  await plan.getByRole('button', { name: 'Plan bewerken' }).click();
  await plan.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
  const n = totaalVoor + 1;
  const mijlpaal = plan.getByRole('group', { name: `Mijlpaal ${n}`, exact: true });
  await mijlpaal.getByLabel('Omschrijving').fill('Zaal gereserveerd');
  const datum = dagInNederland(3);
  await mijlpaal.getByLabel('Datum').fill(datum);
  await checkPage(page, t, assert, { name: 'buurttop-plan-bewerken' });
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await plan.getByText('Het plan is opgeslagen.').waitFor();
  await plan.getByText(new RegExp(`^\\d+ van de ${n} mijlpalen gereed$`)).first().waitFor();
  assert.match(await plan.innerText(), /Zaal gereserveerd/);
  await checkPage(page, t, assert, { name: 'buurttop-team' });

  // The held BuurtTop: attendance and outputs per table.
  await page.goto(url('/buurttops'));
  await tabel.getByRole('row').filter({ hasText: 'Gehouden' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Aanwezigheid' }).waitFor();
  const main = await page.getByRole('main').innerText();
  assert.match(main, /Totaal/);
  assert.match(main, /Tafel wonen/);
  assert.match(main, /Geschreven door bewoners/);
  await page.getByRole('button', { name: 'Opbrengsten bewerken' }).waitFor();
  await checkPage(page, t, assert, { name: 'buurttop-gehouden' });
}));

test('a beleidsmedewerker opens the BuurtTop cycle', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/buurttops'));
  await page.getByRole('link', { name: 'BuurtTop-cyclus' }).click();
  await page.getByRole('heading', { level: 1, name: 'BuurtTop-cyclus' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'De volgende BuurtTop-dagen' }).waitFor();
  assert.equal(await page.getByLabel('Eens in de zoveel jaar').inputValue(), '4');
  await page.getByRole('button', { name: 'Cyclus opslaan' }).click();
  await page.getByText('De cyclus is opgeslagen.').waitFor();
  await checkPage(page, t, assert, { name: 'buurttop-cyclus' });
}));

/** The smallest file the server's byte check takes for a PDF (as in the API's integration tests). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'ascii');

test('a gemeente-beheerder announces a BuurtTop, changes it and places a PDF; a text file is refused', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.goto(url('/buurttops'));
  await page.getByRole('link', { name: 'BuurtTop aankondigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'BuurtTop aankondigen' }).waitFor();
  const form = page.getByRole('form', { name: 'BuurtTop aankondigen' });
  await form.getByLabel('Wijk', { exact: true }).locator('option').nth(1).waitFor({ state: 'attached' });
  await checkPage(page, t, assert, { name: 'buurttop-nieuw' });

  // Sent empty: the errors at the fields and in the summary.
  await form.getByRole('button', { name: 'Aankondigen' }).click();
  for (const veld of ['wijkId', 'titel', 'datum']) await page.locator(`#${veld}-fout`).waitFor();
  assert.equal(await form.getByLabel('Titel').getAttribute('aria-invalid'), 'true');
  await checkPage(page, t, assert, { name: 'buurttop-nieuw-veldfouten' });

  const titel = `BuurtTop test ${Date.now()}`;
  await form.getByLabel('Wijk', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Titel').fill(titel);
  await form.getByLabel('Datum').fill(dagInNederland(60));
  await form.getByLabel('Plek').fill('Wijkcentrum De Schakel');
  await form.getByRole('button', { name: 'Aankondigen' }).click();
  await page.waitForURL(/\/buurttops\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /Wijkcentrum De Schakel/);

  // Change it: every field is sent again, the organiser with its team and funding.
  await page.getByRole('link', { name: `Wijzigen ${titel}` }).click();
  await page.getByRole('heading', { level: 1, name: 'BuurtTop wijzigen' }).waitFor();
  const wijzig = page.getByRole('form', { name: 'BuurtTop wijzigen' });
  assert.equal(await wijzig.getByLabel('Plek').inputValue(), 'Wijkcentrum De Schakel');
  await wijzig.getByLabel('Plek').fill('Buurthuis Het Anker');
  await wijzig.getByLabel('Maximum aantal deelnemers').fill('40');
  await wijzig.getByLabel('Wijkopbouwpunt').check();
  const team = wijzig.getByRole('group', { name: 'Team van de organisator' });
  // The lead (first checked) is the wijk's own: a bewonersorganisatie, as the server requires.
  await team.getByLabel('Bewonersvereniging Centrum').check();
  await wijzig.getByLabel('Financieringsbron').fill('Wijkbudget');
  await wijzig.getByLabel('Bedrag van de financiering (euro)').fill('250');
  await checkPage(page, t, assert, { name: 'buurttop-wijzigen' });
  await wijzig.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
  const main = page.getByRole('main');
  await main.getByText('Buurthuis Het Anker').waitFor();
  assert.match(await main.innerText(), /Wijkopbouwpunt/);

  // Photos and documents: a PDF is placed and listed; a text file is refused with the server's message.
  const bijlagen = page.getByRole('region', { name: "Foto's en documenten" });
  await bijlagen.getByText('Er zijn nog geen bijlagen.').waitFor();
  await bijlagen.getByLabel('Bestand').setInputFiles({ name: 'uitnodiging.pdf', mimeType: 'application/pdf', buffer: PDF });
  await bijlagen.getByRole('button', { name: 'Bijlage plaatsen' }).click();
  await bijlagen.getByText('uitnodiging.pdf is geplaatst.').waitFor();
  assert.match(await bijlagen.innerText(), /PDF, 1 kB/);
  // The download goes through the client (with the sign-in), then the browser saves the same bytes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bijlagen.getByRole('button', { name: 'uitnodiging.pdf downloaden' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'uitnodiging.pdf');
  assert.deepEqual(await readFile(await download.path()), PDF);

  expectHttpError(page, { status: 415, method: 'POST', url: '/bijlagen' });
  await bijlagen.getByLabel('Bestand').setInputFiles({ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen bijlage') });
  await bijlagen.getByRole('button', { name: 'Bijlage plaatsen' }).click();
  await bijlagen.getByText(/formaat/i).first().waitFor();
  assert.equal(await bijlagen.getByRole('button', { name: /downloaden$/ }).count(), 1);
  await checkPage(page, t, assert, { name: 'buurttop-bijlagen' });
}));

/** The unsubscribe link of the confirmation mail to `adres` in the API's pickup folder (run.sh sets MAIL_DIR). */
async function afmeldlink(adres) {
  for (const bestand of await readdir(process.env.MAIL_DIR)) {
    // Quoted-printable: join soft line breaks and decode the escapes before looking for the link.
    const tekst = (await readFile(path.join(process.env.MAIL_DIR, bestand), 'utf8'))
      .replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    if (!tekst.includes(adres)) continue;
    const link = /https?:\/\/[^\s"<>]+\/afmelden\?sleutel=[^\s"<>]+/.exec(tekst);
    if (link) return new URL(link[0]);
  }
  return null;
}

test('the person who registered unsubscribes with the link from the confirmation mail', { skip: !process.env.MAIL_DIR && 'MAIL_DIR not set (run through run.sh)' },
  (t) => withPage(browser, t, async (page) => {
    // The mail is sent by a background job, which on a loaded machine can take more than half a minute: wait up to 90 s.
    let link = null;
    for (let i = 0; i < 180 && !link; i++) {
      link = await afmeldlink(email);
      if (!link) await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(link, 'a confirmation mail with an unsubscribe link');
    await page.goto(url(link.pathname + link.search));
    await page.getByRole('heading', { level: 1, name: 'Afmelden voor de BuurtTop' }).waitFor();
    await checkPage(page, t, assert, { name: 'buurttop-afmelden' });
    await page.getByRole('button', { name: 'Ja, meld mij af' }).click();
    await page.getByRole('status').filter({ hasText: 'U bent afgemeld' }).waitFor();
    await checkPage(page, t, assert, { name: 'buurttop-afmelden-klaar' });
  }));
