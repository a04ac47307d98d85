// The uitdaagrecht in the client. The public reads the gemeente's rules (terms, criteria, excluded tasks) and the
// decided challenges without signing in. The demo bewonersorganisatie challenges an excluded task ("Handhaving") and is
// refused at the task field, with nothing stored; then it challenges the management of the neighbourhood park. The
// beleidsmedewerker decides it is ontvankelijk, assesses it on every criterion, grants it (the decision letter is a PDF
// with the bezwaarclausule), records the transfer (to the organisation's running dienstverleningsafspraak), a monitoring note and the evaluation; the public list shows the
// outcome. The gemeente-beheerder records a new version of the verordening.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { pdfTekst } from '../lib/pdf.mjs';
import { jaarInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const JAAR = jaarInNederland() + 1;
const TAAK = `Het beheer van het buurtpark (${Date.now()})`;
const MOTIVERING = 'De bewoners beheren het park al jaren mee en hebben een rooster voor het hele jaar.';
/** The challenge the second test submits; the later tests open it. */
let uitdaging = '';

/** The first demo gemeente with a decided challenge (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/uitdagingen/openbaar`);
    if (r.ok && (await r.json()).totalCount > 0) return slug;
  }
  throw new Error('geen demogemeente met een besliste uitdaging');
}

/** Chooses the option of `select` whose text matches `tekst` (once the options have loaded). */
async function kies(select, tekst) {
  const optie = select.locator('option', { hasText: tekst }).first();
  await optie.waitFor({ state: 'attached' });
  await select.selectOption(await optie.getAttribute('value'));
}

test('the public reads the rules of the uitdaagrecht and the decided challenges, without contacts', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url('/uitdagingen'));
  await page.getByRole('heading', { level: 1, name: 'Uitdaagrecht', exact: true }).waitFor();
  await page.getByLabel(/gemeente/i).first().fill(slug);
  await page.getByRole('button', { name: 'Lezen', exact: true }).click();
  await page.waitForURL(new RegExp(`gemeente=${slug}`));
  await page.getByRole('heading', { level: 2, name: 'De regels van de gemeente' }).waitFor();
  await page.getByText('Participatieverordening, hoofdstuk Uitdaagrecht', { exact: true }).waitFor();
  await page.getByRole('listitem').filter({ hasText: /^Draagvlak in de buurt: Bewoners van de buurt steunen/ }).waitFor();
  await page.getByRole('listitem').filter({ hasText: /^Handhaving$/ }).waitFor();
  const lijst = page.getByRole('region', { name: 'Uitdagingen en hun uitkomst' });
  const buurthuis = lijst.getByRole('row').filter({ hasText: 'Beheer van het buurthuis' });
  await buurthuis.getByText('Afgewezen', { exact: true }).waitFor();
  await buurthuis.getByText(/Uitvoerbaarheid: Niet voldaan\./).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Een uitdaging indienen' }).count(), 0, 'the public cannot submit here');
  assert.doesNotMatch(await page.getByRole('main').innerText(), /@/, 'no e-mail address is published');
  await checkPage(page, t, assert, { name: 'uitdaagrecht-openbaar' });
}));

