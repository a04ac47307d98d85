// Route step 4 in the client, the subsidy (Awb titel 4.2): the public reads the demo's open regeling (plafond, what
// remains, criteria, mededingingsruimte); a bewonersorganisatie applies under it in a few fields and submits; a
// beleidsmedewerker takes it in hand, reviews it on the rubric (a level per criterion, no total: G-1) and grants it
// (an amount below the four-eyes threshold needs one review); the applicant reads the beschikking as a PDF. Staff draft
// a regeling of their own, publish it, record the mededingingsruimte and open it. Each test makes what it changes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { pdfTekst } from '../lib/pdf.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with an open regeling, and that regeling (Amsterdam with ../shared, Voorbeeldstad without). */
async function openRegeling() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/subsidieregelingen`);
    const open = r.ok ? (await r.json()).items.find((x) => x.status === 'open') : undefined;
    if (open) return { slug, regeling: open };
  }
  throw new Error('geen demogemeente met een open subsidieregeling');
}

/** A bewonersorganisatie applies under the open regeling for `euro` and submits; returns the application's path. */
async function dienAanvraagIn(page, plan, euro) {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/subsidies'));
  const tabel = page.getByRole('region', { name: 'Subsidieregelingen' });
  await tabel.getByRole('row').filter({ hasText: 'Open voor aanvragen' }).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Subsidie aanvragen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Subsidie aanvragen' }).waitFor();
  // The organisation comes from the applicant's earlier applications (the demo has some).
  await page.locator('#organisatieId option').nth(1).waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('#organisatieId')?.value !== '');
  await page.getByLabel('Uw plan').fill(plan);
  await page.getByLabel('Gevraagd bedrag').fill(euro);
  await page.locator('fieldset#ambitieIds input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await page.waitForURL(/\/subsidies\/aanvragen\/[0-9a-f-]+$/);
  await page.getByText('De gemeente heeft de aanvraag ontvangen.').waitFor();
  return new URL(page.url()).pathname;
}

test('the public reads the open regeling with its plafond, criteria and mededingingsruimte', (t) => withPage(browser, t, async (page) => {
  const { slug, regeling } = await openRegeling();
  await page.goto(url(`/subsidies?gemeente=${slug}`));
  const tabel = page.getByRole('region', { name: 'Subsidieregelingen' });
  await tabel.getByRole('link', { name: regeling.titel }).waitFor();
  assert.equal(await tabel.getByText('Ontwerp', { exact: true }).count(), 0, 'the public sees no drafts');
  await checkPage(page, t, assert, { name: 'subsidies-publiek' });

  await tabel.getByRole('link', { name: regeling.titel }).click();
  await page.getByRole('heading', { level: 1, name: regeling.titel }).waitFor();
  await page.getByText('Openbare oproep', { exact: true }).waitFor();
  const main = await page.getByRole('main').innerText();
  assert.match(main, /Subsidieplafond\s+€\s[\d.,]+/);
  assert.match(main, /Nog te verdelen\s+€\s[\d.,]+/);
  for (const c of regeling.criteria) assert.ok(main.includes(c.naam), `criterion ${c.naam} shown`);
  assert.doesNotMatch(main, /score|totaal|rangorde/i);
  assert.equal(await page.getByRole('link', { name: 'Subsidie aanvragen' }).count(), 0, 'the public does not apply');
  await checkPage(page, t, assert, { name: 'subsidieregeling-publiek' });
}));

test('a bewonersorganisatie applies, a beleidsmedewerker reviews and grants, the applicant reads the beschikking', async (t) => {
  const plan = `Een burendag met soep en muziek op het plein (${Date.now()}).`;
  let pad;
  // Each person in their own browser context (own sign-in). € 300 is below the demo regeling's four-eyes threshold:
  // one review is enough.
  await withPage(browser, t, async (page) => {
    pad = await dienAanvraagIn(page, plan, '300');
    await page.getByText(/nog \d+ dagen/).first().waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-ingediend' });
    await page.goto(url('/subsidies/mijn-aanvragen'));
    await page.getByRole('region', { name: 'Mijn subsidieaanvragen' }).getByText('Ingediend', { exact: true }).first().waitFor();
    await checkPage(page, t, assert, { name: 'subsidies-mijn-aanvragen' });
  });

  await withPage(browser, t, async (page) => {

    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url('/subsidies/aanvragen'));
    const wachtrij = page.getByRole('region', { name: 'Subsidieaanvragen' });
    await wachtrij.getByText('Ingediend', { exact: true }).first().waitFor();
    await checkPage(page, t, assert, { name: 'subsidies-wachtrij' });
    await page.getByLabel('Status').selectOption('ingediend');
    await wachtrij.getByText('Ingediend', { exact: true }).first().waitFor();
    for (const ander of ['In behandeling', 'Aanvulling gevraagd', 'Besloten'])
      assert.equal(await wachtrij.getByText(ander, { exact: true }).count(), 0, `the status filter hides ${ander}`);

    await page.goto(url(pad));
    await page.getByText(plan).waitFor();
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByRole('heading', { level: 3, name: 'Beoordelen' }).waitFor();
    await page.getByText('0 van de 1 benodigde beoordelingen.').waitFor();
    // Sent empty, the rubric names what is missing next to its fields and in the summary.
    await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await page.locator('#beoordeling-oordelen-fout').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-beoordelen-fouten' });
    const criteria = await page.locator('fieldset#beoordeling-oordelen fieldset legend').allInnerTexts();
    assert.ok(criteria.length >= 1, 'one radio group per criterion');
    for (let i = 0; i < criteria.length; i++) await page.locator(`#oordeel-${i}-${i === 0 ? 'voldoetDeels' : 'voldoet'}`).check();
    await page.locator('#advies-verlenen').check();
    await page.getByLabel('Toelichting').fill('Bewoners organiseren het zelf en iedereen uit de buurt is welkom.');
    await page.getByLabel(/Ik verklaar dat ik geen persoonlijk of zakelijk belang heb/).check();
    await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await page.getByText('1 van de 1 benodigde beoordelingen.').waitFor();
    const beoordelingen = page.getByRole('region', { name: 'Beoordelingen' });
    await beoordelingen.getByText('Voldoet deels', { exact: true }).waitFor();
    assert.doesNotMatch(await beoordelingen.innerText(), /totaal|score|punten/i, 'levels, never a sum (G-1)');

    await page.locator('#besluit-verlening').check();
    await page.getByLabel('Motivering').fill('Voldoet aan de criteria; de burendag draagt bij aan de ambitie van de wijk.');
    await page.getByLabel('Verplichtingen').fill('U hangt de uitnodiging op in elke portiek.\nU stuurt ons twee foto\'s van de burendag.');
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-besluiten' });
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('De gemeente heeft besloten.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Besluit en beschikking' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Besluit vastleggen' }).count(), 0);
  });

  await withPage(browser, t, async (page) => {

    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(pad));
    await page.getByText('De gemeente heeft besloten.').waitFor();
    const besluit = page.getByRole('region', { name: 'Besluit en beschikking' });
    await besluit.getByText('€ 300,00').first().waitFor();
    // The beschikking as the applicant reads it: the obligations as granted, the year and the voorschot (Awb 4:95).
    await besluit.getByText('U hangt de uitnodiging op in elke portiek.').waitFor();
    const voorschotten = besluit.getByRole('region', { name: 'Voorschotten' });
    await voorschotten.getByRole('row').nth(1).waitFor();
    assert.match(await voorschotten.innerText(), /€\s300,00/);
    assert.match(await besluit.getByRole('region', { name: 'Bedrag per jaar' }).innerText(), /20\d\d/);
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-besloten' });
    // The PDF needs the sign-in, so the client fetches it and hands the browser the bytes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      besluit.getByRole('button', { name: 'Beschikking downloaden (pdf)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const tekst = await pdfTekst(bytes);
    assert.match(tekst, /Beschikking: verlening van subsidie/);
    assert.match(tekst, /U stuurt ons twee foto's van de burendag\./);
    assert.match(tekst, /Voorschotten/);
    assert.match(tekst, /SUB-\d{4}-[0-9A-F]{8}/);
    assert.match(tekst, /6:7 Awb/);
  });
});

