// The AVG screens in the client (/persoonsgegevens, menu "Privacy (AVG)"). The demo gemeente-beheerder opens the
// overview, the erasures carried out, the register of processing activities and the retention terms (changes both
// terms, sees them saved and who changed them, then puts the old ones back); on the request page the search needs one
// field and shows the server's field error, a demo sterkhouder and the demo auditor's account are looked up without
// erasing anything, and a person this test registers for the announced BuurtTop through the public API is looked up,
// handed over as JSON and PDF and then erased (the reason and the confirmation are required first), after which the
// lookup finds nothing and the erasure is listed. The auditor reads the register, the terms (read-only) and the list,
// and cannot open the request page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { hoofdmenu, signInThroughClient } from '../lib/client.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with an announced BuurtTop (the demo users' gemeente, as in client-buurttops). */
async function aangekondigdeBuurtTop() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/buurttops`);
    if (!r.ok) continue;
    const top = (await r.json()).items.find((b) => b.status === 'aangekondigd');
    if (top) return { slug, id: top.id };
  }
  throw new Error('geen demogemeente met een aangekondigde BuurtTop');
}

/** Registers someone for the announced BuurtTop through the public API (as the registration page does); returns the address. */
async function meldAan() {
  const { slug, id } = await aangekondigdeBuurtTop();
  const top = await (await fetch(`${BASE_URL}/${slug}/api/v1/buurttops/${id}`)).json();
  const stempel = Date.now();
  const email = `avg-${stempel}@voorbeeld.nl`;
  const r = await fetch(`${BASE_URL}/${slug}/api/v1/buurttops/${id}/aanmeldingen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ naam: `AVG Proef ${stempel}`, email, categorie: 'bewoners', toestemming: true, toestemmingVersie: top.toestemmingVersie }),
  });
  assert.ok(r.ok, `aanmelden: ${r.status} ${await r.text()}`);
  return email;
}

/** The list of erasures once loaded: its empty state or its table. */
function leegOfTabel(page) {
  return page.getByText('Er zijn nog geen anonimiseringen uitgevoerd.').or(page.getByRole('region', { name: 'Uitgevoerde anonimiseringen' }));
}