test('the bewonersorganisatie challenges a task; an excluded task is refused at the field and nothing is stored', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'bewonersorganisatie');
    await page.getByRole('link', { name: 'Een taak van de gemeente uitdagen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Een uitdaging indienen' }).waitFor();
    const formulier = page.getByRole('form', { name: 'Een uitdaging indienen' });
    // The local check first: nothing filled in.
    await formulier.getByRole('button', { name: 'Uitdaging indienen', exact: true }).click();
    await page.locator('#uitdaging-taak-fout').getByText('Noem de taak van de gemeente die u wilt overnemen.').waitFor();

    await kies(formulier.getByLabel('Organisatie die uitdaagt', { exact: true }), /^Bewonersvereniging/);
    await formulier.getByLabel('De taak die u wilt overnemen', { exact: true }).fill('Handhaving van de parkeerregels');
    await formulier.getByLabel('Waarom kunt u de taak beter zelf doen?', { exact: true }).fill('Wij kennen de straat en de bewoners.');
    await formulier.getByLabel('Gevraagd budget in euro', { exact: true }).fill('8000');
    await formulier.getByLabel('Vanaf', { exact: true }).fill(`${JAAR}-01-01`);
    await formulier.getByLabel('Tot en met', { exact: true }).fill(`${JAAR}-12-31`);
    expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/uitdagingen' });
    await formulier.getByRole('button', { name: 'Uitdaging indienen', exact: true }).click();
    await page.locator('#uitdaging-taak-fout').getByText(/'Handhaving' uitgesloten van het uitdaagrecht/).waitFor();
    await checkPage(page, t, assert, { name: 'uitdaging-indienen-uitgesloten' });

    await formulier.getByLabel('De taak die u wilt overnemen', { exact: true }).fill(TAAK);
    await formulier.getByLabel('Wijk', { exact: true }).selectOption({ index: 1 });
    await formulier.getByLabel('Waarom kunt u de taak beter zelf doen?', { exact: true })
      .fill('Wij onderhouden het park al jaren mee. Met het budget doen wij het hele jaar, met een vaste hovenier.');
    await formulier.getByLabel('Gevraagd budget in euro', { exact: true }).fill('12.500,00');
    await formulier.getByRole('button', { name: 'Uitdaging indienen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Uitdaging: ${TAAK}` }).waitFor();
    uitdaging = new URL(page.url()).pathname;
    await page.getByText('Ingediend', { exact: true }).waitFor();
    await page.getByText('€ 12.500,00', { exact: true }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Is de uitdaging ontvankelijk?' }).count(), 0, 'the challenger does not decide');
    await checkPage(page, t, assert, { name: 'uitdaging-ingediend' });

    // Its own list holds the new challenge, and the refused one was not stored.
    await page.getByRole('link', { name: 'Terug naar de uitdagingen', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Uitdagingen' });
    await lijst.getByRole('row').filter({ hasText: TAAK }).getByText('Ingediend', { exact: true }).waitFor();
    assert.equal(await lijst.getByRole('row').filter({ hasText: 'Handhaving van de parkeerregels' }).count(), 0);
    await checkPage(page, t, assert, { name: 'uitdagingen-eigen' });
  });
});

test('the gemeente decides ontvankelijkheid, assesses every criterion, grants it with a PDF letter, transfers, monitors and evaluates', async (t) => {
  assert.ok(uitdaging, 'the second test submitted the challenge');
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'beleidsmedewerker');
    await page.getByRole('link', { name: 'Uitdagingen behandelen', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Uitdagingen' });
    await lijst.getByRole('row').filter({ hasText: TAAK }).getByText(/Ontvankelijkheid uiterlijk/).waitFor();
    await checkPage(page, t, assert, { name: 'uitdagingen-behandelen' });
    await lijst.getByRole('link', { name: TAAK, exact: true }).click();

    const ontvankelijkheid = page.getByRole('form', { name: 'Is de uitdaging ontvankelijk?' });
    await ontvankelijkheid.getByRole('radio', { name: 'Niet ontvankelijk', exact: true }).check();
    await ontvankelijkheid.getByRole('button', { name: 'Beslissing vastleggen', exact: true }).click();
    await page.locator('#ontvankelijk-reden-fout').getByText('Geef de reden waarom de uitdaging niet ontvankelijk is.').waitFor();
    await ontvankelijkheid.getByRole('radio', { name: 'Ontvankelijk', exact: true }).check();
    await ontvankelijkheid.getByRole('button', { name: 'Beslissing vastleggen', exact: true }).click();
    await page.getByRole('status').getByText(/^De uitdaging is ontvankelijk/).waitFor();
    await page.getByRole('button', { name: 'In beoordeling nemen', exact: true }).click();
    await page.getByRole('status').getByText('De uitdaging is in beoordeling.', { exact: true }).waitFor();

    const besluit = page.getByRole('form', { name: 'Besluiten' });
    await besluit.getByRole('button', { name: 'Besluit nemen', exact: true }).click();
    await page.getByRole('alert').getByText('Kies of aan dit criterium is voldaan.').first().waitFor();
    const criteria = besluit.getByRole('group', { name: /^Oordeel over/ });
    const aantal = await criteria.count();
    assert.ok(aantal >= 1, 'every published criterion is asked');
    for (let i = 0; i < aantal; i++) {
      await criteria.nth(i).getByRole('radio', { name: 'Voldaan', exact: true }).check();
      await besluit.getByLabel(/^Toelichting op/).nth(i).fill(`Oordeel ${i + 1}: de bewoners laten het overtuigend zien.`);
    }
    await besluit.getByRole('radio', { name: 'Toekennen: de bewoners nemen de taak over', exact: true }).check();
    await besluit.getByLabel('Motivering', { exact: true }).fill(MOTIVERING);
    await checkPage(page, t, assert, { name: 'uitdaging-besluit' });
    await besluit.getByRole('button', { name: 'Besluit nemen', exact: true }).click();
    await page.getByRole('status').getByText(/^De uitdaging is toegekend/).waitFor();
    await page.getByText('Toegekend', { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Beoordeling per criterium' }).getByText('Voldaan', { exact: true }).first().waitFor();

    const kenmerk = await page.locator('dt').filter({ hasText: /^Kenmerk$/ }).locator('xpath=following-sibling::dd').first().innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Besluit downloaden (PDF)', exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const pdf = await pdfTekst(await readFile(await download.path()));
    assert.match(pdf, /Besluit: uitdaging toegekend/);
    assert.ok(pdf.includes(kenmerk.trim()), 'the letter carries the kenmerk');
    assert.ok(pdf.includes(MOTIVERING), 'the letter carries the reasoning');
    assert.match(pdf, /6:7/, 'the bezwaarclausule');

    const overdracht = page.getByRole('form', { name: 'Taak en budget overdragen' });
    // The bewonersvereniging's running dienstverleningsafspraak (demo) takes the task over.
    await overdracht.getByLabel('Vorm van de overdracht', { exact: true }).selectOption({ label: 'Dienstverleningsafspraak' });
    const afspraak = overdracht.getByLabel('De dienstverleningsafspraak', { exact: true });
    await afspraak.locator('option').nth(1).waitFor({ state: 'attached' });
    await afspraak.selectOption({ index: 1 });
    await overdracht.getByLabel('Wat er overgaat', { exact: true }).fill('Het beheer van het park en het budget voor de hovenier, per kwartaal verantwoord.');
    await overdracht.getByRole('button', { name: 'Overdracht vastleggen', exact: true }).click();
    await page.getByRole('status').getByText('De overdracht is vastgelegd.', { exact: true }).waitFor();
    await page.getByText(/^Dienstverleningsafspraak, per /).waitFor();

    const monitoring = page.getByRole('form', { name: 'Een monitoringnotitie toevoegen' });
    await monitoring.getByLabel('Wat hebt u gezien?', { exact: true }).fill('Het park ligt er verzorgd bij; de eerste plantdag trok dertig bewoners.');
    await monitoring.getByRole('button', { name: 'Notitie toevoegen', exact: true }).click();
    await page.getByRole('status').getByText('De monitoringnotitie is toegevoegd.', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Monitoring' }).getByText(/de eerste plantdag trok dertig bewoners/).waitFor();
    await checkPage(page, t, assert, { name: 'uitdaging-gemonitord' });

    const evaluatie = page.getByRole('form', { name: 'De uitvoering evalueren' });
    await evaluatie.getByLabel('Evaluatie', { exact: true }).fill('Het park is beter onderhouden dan onder de aannemer; de gemeente verlengt de afspraak.');
    await evaluatie.getByRole('button', { name: 'Evaluatie vastleggen', exact: true }).click();
    await page.getByRole('status').getByText(/^De evaluatie is vastgelegd/).waitFor();
    await page.getByText('Geëvalueerd', { exact: true }).first().waitFor();
    assert.equal(await page.getByRole('form', { name: 'Een monitoringnotitie toevoegen' }).count(), 0, 'the challenge is closed');
  });

  // The public list now shows the outcome with its reasoning.
  await withPage(browser, t, async (page) => {
    await page.goto(url(`/uitdagingen?gemeente=${await demoGemeente()}`));
    const rij = page.getByRole('region', { name: 'Uitdagingen en hun uitkomst' }).getByRole('row').filter({ hasText: TAAK });
    await rij.getByText('Geëvalueerd', { exact: true }).waitFor();
    await rij.getByText(MOTIVERING).waitFor();
  });
});

test('the gemeente-beheerder records a new version of the verordening; a term out of range is refused at its field', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.getByRole('link', { name: 'De participatieverordening (uitdaagrecht) vastleggen', exact: true }).click();
  const formulier = page.getByRole('form', { name: 'De participatieverordening (uitdaagrecht)' });
  await formulier.getByLabel('Naam van criterium 1', { exact: true }).waitFor();
  assert.notEqual(await formulier.getByLabel('Titel of vindplaats van de verordening', { exact: true }).inputValue(), '', 'starts from the version in force');
  await formulier.getByLabel('Termijn voor ontvankelijkheid, in weken', { exact: true }).fill('30');
  await formulier.getByRole('button', { name: 'Nieuwe versie vastleggen', exact: true }).click();
  await page.locator('#verordening-ontvankelijkheidWeken-fout').getByText('Vul een aantal weken van 1 tot en met 26 in.').waitFor();
  await checkPage(page, t, assert, { name: 'uitdaagrecht-verordening' });

  await formulier.getByLabel('Termijn voor ontvankelijkheid, in weken', { exact: true }).fill('6');
  const nieuw = (await formulier.getByLabel(/^Naam van criterium \d+$/).count()) + 1;
  await formulier.getByRole('button', { name: 'Criterium toevoegen', exact: true }).click();
  await formulier.getByLabel(`Naam van criterium ${nieuw}`, { exact: true }).fill('Samenwerking met de buurt');
  await formulier.getByLabel(`Toelichting op criterium ${nieuw}`, { exact: true }).fill('De uitdagers werken samen met andere bewoners en organisaties in de buurt.');
  await formulier.getByLabel('Uitgesloten taken', { exact: true }).fill('Handhaving\nVergunningverlening\nBelastingen');
  await formulier.getByRole('button', { name: 'Nieuwe versie vastleggen', exact: true }).click();
  await page.getByRole('status').getByText(/^Versie \d+ van de regels is vastgelegd/).waitFor();

  await page.getByRole('link', { name: 'Het uitdaagrecht: regels en uitkomsten', exact: true }).click();
  await page.getByRole('listitem').filter({ hasText: /^Samenwerking met de buurt:/ }).waitFor();
  await page.getByText('binnen 6 weken', { exact: true }).waitFor();
}));