test('an applicant who leaves out the plan and the amount sees what to fix', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/subsidies'));
  await page.getByRole('region', { name: 'Subsidieregelingen' }).getByRole('row').filter({ hasText: 'Open voor aanvragen' }).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Subsidie aanvragen' }).click();
  await page.getByLabel('Gevraagd bedrag').fill('12,345');
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden:' });
  await samenvatting.getByRole('link', { name: /^Uw plan:/ }).waitFor();
  await samenvatting.getByRole('link', { name: /^Gevraagd bedrag:/ }).waitFor();
  await page.locator('#bedrag-fout').waitFor();
  await checkPage(page, t, assert, { name: 'subsidie-aanvragen-fouten' });
}));

test('a beleidsmedewerker drafts a regeling, publishes it, records the mededingingsruimte and opens it', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/subsidies'));
  await page.getByRole('link', { name: 'Regeling opstellen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Regeling opstellen' }).waitFor();
  const titel = `Buurtkamers open (${Date.now()})`;
  await page.getByLabel('Titel').fill(titel);
  await page.getByLabel('Grondslag').fill('Subsidieverordening sociale basis, art. 4 lid 2');
  const budget = page.locator('#wijkbudgetId');
  await budget.locator('option').nth(1).waitFor({ state: 'attached' });
  await budget.selectOption({ index: 1 });
  await page.locator('fieldset#regelIds input[type=checkbox]').first().check();
  // The demo regeling's period: the budget holds that year.
  const { regeling } = await openRegeling();
  await page.getByLabel('Subsidieplafond').fill('1.000');
  await page.getByLabel('Tijdvak van').fill(regeling.plafondVan);
  await page.getByLabel('Tijdvak tot en met').fill(regeling.plafondTot);
  await page.locator('#criterium-0-naam').fill('Open voor iedereen');
  await page.locator('#criterium-0-toelichting').fill('Iedereen uit de buurt kan binnenlopen.');
  await page.getByRole('button', { name: 'Criterium toevoegen' }).click();
  await page.locator('#criterium-1-naam').fill('Door bewoners');
  await page.locator('#criterium-1-toelichting').fill('Bewoners houden de buurtkamer zelf open.');
  await page.getByLabel('Zo wordt het geld verdeeld').fill('Op volgorde van binnenkomst, tot het plafond is bereikt.');
  await page.getByLabel('Wie mag aanvragen').fill('Bewonersorganisaties in de wijk.');
  await page.getByLabel('Twee beoordelaars vanaf').fill('500');
  await checkPage(page, t, assert, { name: 'subsidieregeling-nieuw' });
  await page.getByRole('button', { name: 'Regeling opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();
  await page.getByText('Nog niet gepubliceerd; alleen de gemeente ziet deze regeling.').waitFor();
  await checkPage(page, t, assert, { name: 'subsidieregeling-ontwerp' });

  await page.getByRole('button', { name: 'Regeling publiceren' }).click();
  await page.getByText('Gepubliceerd; aanvragen kan zodra de gemeente de regeling opent.').waitFor();
  // Without a mededingingsruimte there is nothing to open yet.
  assert.equal(await page.getByRole('button', { name: 'Aanvraagperiode openen' }).count(), 0);
  await page.getByLabel('Openbare oproep').check();
  await page.getByLabel('Verantwoording').fill('Oproep in de wijkkrant en op de website, vier weken open.');
  await page.getByLabel('Datum van de oproep of motivering').fill(dagInNederland());
  await page.getByRole('button', { name: 'Mededingingsruimte vastleggen' }).click();
  await page.getByRole('button', { name: 'Aanvraagperiode openen' }).click();
  await page.getByText('U kunt nu aanvragen.').waitFor();
  await checkPage(page, t, assert, { name: 'subsidieregeling-open' });
}));

