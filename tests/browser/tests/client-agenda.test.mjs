// Route step 3 in the client: the public reads the demo gemeente's wijktoekomstagenda (ambities in the order written,
// grouped by publieke waarde, no ranking), downloads its PDF and sees on the tracker the institution that answered on
// time and the one that did not. The demo resident (on the agenda's team) moves an ambitie one state on, adds a working
// group and sends a request to an institution; the institution answers through the link of the mail the server wrote
// (run.sh hands the pickup folder over as MAIL_DIR), with a toezegging, without an account. The resident records that
// the demo's promise was kept, begins a new version from the wijk's BuurtTop, changes it, and adds and rewrites an
// ambitie; the gemeente cannot rewrite what residents wrote (G-8).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { antwoordLink } from '../lib/mail.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with a public agenda (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/wijktoekomstagendas`);
    if (r.ok && (await r.json()).items.some((a) => a.status === 'inUitvoering')) return slug;
  }
  throw new Error('geen demogemeente met een wijktoekomstagenda in uitvoering');
}

test('the public reads the agenda, downloads its PDF and sees who answered on the tracker', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url(`/wijktoekomstagendas?gemeente=${slug}`));
  const tabel = page.getByRole('region', { name: "Wijktoekomstagenda's" });
  await tabel.getByText('In uitvoering', { exact: true }).first().waitFor();
  await checkPage(page, t, assert, { name: 'agendas-publiek' });

  await tabel.getByRole('link').first().click();
  await page.waitForURL(/\/wijktoekomstagendas\/[0-9a-f-]+\?gemeente=/);
  await page.getByRole('heading', { level: 2, name: 'Ambities' }).waitFor();
  const main = await page.getByRole('main').innerText();
  assert.match(main, /Halverwege/);
  assert.match(main, /Einde van de horizon/);
  assert.match(main, /Eigen doelen van bewoners/);
  assert.match(main, /Bijdrage aan /);
  assert.doesNotMatch(main, /stemmen|\bscore\b|rangorde/i);
  // Own goals stand apart, after the groups by publieke waarde.
  const groepen = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(groepen.at(-1), 'Eigen doelen van bewoners', groepen.join(' | '));
  assert.ok(await page.locator('article.ambitie').count() >= 5);
  // The public does not see the team's work.
  assert.equal(await page.getByRole('heading', { name: 'Voor het team' }).count(), 0);

  const pdf = page.getByRole('link', { name: 'Wijktoekomstagenda downloaden (pdf)' });
  const href = await pdf.getAttribute('href');
  assert.match(href, new RegExp(`^/${slug}/api/v1/wijktoekomstagendas/[0-9a-f-]+/document$`));
  const document = await fetch(`${BASE_URL}${href}`);
  assert.equal(document.status, 200);
  assert.match(document.headers.get('content-type'), /^application\/pdf/);
  assert.equal(Buffer.from(await document.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  await checkPage(page, t, assert, { name: 'agenda-publiek' });

  await page.getByRole('link', { name: 'Wie reageerde op de wijk (tracker)' }).click();
  await page.waitForURL(/\/verzoeken\/tracker\?/);
  const instellingen = page.getByRole('region', { name: 'Instellingen' });
  await instellingen.getByText('Zorggroep De Linde').waitFor();
  await instellingen.getByText('Basisschool De Regenboog').waitFor();
  const verzoeken = page.getByRole('region', { name: 'Verzoeken' });
  const zorg = verzoeken.locator('tr', { hasText: 'Zorggroep De Linde' }).first();
  assert.match(await zorg.innerText(), /Op tijd beantwoord/);
  const school = verzoeken.locator('tr', { hasText: 'Basisschool De Regenboog' }).first();
  assert.match(await school.innerText(), /Niet beantwoord/);
  assert.ok(await page.getByRole('region', { name: 'Toezeggingen' }).locator('tbody tr').count() >= 1);
  await checkPage(page, t, assert, { name: 'tracker-publiek' });
}));

