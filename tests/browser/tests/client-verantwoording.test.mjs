// Verantwoording and vaststelling in the client (issue 11, Awb 4:45–4:47): the gemeente-beheerder reads the tiers in
// force, sees what a wrong version lacks and records low thresholds; under them the demo professional's welfare
// organisation (which no other test applies for) gets € 1.500 granted, the highest tier: the report asks the costs, a
// financial account and the accountant's statement too. The gemeente's queue shows the report expected, then
// submitted; the beleidsmedewerker draws the steekproef of the regeling's year (seed and drawn beschikkingen shown)
// and sets the subsidy lower with its reason; the letter (PDF) says the amount and the nabetaling. The auditor reads
// it all without a form.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { pdfTekst } from '../lib/pdf.mjs';
import { verleen, vraagAan } from '../lib/subsidie.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const ORGANISATIE = 'Stichting Welzijn Voor Elkaar';
// The demo's regeling by name: another test opens a regeling of its own with a plafond below this grant.
const REGELING = 'Bewonersinitiatieven in de wijk';

/** The gemeente-beheerder records a version of the tiers: no report below € 100, an activity report below € 1.000. */
async function zetLageGrenzen(t) {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Grenzen voor de verantwoording' }).click();
    await page.waitForURL(/\/subsidies\/verantwoordingskader$/);
    await page.getByRole('heading', { level: 1, name: 'Grenzen voor de verantwoording' }).waitFor();
    const treden = page.getByRole('region', { name: 'Wat er gevraagd wordt per bedrag', exact: true });
    await treden.getByRole('row').nth(1).waitFor();
    const versie = await page.locator('dt', { hasText: 'Versie van de grenzen' }).locator('xpath=following-sibling::dd').innerText();
    await checkPage(page, t, assert, { name: 'subsidies-verantwoordingskader' });

    // Checked here: an amount that is not one and a percentage above 100, next to their fields and in the summary.
    await page.getByLabel('Geen verslag onder').fill('veel');
    await page.getByLabel('Steekproef in procenten').fill('150');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden:' });
    await samenvatting.getByRole('link', { name: /^Geen verslag onder: Vul een bedrag/ }).waitFor();
    await samenvatting.getByRole('link', { name: /^Steekproef in procenten: Vul een heel getal/ }).waitFor();
    await page.locator('#kader-steekproef-fout').waitFor();
    await checkPage(page, t, assert, { name: 'subsidies-verantwoordingskader-fouten' });

    // Checked by the server: an amount no budget holds (its field error next to the field), then thresholds out of order.
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/verantwoordingskaders' });
    await page.getByLabel('Geen verslag onder').fill('200.000.000.000');
    await page.getByLabel('Steekproef in procenten').fill('10');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await page.locator('#kader-zonder-verslag-fout').getByText(/hoogstens 100 miljard euro/).waitFor();
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/verantwoordingskaders' });
    await page.getByLabel('Geen verslag onder').fill('5.000');
    await page.getByLabel('Alleen een activiteitenverslag onder').fill('1.000');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await page.getByRole('alert').getByText(/ligt op of boven de grens/).waitFor();

    await page.getByLabel('Geen verslag onder').fill('100');
    await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    const melding = page.getByRole('status').filter({ hasText: 'van de grenzen is vastgelegd' });
    await melding.waitFor();
    const nieuw = Number(/Versie (\d+)/.exec(await melding.innerText())[1]);
    assert.ok(nieuw >= 1 && !versie.includes(`Versie ${nieuw}`), 'a new version, not the one before');
    const rijen = await treden.innerText();
    assert.match(rijen, /Onder €\s100,00\s+Geen verslag/);
    assert.match(rijen, /€\s100,00 tot €\s1\.000,00\s+Een activiteitenverslag/);
    assert.match(rijen, /€\s1\.000,00 of meer\s+Een activiteitenverslag, een financieel verslag en een accountantsverklaring/);
  });
}

