// Wijziging and intrekking of a subsidy (Awb 4:48–4:51) in the client: the demo bewonersorganisatie applies for a
// lantern parade of its own (€ 800, a fresh application no other test reads) and a beleidsmedewerker grants it; the
// gemeente-beheerder sees only the grounds of a verlening (4:48, 4:50), is stopped without a toelichting (nothing
// changes), sees the server's refusal of a phase-out term that ends after the ingang next to that field, and lowers the
// subsidy to € 500 on ground 4:48 a. The list shows the wijziging, the letter (PDF) says what and why; the applicant
// reads it without the form. A raadslid opens the afbouwsignalen (Awb 4:51) from the start page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { pdfTekst } from '../lib/pdf.mjs';
import { verleen, vraagAan } from '../lib/subsidie.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const REGELING = 'Bewonersinitiatieven in de wijk';

/** An ISO date `dagen` days from today. */
function over(dagen) {
  return dagInNederland(dagen);
}

/** The value of a definition list row (`<dt>term</dt><dd>…</dd>`) within `binnen`. */
function gegeven(binnen, term) {
  return binnen.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd').first();
}

test('the gemeente lowers a granted subsidy under Awb 4:48; the list and the letter say what and why', async (t) => {
  const stempel = Date.now();
  const plan = `Een lampionnenoptocht door de wijk, vijf avonden in november (${stempel}).`;
  const toelichting = `Twee van de vijf avonden van de optocht zijn niet doorgegaan (${stempel}).`;
  let pad;

  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    // The demo bewonersorganisatie acts for the bewonersvereniging of the pilot wijk.
    pad = await vraagAan(page, { regeling: REGELING, organisatie: /^Bewonersvereniging/, plan, bedrag: '800' });
  });

  // € 800 is below the regeling's four-eyes threshold: one review, then the grant.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await verleen(page, pad, { plan, toelichting: 'Bewoners lopen samen met lampionnen; iedereen uit de buurt loopt mee.', motivering: 'Brengt buren op de been in de donkere maand.' });
  });

  let kenmerk;
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'gemeente-beheerder');
    await page.goto(url(pad));
    const sectie = page.getByRole('region', { name: 'Wijzigingen en intrekking', exact: true });
    await sectie.getByText('De subsidie is niet gewijzigd of ingetrokken.', { exact: true }).waitFor();
    const formulier = sectie.getByRole('form', { name: 'Wijzigen of intrekken' });
    await formulier.waitFor();
    // Not set yet: the grounds of the verlening, each with its article; none of the vaststelling (4:49).
    await formulier.getByRole('group', { name: /^Artikel 4:48 Awb/ }).getByRole('radio').nth(4).waitFor();
    assert.equal(await formulier.getByRole('group', { name: /^Artikel 4:48 Awb/ }).getByRole('radio').count(), 5);
    await formulier.getByRole('radio', { name: 'Veranderde omstandigheden of inzichten (artikel 4:50, eerste lid, onder a)', exact: true }).waitFor();
    assert.equal(await formulier.getByRole('group', { name: /^Artikel 4:49 Awb/ }).count(), 0, 'no ground of the vaststelling before it is set');
    await sectie.getByText(/Nu verleend: €\s800,00\./).waitFor();

    // Without a toelichting nothing is sent: the error next to the field and in the summary, in Dutch.
    await formulier.getByRole('radio', { name: 'Activiteiten niet (helemaal) gedaan (artikel 4:48, eerste lid, onder a)', exact: true }).check();
    await formulier.getByText(/werkt de wijziging terug tot de dag van de verlening/).waitFor();
    await formulier.getByLabel('Nieuw bedrag', { exact: true }).fill('500');
    await formulier.getByRole('button', { name: 'Wijzigingsbesluit nemen' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden:' });
    await samenvatting.getByRole('link', { name: /^Toelichting: Vul de toelichting in: welke feiten dragen de grond\?/ }).waitFor();
    await page.locator('#wijziging-toelichting-fout').getByText('Vul de toelichting in: welke feiten dragen de grond?').waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-wijzigen-fout' });
    await page.reload();
    await sectie.getByText('De subsidie is niet gewijzigd of ingetrokken.', { exact: true }).waitFor();
    assert.equal(await page.locator('dt', { hasText: /^Bedrag na wijziging$/ }).count(), 0, 'the amount is unchanged');

    // Changed circumstances work for the future only; a phase-out term that ends after the lower amount starts is
    // refused by the server, next to the field.
    await formulier.getByRole('radio', { name: /^Veranderde omstandigheden of inzichten/ }).check();
    await formulier.getByLabel('Nieuw bedrag', { exact: true }).fill('500');
    await formulier.getByLabel('Toelichting', { exact: true }).fill(toelichting);
    await formulier.getByLabel('Gaat in op', { exact: true }).fill(over(30));
    await formulier.getByText(/redelijke afbouwtermijn|artikel 4:51 Awb/).first().waitFor();
    await formulier.getByLabel('Afbouwtermijn tot', { exact: true }).fill(over(60));
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/wijzigingsbesluiten' });
    await formulier.getByRole('button', { name: 'Wijzigingsbesluit nemen' }).click();
    await page.locator('#wijziging-afbouwTot-fout').getByText('De lagere subsidie gaat in na de afbouwtermijn, niet ervoor.').waitFor();
    await samenvatting.getByRole('link', { name: /^Afbouwtermijn tot: De lagere subsidie gaat in na de afbouwtermijn/ }).waitFor();
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-wijzigen' });

    // Lowered under 4:48 a, back to the day of the verlening.
    await formulier.getByRole('radio', { name: /^Activiteiten niet \(helemaal\) gedaan/ }).check();
    // No phase-out term outside 4:50: the field goes, and its error with it.
    await formulier.getByLabel('Afbouwtermijn tot', { exact: true }).waitFor({ state: 'detached' });
    assert.equal(await samenvatting.getByRole('link', { name: /^Afbouwtermijn tot:/ }).count(), 0);
    await formulier.getByLabel('Gaat in op', { exact: true }).fill('');
    await formulier.getByRole('button', { name: 'Wijzigingsbesluit nemen' }).click();
    const melding = sectie.getByRole('status').filter({ hasText: 'is genomen' });
    await melding.waitFor();
    kenmerk = /(WZG-\S+?) is genomen/.exec(await melding.innerText())[1];
    const besluit = sectie.getByRole('article', { name: `Wijziging ${kenmerk}` });
    await besluit.waitFor();
    assert.match(await gegeven(besluit, 'Grond').innerText(), /Activiteiten niet \(helemaal\) gedaan[\s\S]*artikel 4:48, eerste lid, onder a, Awb/);
    assert.match(await gegeven(besluit, 'Bedrag').innerText(), /€\s800,00 → €\s500,00/);
    assert.match(await gegeven(besluit, 'Werkt vanaf').innerText(), /^\d{1,2} \w+ 20\d\d$/);
    assert.equal(await gegeven(besluit, 'Terugvordering').innerText(), 'Niets terug te betalen');
    assert.equal(await gegeven(besluit, 'Toelichting').innerText(), toelichting);
    await sectie.getByText('De subsidie is niet gewijzigd of ingetrokken.', { exact: true }).waitFor({ state: 'detached' });
    // The beschikking itself now holds the lower amount and voorschot.
    const beschikking = page.getByRole('region', { name: 'Besluit en beschikking', exact: true });
    await beschikking.locator('dd').getByText(/^€\s500,00$/).first().waitFor();
    assert.match(await gegeven(beschikking, 'Bedrag na wijziging').innerText(), /€\s500,00/);
    assert.match(await beschikking.getByRole('region', { name: 'Voorschotten' }).innerText(), /€\s500,00/);
    await page.waitForFunction(() => !document.querySelector('main .laden'));
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-gewijzigd' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      besluit.getByRole('button', { name: `Wijzigingsbesluit ${kenmerk} downloaden (pdf)` }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const pdf = await pdfTekst(bytes);
    assert.match(pdf, /Beschikking: wijziging van de subsidieverlening/);
    assert.ok(pdf.includes(kenmerk), 'the letter carries the kenmerk');
    assert.ok(pdf.includes(toelichting), 'the letter gives the facts');
    assert.match(pdf, /4:48/);
    assert.match(pdf, /6:7/);
  });

  // The applicant reads the wijziging (and can fetch its letter), without the form.
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.goto(url(pad));
    const sectie = page.getByRole('region', { name: 'Wijzigingen en intrekking', exact: true });
    const besluit = sectie.getByRole('article', { name: `Wijziging ${kenmerk}` });
    await besluit.getByText(toelichting, { exact: true }).waitFor();
    await besluit.getByRole('button', { name: `Wijzigingsbesluit ${kenmerk} downloaden (pdf)` }).waitFor();
    assert.equal(await sectie.getByRole('button', { name: 'Wijzigingsbesluit nemen' }).count(), 0, 'only the gemeente decides');
    await checkPage(page, t, assert, { name: 'subsidieaanvraag-gewijzigd-ontvanger' });
  });
});