test('the demo resident moves an ambitie on, adds a working group and sends a request; the institution answers', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/wijktoekomstagendas'));
  await page.getByRole('region', { name: "Wijktoekomstagenda's" }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Voor het team' }).waitFor();
  assert.match(await page.getByRole('main').innerText(), /Ambities toevoegen kan in een concept of tijdens een herijking/);

  // The first ambitie that can still move on, one step.
  const acties = page.locator('app-ambitie-acties details');
  let stand;
  for (let i = 0; i < await acties.count() && !stand; i++) {
    await acties.nth(i).locator('summary').click();
    const f = acties.nth(i).getByRole('form', { name: /^Stand wijzigen: / });
    if (await f.count()) stand = { details: acties.nth(i), form: f };
    else await acties.nth(i).locator('summary').click();
  }
  assert.ok(stand, 'an ambitie that can move on');
  const keuze = stand.form.getByLabel('Nieuwe stand');
  const volgende = (await keuze.locator('option').allInnerTexts()).find((o) => o !== 'Kies de nieuwe stand.' && o !== 'Losgelaten');
  await keuze.selectOption({ label: volgende });
  await stand.form.getByRole('button', { name: 'Stand wijzigen' }).click();
  await stand.details.getByText('De stand is gewijzigd.').waitFor();

  const werkgroep = stand.details.getByRole('form', { name: /^Werkgroep toevoegen: / });
  await werkgroep.getByLabel('Naam van de werkgroep').fill('Werkgroep browsertest');
  await werkgroep.getByLabel('Leden').fill('Fatima, Kees');
  await werkgroep.getByRole('button', { name: 'Werkgroep toevoegen' }).click();
  await stand.details.getByText('De werkgroep is toegevoegd.').waitFor();
  await page.getByText('Werkgroep browsertest: Fatima, Kees').waitFor();
  await checkPage(page, t, assert, { name: 'agenda-team' });

  const verzoek = page.getByRole('form', { name: 'Verzoek versturen' });
  await verzoek.getByLabel('Organisatie').selectOption({ label: 'Basisschool De Regenboog' });
  await verzoek.getByLabel('Vraag').fill('Wilt u het schoolplein na schooltijd openstellen voor de kinderen uit de wijk?');
  await verzoek.getByRole('button', { name: 'Verzoek versturen' }).click();
  await page.getByText(/Het verzoek is verstuurd\. Antwoorden kan tot en met \d+ \w+ \d{4}\./).waitFor();
  await page.getByRole('region', { name: 'Verzoeken aan instellingen' }).getByText('Wacht op antwoord').first().waitFor();
  await checkPage(page, t, assert, { name: 'agenda-verzoeken' });

  // The institution, not signed in, answers through the link of the mail.
  const link = await antwoordLink('directie@deregenboog.example.org');
  const instelling = await browser.newContext();
  try {
    const p = await instelling.newPage();
    await p.goto(url(link));
    await p.getByText('Wilt u het schoolplein na schooltijd openstellen').waitFor();
    await p.getByLabel('Uw antwoord', { exact: true }).fill('Ja, vanaf het nieuwe schooljaar op woensdagmiddag.');
    await p.getByRole('button', { name: 'Toezegging toevoegen' }).click();
    await p.getByLabel('Wat u toezegt').fill('Schoolplein open op woensdagmiddag');
    const datum = dagInNederland(120);
    await p.getByLabel('Uiterlijk', { exact: true }).fill(datum);
    await p.getByRole('button', { name: 'Antwoord versturen' }).click();
    await p.getByText('Dank u wel, uw antwoord is ontvangen.').waitFor();
  } finally {
    await instelling.close();
  }
  await page.reload();
  // In the table and in the form for its progress.
  await page.getByRole('region', { name: 'Verzoeken aan instellingen' }).getByText('Schoolplein open op woensdagmiddag').first().waitFor();

  // The answer is public at once: the tracker shows the request as answered on time and the institution's promise.
  const publiek = await browser.newContext();
  try {
    const p = await publiek.newPage();
    await p.goto(url(`/verzoeken/tracker?gemeente=${await demoGemeente()}`));
    await p.getByRole('region', { name: 'Toezeggingen' }).getByText('Schoolplein open op woensdagmiddag').waitFor();
    const rij = p.getByRole('region', { name: 'Verzoeken' }).locator('tr', { hasText: 'Wilt u het schoolplein na schooltijd openstellen' });
    assert.match(await rij.innerText(), /Op tijd beantwoord/);
  } finally {
    await publiek.close();
  }
}));