test('from a grant through the report to the vaststelling and its letter', async (t) => {
  await zetLageGrenzen(t);
  const plan = `Een taalcafé voor nieuwe buren, elke dinsdag (${Date.now()}).`;
  let pad;

  // The professional applies for the welfare organisation it works for; € 1.500 is below the four-eyes threshold.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'professional');
    pad = await vraagAan(page, { regeling: REGELING, organisatie: ORGANISATIE, plan, bedrag: '1.500' });
  });

  // A beleidsmedewerker reviews and grants it: the tier in force at the grant is recorded with its due date.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await verleen(page, pad, { plan, toelichting: 'Nieuwe buren leren de taal van buren; vrijwilligers uit de wijk.', motivering: 'Draagt bij aan de ambitie van de wijk dat buren elkaar kennen.' });
    // The subsidy's period is the regeling's year (the one the steekproef below draws from).
    const jaar = Number(/Periode\s+\d{1,2} \w+ (\d{4})/.exec(await page.getByRole('main').innerText())[1]);

    const verantwoording = page.getByRole('region', { name: 'Verantwoording', exact: true });
    await verantwoording.getByText('Een activiteitenverslag, een financieel verslag en een accountantsverklaring', { exact: true }).waitFor();
    await verantwoording.getByText('Verslag verwacht', { exact: true }).waitFor();
    assert.match(await verantwoording.innerText(), /Verslag uiterlijk\s+\d{1,2} \w+ 20\d\d/);
    assert.equal(await verantwoording.getByRole('button', { name: 'Verslag indienen' }).count(), 0, 'the gemeente does not report');
    const vaststelling = page.getByRole('region', { name: 'Vaststelling', exact: true });
    await vaststelling.getByText('Vaststellen kan zodra het verslag is ingediend.').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-verslag-verwacht' });

    // The queue: the grant with its report expected.
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Verantwoordingen en vaststellingen' }).click();
    await page.waitForURL(/\/subsidies\/verantwoordingen$/);
    const rij = page.getByRole('region', { name: 'Verantwoordingen', exact: true }).getByRole('row').filter({ hasText: ORGANISATIE }).filter({ hasText: '€ 1.500,00' });
    await rij.first().getByText('Verslag verwacht', { exact: true }).waitFor();
    await page.waitForFunction(() => !document.querySelector('main .laden'));
    await checkPage(page, t, assert, { name: 'subsidies-verantwoordingen' });
    await page.getByLabel('Stand', { exact: true }).selectOption('ingediend');
    assert.equal(await rij.count(), 0, 'the filter hides a report not yet in');
    await page.getByLabel('Stand', { exact: true }).selectOption('');

    // The steekproef of the regeling's year among the subsidies without a report (the demo's lowest-tier grant is one).
    const steekproef = page.getByRole('region', { name: 'Steekproef', exact: true });
    await steekproef.getByText(/Elk jaar trekt de gemeente 10 %/).waitFor();
    await steekproef.getByLabel('Jaar').fill('twintig');
    await steekproef.getByRole('button', { name: 'Steekproef trekken' }).click();
    await page.locator('#steekproef-jaar-fout').waitFor();
    await steekproef.getByLabel('Jaar').fill(String(jaar));
    await steekproef.getByRole('button', { name: 'Steekproef trekken' }).click();
    await steekproef.getByRole('status').getByText(new RegExp(`De steekproef over ${jaar} is getrokken: 1 uit \\d+ subsidies?\\.`)).waitFor();
    await steekproef.getByRole('region', { name: 'Getrokken steekproeven', exact: true }).getByRole('row').filter({ hasText: String(jaar) }).waitFor();
    await steekproef.getByText(`De steekproef over ${jaar} controleren`).click();
    const details = steekproef.locator('details[open]');
    assert.match(await details.locator('dd').first().innerText(), /^[0-9A-F]{32}$/, 'the recorded seed');
    await details.getByRole('link', { name: /^SUB-\d{4}-[0-9A-F]{8}$/ }).first().waitFor();
    await checkPage(page, t, assert, { name: 'subsidies-verantwoordingen-steekproef' });
  });

  // The professional reports: only the tier's questions, checked here and by the server.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'professional');
    await page.goto(url(pad));
    const verantwoording = page.getByRole('region', { name: 'Verantwoording', exact: true });
    await verantwoording.getByRole('heading', { level: 3, name: 'Verslag indienen' }).waitFor();
    await verantwoording.getByRole('button', { name: 'Verslag indienen' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden:' });
    await samenvatting.getByRole('link', { name: /^Wat is er gedaan\?: Beschrijf/ }).waitFor();
    await samenvatting.getByRole('link', { name: /^Gemaakte kosten:/ }).waitFor();
    await samenvatting.getByRole('link', { name: /^Financieel verslag:/ }).waitFor();
    await samenvatting.getByRole('link', { name: /^Accountantsverklaring:/ }).waitFor();
    await page.locator('#verslag-accountant-fout').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-verslag-fouten' });

    // A character that turns the reading direction around: the server's field error, next to the field.
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/verantwoordingen' });
    await verantwoording.getByLabel('Wat is er gedaan?').fill('Dertig avonden taalcafé\u202e');
    await verantwoording.getByLabel('Gemaakte kosten').fill('1.450,25');
    await verantwoording.getByLabel('Financieel verslag').fill('Koffie en thee € 400, lesmateriaal € 650, zaalhuur € 400,25.');
    await verantwoording.getByLabel('Ik stuur de verklaring van een accountant mee bij dit verslag.').check();
    await verantwoording.getByRole('button', { name: 'Verslag indienen' }).click();
    await page.locator('#verslag-activiteiten-fout').getByText(/tekens die niet zijn toegestaan/).waitFor();

    await verantwoording.getByLabel('Wat is er gedaan?').fill('Dertig avonden taalcafé met gemiddeld twaalf buren.\nDrie vrijwilligers uit de wijk.');
    await verantwoording.getByRole('button', { name: 'Verslag indienen' }).click();
    await verantwoording.getByRole('status').getByText('Het verslag is ingediend.', { exact: false }).waitFor();
    await verantwoording.getByRole('heading', { level: 3, name: 'Het ingediende verslag' }).waitFor();
    const tekst = await verantwoording.innerText();
    assert.match(tekst, /Gemaakte kosten\s+€\s1\.450,25/);
    assert.match(tekst, /Accountantsverklaring\s+Meegestuurd/);
    await verantwoording.getByText('Verslag ingediend', { exact: true }).waitFor();
    assert.equal(await verantwoording.getByRole('button', { name: 'Verslag indienen' }).count(), 0, 'reported once');
    await page.getByRole('region', { name: 'Vaststelling', exact: true }).getByText('De gemeente heeft de subsidie nog niet vastgesteld.').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-verslag-ingediend' });
  });

  // The beleidsmedewerker sets it lower: without the reason the server refuses, with it the offset follows.
  let kenmerk;
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url('/subsidies/verantwoordingen'));
    const rij = page.getByRole('region', { name: 'Verantwoordingen', exact: true }).getByRole('row').filter({ hasText: ORGANISATIE }).filter({ hasText: '€ 1.500,00' });
    await rij.first().getByText('Verslag ingediend', { exact: true }).waitFor();
    await page.goto(url(pad));
    const vaststelling = page.getByRole('region', { name: 'Vaststelling', exact: true });
    await vaststelling.getByRole('heading', { level: 3, name: 'Subsidie vaststellen' }).waitFor();
    assert.equal(await vaststelling.getByLabel('Vastgesteld bedrag').inputValue(), '1.500');
    await vaststelling.getByText('Lager dan verleend? Noem dan hieronder de reden.', { exact: false }).waitFor();
    await vaststelling.getByLabel('Vastgesteld bedrag').fill('1.200');
    await vaststelling.getByText(/Na verrekening: de gemeente betaalt nog €\s1\.200,00\./).waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-vaststellen' });

    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/vaststellingen' });
    await vaststelling.getByRole('button', { name: 'Subsidie vaststellen' }).click();
    await page.getByRole('alert').getByText(/Een lager bedrag dan verleend noemt de reden/).waitFor();

    await vaststelling.getByLabel('Reden van een lager bedrag').fill('Tien van de veertig geplande avonden zijn niet doorgegaan.');
    await vaststelling.getByRole('button', { name: 'Subsidie vaststellen' }).click();
    const melding = vaststelling.getByRole('status').filter({ hasText: 'De subsidie is vastgesteld' });
    await melding.waitFor();
    kenmerk = /\((VST-\d{4}-[0-9A-F]{8})\)/.exec(await melding.innerText())[1];
    const tekst = await vaststelling.innerText();
    assert.match(tekst, /Verleend\s+€\s1\.500,00/);
    assert.match(tekst, /Vastgesteld bedrag\s+€\s1\.200,00/);
    assert.match(tekst, /Betaalde voorschotten\s+€\s0,00/);
    assert.match(tekst, /Uitkomst\s+Nabetaling\s+de gemeente betaalt nog €\s1\.200,00/);
    assert.match(tekst, /Tien van de veertig geplande avonden/);
    await page.getByRole('region', { name: 'Verantwoording', exact: true }).getByText('Vastgesteld', { exact: true }).waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-vastgesteld' });

    // The nabetaling is paid: more than is open is stopped at the field; the whole amount settles it (Awb 4:95).
    const afwikkeling = vaststelling.getByRole('form', { name: 'De nabetaling registreren' });
    await afwikkeling.getByLabel('Bedrag', { exact: true }).fill('1300');
    await afwikkeling.getByLabel('Kenmerk van de betaling', { exact: true }).fill('NABET-2026-001');
    await afwikkeling.getByRole('button', { name: 'Betaling registreren' }).click();
    await page.locator('#afwikkeling-bedrag-fout').getByText(/niet meer dan €\s1\.200,00/).waitFor();
    await afwikkeling.getByLabel('Bedrag', { exact: true }).fill('1200');
    await afwikkeling.getByRole('button', { name: 'Betaling registreren' }).click();
    await vaststelling.getByRole('status').filter({ hasText: 'De betaling is geregistreerd.' }).waitFor();
    await vaststelling.getByText('Helemaal afgewikkeld.', { exact: true }).waitFor();
    assert.match(await vaststelling.innerText(), /€\s1\.200,00 nabetaald op .* \(NABET-2026-001\)/);
    assert.equal(await vaststelling.getByRole('form', { name: 'De nabetaling registreren' }).count(), 0);

    // Set, it leaves the queue.
    await page.goto(url('/subsidies/verantwoordingen'));
    await page.getByRole('heading', { level: 1, name: 'Verantwoordingen en vaststellingen' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('main .laden'));
    assert.equal(await page.getByRole('region', { name: 'Verantwoordingen', exact: true }).getByRole('link', { name: ORGANISATIE }).count(), 0);
  });

  // The recipient reads the vaststelling and its letter: the amount, the reason and the nabetaling.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'professional');
    await page.goto(url(pad));
    const vaststelling = page.getByRole('region', { name: 'Vaststelling', exact: true });
    await vaststelling.getByText(kenmerk, { exact: true }).waitFor();
    assert.equal(await vaststelling.getByRole('button', { name: 'Subsidie vaststellen' }).count(), 0);
    await vaststelling.getByText(/nabetaald op .* \(NABET-2026-001\)/).waitFor();
    assert.equal(await vaststelling.getByRole('button', { name: 'Betaling registreren' }).count(), 0);
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-vastgesteld-ontvanger' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      vaststelling.getByRole('button', { name: 'Beschikking tot vaststelling downloaden (pdf)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const pdf = await pdfTekst(bytes);
    assert.match(pdf, /Beschikking: vaststelling van subsidie/);
    assert.ok(pdf.includes(kenmerk), 'the letter carries the kenmerk');
    assert.match(pdf, /Wij stellen de subsidie vast op €\s?1\.200,00/);
    assert.match(pdf, /Tien van de veertig geplande avonden zijn niet doorgegaan\./);
    assert.match(pdf, /Wij betalen u €\s?1\.200,00 binnen vier weken/);
  });

  // The auditor reads the report and the vaststelling, without a form.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'auditor');
    await page.goto(url(pad));
    await page.getByRole('region', { name: 'Vaststelling', exact: true }).getByText(kenmerk, { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Verantwoording', exact: true }).getByText('Dertig avonden taalcafé met gemiddeld twaalf buren.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Subsidie vaststellen|Verslag indienen/ }).count(), 0);
    await page.goto(url('/subsidies/verantwoordingen'));
    await page.getByRole('region', { name: 'Getrokken steekproeven', exact: true }).getByRole('row').nth(1).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Steekproef trekken' }).count(), 0, 'the auditor draws nothing');
    await page.goto(url('/subsidies/verantwoordingskader'));
    await page.getByRole('heading', { level: 1, name: 'Grenzen voor de verantwoording' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).count(), 0, 'only the gemeente-beheerder sets the tiers');
    await checkPage(page, t, assert, { name: 'subsidies-verantwoordingskader-auditor' });
  });
});