test('a raadslid reads the afbouwsignalen: organisations subsidised three years or more, by date and never by amount', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'raadslid');
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Afbouwsignalen: subsidie van drie jaar of langer' }).click();
  await page.waitForURL(/\/subsidies\/afbouw$/);
  await page.getByRole('heading', { level: 1, name: /Afbouw.?signalen/ }).waitFor();
  await page.getByText('artikel 4:51 Awb', { exact: false }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .laden'));
  // The demo may have no such organisation: then the empty state, else the table with these columns.
  const tabel = page.getByRole('region', { name: 'Afbouwsignalen', exact: true });
  const leeg = page.getByText(/^Er zijn geen organisaties met drie jaar of langer subsidie/);
  await tabel.or(leeg).first().waitFor();
  if (await tabel.count() === 0) {
    await leeg.waitFor();
  } else {
    const koppen = await tabel.getByRole('columnheader').allInnerTexts();
    assert.deepEqual(koppen.map((k) => k.trim()), ['Organisatie', 'Jaren achter elkaar', 'Signaal', 'Kenmerk', 'Loopt tot', 'Afbouwtermijn tot']);
  }
  assert.doesNotMatch(await page.getByRole('main').innerText(), /€/, 'no amounts: the signal is about continuity, not size');
  await checkPage(page, t, assert, { name: 'subsidies-afbouw' });
}));