test('the answer page shows the request and checks the answer before sending', (t) => withPage(browser, t, async (page) => {
  // A link works once (it is spent by the answer), so this test sends its own request and reads its mail.
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/wijktoekomstagendas'));
  await page.getByRole('region', { name: "Wijktoekomstagenda's" }).getByRole('link').first().click();
  const verzoek = page.getByRole('form', { name: 'Verzoek versturen' });
  await verzoek.getByLabel('Organisatie').selectOption({ label: 'Zorggroep De Linde' });
  await verzoek.getByLabel('Vraag').fill('Kunt u een spreekuur in het buurthuis houden?');
  await verzoek.getByRole('button', { name: 'Verzoek versturen' }).click();
  await page.getByText(/Het verzoek is verstuurd\./).waitFor();
  const link = await antwoordLink('wijkteam@zorggroepdelinde.example.org');
  await page.goto(url(link));
  await page.getByText('Kunt u een spreekuur in het buurthuis houden?').waitFor();
  await page.getByRole('button', { name: 'Toezegging toevoegen' }).click();
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
  await samenvatting.waitFor();
  assert.match(await samenvatting.innerText(), /Schrijf een antwoord of geef een link/);
  await checkPage(page, t, assert, { name: 'verzoek-antwoord' });
}));

test('a beleidsmedewerker cannot move what residents wrote: the server refuses and the page says why (G-8)', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijktoekomstagendas'));
  await page.getByRole('region', { name: "Wijktoekomstagenda's" }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 2, name: 'Voor het team' }).waitFor();
  const details = page.locator('app-ambitie-acties details', { hasText: 'Acties voor Niemand eenzaam in de portiekflats' });
  await details.locator('summary').click();
  const stand = details.getByRole('form', { name: /^Stand wijzigen: / });
  await stand.getByLabel('Nieuwe stand').selectOption({ label: 'Opgepakt' });
  expectHttpError(page, { status: 400, method: 'POST', url: /\/api\/v1\/wijktoekomstagendas\/[0-9a-f-]+\/ambities\/[0-9a-f-]+\/statussen$/ });
  await stand.getByRole('button', { name: 'Stand wijzigen' }).click();
  await details.getByRole('alert').filter({ hasText: /van bewoners/ }).waitFor();
  await checkPage(page, t, assert, { name: 'agenda-gemeente-g8' });
}));