// G-4 (ADR 0028): the demo host keeps the bewonersvereniging's books, so its full report still to come shows the
// financial part from that ledger and asks no costs and no financial account, only the accountant's statement. The
// report is not submitted here (the integration tests submit it).
test('the demo bewonersvereniging sees the financial part of its full report from the host\'s books and enters no costs', async (t) => {
  let pad;
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.goto(url('/subsidies/verantwoordingen'));
    const rij = page.getByRole('region', { name: 'Verantwoordingen', exact: true }).getByRole('row')
      .filter({ hasText: /^\s*Bewonersvereniging/ })
      .filter({ hasText: 'Een activiteitenverslag, een financieel verslag en een accountantsverklaring' })
      .filter({ hasText: /Verslag (verwacht|te laat)/ });
    await rij.first().waitFor();
    pad = await rij.first().getByRole('link').first().getAttribute('href');
  });

  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(pad));
    const verantwoording = page.getByRole('region', { name: 'Verantwoording', exact: true });
    await verantwoording.getByRole('heading', { level: 3, name: 'Verslag indienen' }).waitFor();
    const boeken = verantwoording.getByRole('region', { name: 'Financieel deel uit de administratie', exact: true });
    await boeken.getByText(/^Dit financiële deel komt uit de boeken die .+ voor uw groep bijhoudt; u hoeft geen kosten in te vullen of een financieel verslag te schrijven\.$/).waitFor();
    const tabel = boeken.getByRole('region', { name: 'Begroot en gerealiseerd per rekening', exact: true });
    await tabel.getByRole('rowheader', { name: 'Totaal uitgaven' }).waitFor();
    assert.match(await tabel.innerText(), /Subsidies?.*beschikking SUB-\d{4}-[0-9A-F]{8}/i, 'the subsidy received under the beschikking');
    assert.match(await boeken.innerText(), /Saldo \(inkomsten min uitgaven\)\s+€/);
    assert.equal(await verantwoording.getByLabel('Gemaakte kosten').count(), 0, 'the costs come from the books');
    assert.equal(await verantwoording.getByLabel('Financieel verslag').count(), 0, 'so does the financial account');
    await verantwoording.getByLabel('Ik stuur de verklaring van een accountant mee bij dit verslag.').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-verslag-uit-de-boeken' });
  });
});