test('the gemeente asks for completion, the applicant completes, the gemeente postpones the decision (Awb 4:5, 4:14)', async (t) => {
  const plan = `Een zwerfvuilprikactie met de basisschool (${Date.now()}).`;
  let pad;
  await withPage(browser, t, async (page) => { pad = await dienAanvraagIn(page, plan, '200'); });

  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url(pad));
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByLabel('Wat ontbreekt er?').fill('Met hoeveel kinderen en op welke dag?');
    await page.getByRole('button', { name: 'Aanvulling vragen' }).click();
    await page.getByText('Termijn staat stil', { exact: true }).waitFor();
    await page.getByText('De aanvrager is gevraagd de aanvraag aan te vullen;', { exact: false }).waitFor();
  });

  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url('/subsidies/mijn-aanvragen'));
    await page.getByRole('region', { name: 'Mijn subsidieaanvragen' }).getByText('Aanvulling gevraagd', { exact: true }).first().waitFor();
    await page.goto(url(pad));
    await page.getByText('Met hoeveel kinderen en op welke dag?').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-aanvullen' });
    await page.getByLabel('Uw plan').fill(`${plan}\nMet groep 7 en 8, op zaterdag 14 maart.`);
    await page.getByRole('button', { name: 'Aanvulling sturen' }).click();
    await page.getByText('De gemeente beoordeelt de aanvraag.').waitFor();
    await page.getByText('Met groep 7 en 8, op zaterdag 14 maart.').waitFor();
  });

  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url(pad));
    await page.getByText('Met groep 7 en 8, op zaterdag 14 maart.').waitFor();
    const later = dagInNederland(150);
    await page.getByLabel('Nieuwe beslistermijn').fill(later);
    await page.getByLabel('Reden').fill('We wachten op het advies van de wijkraad.');
    await page.getByRole('button', { name: 'Verdaging meedelen' }).click();
    await page.getByText(/We wachten op het advies van de wijkraad/).first().waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-verdaagd' });
  });
});