test('the demo resident records a promise kept, begins a new version from the BuurtTop, changes it and rewrites an ambitie', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/wijktoekomstagendas'));
  const lijst = page.getByRole('region', { name: "Wijktoekomstagenda's" });
  const wijk = await lijst.getByRole('link').first().innerText();

  // The promise of the demo's answered request: kept.
  await lijst.getByRole('link').first().click();
  const voortgang = page.getByRole('form', { name: 'Voortgang vastleggen: Een vaste wijkverpleegkundige als aanspreekpunt voor de portiekburen' });
  await voortgang.getByLabel('Voortgang').selectOption({ label: 'Nagekomen' });
  await checkPage(page, t, assert, { name: 'agenda-toezegging-voortgang' });
  await voortgang.getByRole('button', { name: 'Voortgang vastleggen' }).click();
  await page.getByText('De voortgang is vastgelegd.').waitFor();
  assert.equal(await voortgang.count(), 0);
  const verzoeken = page.getByRole('region', { name: 'Verzoeken aan instellingen' });
  assert.match(await verzoeken.locator('tr', { hasText: 'aanspreekpunt voor de portiekburen' }).innerText(), /aanspreekpunt voor de portiekburen \(Uiterlijk .*, Nagekomen\)/);

  // A new version, built on the wijk's BuurtTop; the form checks what it can before sending.
  await page.goto(url('/wijktoekomstagendas'));
  await lijst.getByRole('link').first().waitFor();
  await checkPage(page, t, assert, { name: 'agendas-team' });
  await page.getByRole('link', { name: 'Nieuwe wijktoekomstagenda' }).click();
  await page.waitForURL(/\/wijktoekomstagendas\/nieuw$/);
  const nieuw = page.getByRole('form', { name: 'Nieuwe wijktoekomstagenda' });
  await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
  await samenvatting.waitFor();
  assert.match(await samenvatting.innerText(), /Kies de wijk\.[\s\S]*Vul de titel in\./);
  await checkPage(page, t, assert, { name: 'agenda-nieuw-fouten' });

  const wijkKeuze = nieuw.getByLabel('Wijk', { exact: true });
  await wijkKeuze.selectOption(await wijkKeuze.locator('option', { hasText: wijk }).first().getAttribute('value'));
  const buurtTop = nieuw.getByLabel('Vanuit de BuurtTop');
  const gehouden = buurtTop.locator('option:not([value=""])');
  await gehouden.first().waitFor({ state: 'attached' });
  assert.equal(await gehouden.count(), 1, 'only the held BuurtTop, not the announced one');
  const buurtTopNaam = (await gehouden.first().innerText()).trim();
  assert.match(buurtTopNaam, /^BuurtTop .+ \(\d+ \w+ \d{4}\)$/);

  // The same form from the held BuurtTop's page: its wijk and the BuurtTop are chosen already.
  await page.goto(url('/buurttops'));
  await page.getByRole('region', { name: 'BuurtTops' }).getByRole('row').filter({ hasText: 'Gehouden' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Wijktoekomstagenda beginnen vanuit deze BuurtTop' }).click();
  await page.waitForURL(/\/wijktoekomstagendas\/nieuw\?buurtTopId=[0-9a-f-]+$/);
  await buurtTop.locator('option:checked', { hasText: buurtTopNaam }).waitFor({ state: 'attached' });
  assert.equal(await wijkKeuze.locator('option:checked').innerText(), await wijkKeuze.locator('option', { hasText: wijk }).first().innerText());
  await nieuw.getByLabel('Titel').fill('Browsertest-agenda');
  await nieuw.getByLabel('Inleiding').fill('Wat de wijk wil, opnieuw op een rij.');
  await nieuw.getByLabel('5 jaar').check();
  await checkPage(page, t, assert, { name: 'agenda-nieuw' });
  await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Browsertest-agenda' }).waitFor();
  const gegevens = await page.locator('dl').first().innerText();
  assert.match(gegevens, /Concept/);
  assert.match(gegevens, /5 jaar, vanaf \d{4}/);
  const agendaUrl = page.url();

  // A second new version while this concept is open: the server refuses it (409) and the form says why.
  await page.goto(url('/wijktoekomstagendas/nieuw'));
  await wijkKeuze.selectOption(await wijkKeuze.locator('option', { hasText: wijk }).first().getAttribute('value'));
  await nieuw.getByLabel('Titel').fill('Nog een versie');
  expectHttpError(page, { status: 409, method: 'POST', url: /\/api\/v1\/wijktoekomstagendas$/ });
  await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  await samenvatting.filter({ hasText: /nog een concept/ }).waitFor();

  // Change the concept: the form starts from what it holds, and keeps the BuurtTop.
  await page.goto(agendaUrl);
  await page.getByRole('link', { name: 'Wijzigen', exact: true }).click();
  await page.waitForURL(/\/wijktoekomstagendas\/[0-9a-f-]+\/wijzigen$/);
  const wijzig = page.getByRole('form', { name: 'Wijktoekomstagenda wijzigen' });
  assert.equal(await wijzig.getByLabel('Titel').inputValue(), 'Browsertest-agenda');
  assert.ok(await wijzig.getByLabel('5 jaar').isChecked());
  await wijzig.getByLabel('Vanuit de BuurtTop').locator('option:checked', { hasText: buurtTopNaam }).waitFor({ state: 'attached' });
  await wijzig.getByLabel('Titel').fill('Browsertest-agenda, herzien');
  await wijzig.getByLabel('10 jaar').check();
  await checkPage(page, t, assert, { name: 'agenda-wijzigen' });
  await wijzig.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Browsertest-agenda, herzien' }).waitFor();
  assert.match(await page.locator('dl').first().innerText(), /10 jaar, vanaf \d{4}/);

  // A new ambitie in the concept, then its text rewritten.
  const toevoegen = page.getByRole('form', { name: 'Ambitie toevoegen' });
  await toevoegen.getByLabel('Titel van de ambitie').fill('Een moestuin op het dak');
  await toevoegen.getByLabel('Wat de wijk wil bereiken').fill('Groente van eigen dak.');
  await toevoegen.getByLabel('Publieke waarde').selectOption({ label: 'Eigen doel van bewoners' });
  await toevoegen.getByRole('button', { name: 'Ambitie toevoegen' }).click();
  await page.getByText('De ambitie is toegevoegd.').waitFor();
  const details = page.locator('app-ambitie-acties details', { hasText: 'Acties voor Een moestuin op het dak' });
  await details.locator('summary').click();
  const herschrijf = details.getByRole('form', { name: 'Ambitie wijzigen: Een moestuin op het dak' });
  await herschrijf.getByLabel('Wat de wijk wil bereiken').fill('Groente van eigen dak, voor de hele portiek.');
  await herschrijf.getByRole('button', { name: 'Ambitie wijzigen' }).click();
  await details.getByText('De ambitie is gewijzigd.').waitFor();
  await page.locator('article.ambitie', { hasText: 'Een moestuin op het dak' }).getByText('Groente van eigen dak, voor de hele portiek.').first().waitFor();
  await checkPage(page, t, assert, { name: 'agenda-ambitie-gewijzigd' });
}));