/** From the overview, one of its screens. */
async function open(page, label, pad) {
  await page.goto(url('/persoonsgegevens'));
  await page.getByRole('navigation', { name: 'Onderdelen van Privacy (AVG)' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(new RegExp(`/persoonsgegevens/${pad}$`));
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

test('the gemeente-beheerder handles a request of a data subject, reads the register and changes the retention terms', (t) => withPage(browser, t, async (page) => {
  const email = await meldAan();
  await signInThroughClient(page, 'gemeente-beheerder', { axe: { t, assert } });

  // The overview, from the main menu.
  await hoofdmenu(page).getByRole('link', { name: 'Privacy (AVG)', exact: true }).click();
  await page.waitForURL(/\/persoonsgegevens$/);
  await page.getByRole('heading', { level: 1, name: 'Privacy (AVG)' }).waitFor();
  const onderdelen = page.getByRole('navigation', { name: 'Onderdelen van Privacy (AVG)' });
  assert.deepEqual(await onderdelen.getByRole('link').allInnerTexts(),
    ['Verzoek van een betrokkene', 'Register van verwerkingen', 'Bewaartermijnen', 'Uitgevoerde anonimiseringen']);
  await checkPage(page, t, assert);

  // The erasures so far (none on a fresh database: the empty state).
  await open(page, 'Uitgevoerde anonimiseringen', 'anonimiseringen');
  await leegOfTabel(page).waitFor();
  await checkPage(page, t, assert, { name: 'persoonsgegevens-anonimiseringen-leeg' });

  // The register: one block per processing activity, with its fields.
  await open(page, 'Register van verwerkingen', 'verwerkingsregister');
  const register = page.getByRole('region', { name: 'Aanmeldingen voor een BuurtTop' });
  await register.waitFor();
  const blok = await register.innerText();
  for (const term of ['Doel', 'Grondslag', 'Betrokkenen', 'Gegevens', 'Bewaartermijn', 'Vastgelegd in']) assert.match(blok, new RegExp(term));
  assert.match(blok, /Toestemming/);
  assert.ok((await page.getByRole('heading', { level: 2 }).count()) >= 5, 'every processing activity has its heading');
  await checkPage(page, t, assert);

  // The retention terms: change both, see them saved (also after reading them again), a term out of bounds refused here, the old ones back.
  await open(page, 'Bewaartermijnen', 'bewaartermijnen');
  const buurtTop = page.getByLabel('Aanmeldingen voor een BuurtTop (maanden)');
  const bank = page.getByLabel('Bankgegevens van declaraties (maanden)');
  await buurtTop.waitFor();
  const [oudBuurtTop, oudBank] = [await buurtTop.inputValue(), await bank.inputValue()];
  assert.equal(await buurtTop.getAttribute('min'), '1');
  assert.equal(await buurtTop.getAttribute('max'), '120');
  await checkPage(page, t, assert);
  const nieuwBuurtTop = String(Math.min(Number(oudBuurtTop) + 1, 120));
  const nieuwBank = String(Math.min(Number(oudBank) + 2, 120));
  await buurtTop.fill('0');
  await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await page.locator('#buurtTopAanmeldingenMaanden-fout').getByText('Vul een heel aantal maanden in van 1 tot en met 120.').waitFor();
  assert.equal(await buurtTop.getAttribute('aria-invalid'), 'true');
  await checkPage(page, t, assert, { name: 'persoonsgegevens-bewaartermijnen-veldfout' });
  await buurtTop.fill(nieuwBuurtTop);
  await bank.fill(nieuwBank);
  await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await page.getByRole('status').getByText('De bewaartermijnen zijn opgeslagen.').waitFor();
  await page.getByText(/^Laatst gewijzigd door .+ op \d{1,2} \w+ \d{4}\D+\d{2}:\d{2}\.$/).waitFor();
  await checkPage(page, t, assert, { name: 'persoonsgegevens-bewaartermijnen-opgeslagen' });
  await page.reload();
  await buurtTop.waitFor();
  assert.equal(await buurtTop.inputValue(), nieuwBuurtTop);
  assert.equal(await bank.inputValue(), nieuwBank);
  await buurtTop.fill(oudBuurtTop);
  await bank.fill(oudBank);
  await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await page.getByRole('status').getByText('De bewaartermijnen zijn opgeslagen.').waitFor();

  // The request: at least one field; the server's field error next to its field.
  await open(page, 'Verzoek van een betrokkene', 'verzoek');
  const zoeken = page.getByRole('form', { name: 'Betrokkene zoeken' });
  await checkPage(page, t, assert);
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  await page.locator('#email-fout').getByText('Geef een e-mailadres, een naam of een IBAN van de betrokkene.').waitFor();
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-veldfout' });
  expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/persoonsgegevens/inzage' });
  await zoeken.getByLabel('IBAN').fill('NL00 GEEN 0000 0000 00');
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  await page.locator('#iban-fout').getByText('Het IBAN is geen geldig IBAN.').waitFor();
  assert.equal(await zoeken.getByLabel('IBAN').getAttribute('aria-invalid'), 'true');
  await zoeken.getByLabel('IBAN').fill('');

  // A demo sterkhouder by name: the processing activity with its record (looked up only, nothing erased).
  const resultaat = page.getByRole('region', { name: 'Wat de gemeente vastlegt' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('Joop de Vries');
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  const sterkhouder = resultaat.getByRole('region', { name: 'Sterkhouders in het wijkbeeld' });
  await sterkhouder.waitFor();
  assert.match(await sterkhouder.innerText(), /Vastlegging 1 van 1[\s\S]*Joop de Vries/);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-inzage' });
  await zoeken.getByLabel('Naam', { exact: true }).fill('');

  // The demo auditor's address: the account block.
  await zoeken.getByLabel('E-mailadres').fill('auditor@demo.gemeenschapskracht.nl');
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  const account = resultaat.getByRole('region', { name: 'Account' });
  await account.waitFor();
  assert.match(await account.innerText(), /auditor@demo\.gemeenschapskracht\.nl[\s\S]*Auditor/);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-account' });

  // The person registered above: the registration, the report as JSON and as PDF.
  await zoeken.getByLabel('E-mailadres').fill(email);
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  const aanmelding = resultaat.getByRole('region', { name: 'Aanmeldingen voor een BuurtTop' });
  await aanmelding.waitFor();
  assert.match(await aanmelding.innerText(), new RegExp(email.replace(/[.]/g, '\\.')));
  const [json] = await Promise.all([page.waitForEvent('download'), resultaat.getByRole('button', { name: 'Download als JSON' }).click()]);
  assert.match(json.suggestedFilename(), /^inzage-\d{4}-\d{2}-\d{2}\.json$/);
  const inhoud = JSON.parse((await readFile(await json.path())).toString());
  assert.ok(inhoud.verwerkingen.some((v) => v.verwerking === 'Aanmeldingen voor een BuurtTop'));
  assert.ok(inhoud.aantalGegevens >= 1);
  const [pdf] = await Promise.all([page.waitForEvent('download'), resultaat.getByRole('button', { name: 'Download als PDF' }).click()]);
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  assert.equal((await readFile(await pdf.path())).subarray(0, 5).toString('latin1'), '%PDF-');

  // Erasing needs the reason and the confirmation.
  const wissen = page.getByRole('form', { name: 'Anonimiseren van de betrokkene' });
  await wissen.getByRole('button', { name: 'Anonimiseren' }).click();
  await page.locator('#reden-fout').getByText('Vul de reden van de anonimisering in.').waitFor();
  await page.locator('#bevestiging-fout').waitFor();
  assert.equal(await wissen.getByLabel('Reden').getAttribute('aria-invalid'), 'true');
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-anonimiseren-veldfout' });
  await wissen.getByLabel('Reden').fill('Verzoek per e-mail van de betrokkene (browsertest)');
  await wissen.getByLabel('Ik begrijp dat dit niet ongedaan kan worden').check();
  await wissen.getByRole('button', { name: 'Anonimiseren' }).click();
  const klaar = page.getByRole('status').filter({ hasText: 'De betrokkene is geanonimiseerd als' });
  await klaar.waitFor();
  const pseudoniem = /geanonimiseerd als (Betrokkene [A-Z0-9]{8})\./.exec(await klaar.innerText())?.[1];
  assert.ok(pseudoniem, 'the pseudonym is shown');
  assert.match(await klaar.innerText(), /1 vastlegging is aangepast\./);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-geanonimiseerd' });

  // Afterwards the address finds nothing: the empty state, without downloads or erasure.
  await zoeken.getByLabel('E-mailadres').fill(email);
  await zoeken.getByRole('button', { name: 'Gegevens opzoeken' }).click();
  await resultaat.getByText('De gemeente legt over deze betrokkene niets vast').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Download als JSON' }).count(), 0);
  assert.equal(await page.getByRole('form', { name: 'Anonimiseren van de betrokkene' }).count(), 0);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-verzoek-niets' });

  // The erasure is listed, with its pseudonym and reason.
  await open(page, 'Uitgevoerde anonimiseringen', 'anonimiseringen');
  const rij = page.getByRole('region', { name: 'Uitgevoerde anonimiseringen' }).getByRole('row').filter({ hasText: pseudoniem });
  await rij.waitFor();
  assert.match(await rij.innerText(), /Verzoek per e-mail van de betrokkene \(browsertest\)/);
  await checkPage(page, t, assert);
}));

test('the auditor reads the register, the retention terms and the erasures, and cannot handle a request', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'auditor');
  await hoofdmenu(page).getByRole('link', { name: 'Privacy (AVG)', exact: true }).click();
  await page.waitForURL(/\/persoonsgegevens$/);
  const onderdelen = page.getByRole('navigation', { name: 'Onderdelen van Privacy (AVG)' });
  await onderdelen.waitFor();
  assert.deepEqual(await onderdelen.getByRole('link').allInnerTexts(), ['Register van verwerkingen', 'Bewaartermijnen', 'Uitgevoerde anonimiseringen']);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-auditor' });

  await open(page, 'Bewaartermijnen', 'bewaartermijnen');
  await page.getByText('Alleen een gemeentebeheerder kan de bewaartermijnen wijzigen.').waitFor();
  assert.equal(await page.getByRole('spinbutton').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).count(), 0);
  assert.match(await page.getByRole('main').innerText(), /Aanmeldingen voor een BuurtTop \(maanden\)\s+\d+ maand/);
  await checkPage(page, t, assert, { name: 'persoonsgegevens-bewaartermijnen-auditor' });

  await open(page, 'Register van verwerkingen', 'verwerkingsregister');
  await page.getByRole('region', { name: 'Aanmeldingen voor een BuurtTop' }).waitFor();
  await open(page, 'Uitgevoerde anonimiseringen', 'anonimiseringen');
  await leegOfTabel(page).waitFor();

  await page.goto(url('/persoonsgegevens/verzoek'));
  await page.waitForURL(/\/geen-toegang$/);
  await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
}));