test('an applicant saves a concept and submits it later; only then does the beslistermijn run', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'bewonersorganisatie');
  await page.goto(url('/subsidies'));
  await page.getByRole('region', { name: 'Subsidieregelingen' }).getByRole('row').filter({ hasText: 'Open voor aanvragen' }).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Subsidie aanvragen' }).click();
  await page.waitForFunction(() => document.querySelector('#organisatieId')?.value !== '');
  await page.getByLabel('Naam van de bewonersgroep').fill('Buurtgroep Lindeplein');
  await page.getByLabel('Uw plan').fill(`Bankjes en plantenbakken op het Lindeplein (${Date.now()}).`);
  await page.getByLabel('Gevraagd bedrag').fill('450,50');
  await page.getByRole('button', { name: 'Bewaren als concept' }).click();
  await page.getByText('Deze aanvraag is een concept en nog niet ingediend.', { exact: false }).waitFor();
  await page.getByText('Van Buurtgroep Lindeplein, via ').waitFor();
  assert.equal(await page.getByText('Beslistermijn', { exact: true }).count(), 0, 'no deadline runs for a concept');
  await checkPage(page, t, assert, { name: 'subsidieaanvraag-concept' });
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await page.getByText('De gemeente heeft de aanvraag ontvangen.').waitFor();
  await page.getByText('Beslistermijn', { exact: true }).waitFor();
  await page.getByText('€ 450,50').waitFor();
}));