test('a beleidsmedewerker cannot rewrite an ambitie residents wrote: the server refuses and the form says why (G-8)', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijktoekomstagendas'));
  const lijst = page.getByRole('region', { name: "Wijktoekomstagenda's" });
  await lijst.getByRole('link').first().waitFor();
  // Ambities are written in a concept: the one the walk above began, or a new version begun here.
  // The pilotwijk: the one whose agenda is carried out (and has the residents' ambities).
  const wijk = await lijst.locator('tr', { hasText: 'In uitvoering' }).first().getByRole('link').innerText();
  const concept = lijst.locator('tr', { hasText: 'Concept' }).filter({ hasText: wijk });
  if (await concept.count()) {
    await concept.first().getByRole('link').click();
  } else {
    await page.getByRole('link', { name: 'Nieuwe wijktoekomstagenda' }).click();
    const nieuw = page.getByRole('form', { name: 'Nieuwe wijktoekomstagenda' });
    const wijkKeuze = nieuw.getByLabel('Wijk', { exact: true });
    await wijkKeuze.selectOption(await wijkKeuze.locator('option', { hasText: wijk }).first().getAttribute('value'));
    await nieuw.getByLabel('Titel').fill('Concept van de gemeente');
    await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Voor het team' }).waitFor();
  const details = page.locator('app-ambitie-acties details', { hasText: 'Acties voor Niemand eenzaam in de portiekflats' });
  await details.locator('summary').click();
  const herschrijf = details.getByRole('form', { name: 'Ambitie wijzigen: Niemand eenzaam in de portiekflats' });
  await herschrijf.getByLabel('Wat de wijk wil bereiken').fill('Door de gemeente herschreven.');
  expectHttpError(page, { status: 400, method: 'PUT', url: /\/api\/v1\/wijktoekomstagendas\/[0-9a-f-]+\/ambities\/[0-9a-f-]+$/ });
  await herschrijf.getByRole('button', { name: 'Ambitie wijzigen' }).click();
  await herschrijf.getByRole('alert').filter({ hasText: /geschreven door bewoners/ }).waitFor();
  assert.equal(await page.getByText('Door de gemeente herschreven.').count(), 0, 'the text on the page is still the residents\'');
  await checkPage(page, t, assert, { name: 'agenda-ambitie-g8' });
}));

test('the demo resident begins the first agenda of another wijk, with a team led by its residents\' organisation', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/wijktoekomstagendas/nieuw'));
  const nieuw = page.getByRole('form', { name: 'Nieuwe wijktoekomstagenda' });
  const wijkKeuze = nieuw.getByLabel('Wijk', { exact: true });
  await wijkKeuze.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
  const wijken = await wijkKeuze.locator('option:not([value=""])').allInnerTexts();
  // Only the pilotwijk has an agenda in the demo.
  const wijk = wijken.find((w) => !/Centrum/.test(w));
  assert.ok(wijk, wijken.join(' | '));
  await wijkKeuze.selectOption({ label: wijk });
  await nieuw.getByLabel('Titel').fill('Eerste agenda van de browsertest');
  await nieuw.getByLabel('Stichting Welzijn Voor Elkaar').check();
  await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Kies de bewonersorganisatie die de agenda trekt.' }).waitFor();
  await nieuw.getByLabel(/^Trekker/).selectOption({ label: 'Bewonersvereniging Centrum' });
  await checkPage(page, t, assert, { name: 'agenda-nieuw-team' });
  await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eerste agenda van de browsertest' }).waitFor();
  const gegevens = await page.locator('dl').first().innerText();
  assert.match(gegevens, /Versie\s+1/);
  assert.match(gegevens, /Team\s+Bewonersvereniging Centrum, Stichting Welzijn Voor Elkaar/);
}));
