// Route step 4 in the client: the public reads the demo gemeente's wijkbudgetten, the pilotwijk's running budget
// (years released under the begroting, what the money is for, the change on record) and the methodiek with its
// proposal per wijk that adds up to the envelope; the griffie records the raad's grant of the proposed budget.
// Staff: a beleidsmedewerker proposes a budget (the support floor warned about while typing) and cannot cut a running
// one without a raadsbesluit (G-9); the griffie records a begroting.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland, jaarInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The first demo gemeente with a running wijkbudget (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/wijkbudgetten`);
    if (r.ok && (await r.json()).items.some((b) => b.status === 'lopend')) return slug;
  }
  throw new Error('geen demogemeente met een lopend wijkbudget');
}

test('the public reads a running wijkbudget and how the budgets are divided', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();
  await page.goto(url(`/wijkbudgetten?gemeente=${slug}`));
  const tabel = page.getByRole('region', { name: 'Wijkbudgetten' });
  await tabel.getByText('Lopend', { exact: true }).first().waitFor();
  assert.equal(await tabel.getByText('Voorgesteld', { exact: true }).count(), 0, 'the public sees no proposals');
  await checkPage(page, t, assert, { name: 'wijkbudgetten-publiek' });

  await tabel.getByRole('row').filter({ hasText: 'Lopend' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: /^Wijkbudget / }).waitFor();
  const jaren = page.getByRole('region', { name: 'Het budget per jaar' });
  await jaren.getByText('Vrijgegeven', { exact: true }).first().waitFor();
  assert.ok(await jaren.getByText('Voorbehouden', { exact: true }).count() > 0, 'later years wait for their begroting');
  await page.getByText(/De jongerenplek krijgt vanaf het derde jaar/).waitFor();
  await page.getByText(/^Via subsidies verleend uit dit budget: €\s[\d.,]+\. Resteert over de hele periode: €\s[\d.,]+\.$/).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-publiek' });

  await page.goto(url(`/wijkbudgetten/methodiek?gemeente=${slug}`));
  const toedeling = page.getByRole('region', { name: 'Voorstel per wijk' });
  await toedeling.waitFor();
  await page.getByRole('heading', { name: 'Zo wordt afgerond' }).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudgetten-methodiek' });
}));

test('the griffie records the grant of the proposed wijkbudget', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'griffie');
  await page.goto(url('/wijkbudgetten'));
  const tabel = page.getByRole('region', { name: 'Wijkbudgetten' });
  await tabel.getByRole('row').filter({ hasText: 'Voorgesteld' }).getByRole('link').click();
  await page.getByText('Dit is een voorstel; de gemeenteraad heeft er nog niet over besloten.').waitFor();
  await page.getByRole('button', { name: 'Toekenning vastleggen' }).click();
  await page.locator('#kenmerk-fout').waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-toekennen' });
  await page.getByLabel('Datum van het raadsbesluit').fill(dagInNederland());
  await page.getByLabel('Kenmerk van het raadsbesluit').fill('RB-WB-020');
  await page.getByRole('button', { name: 'Toekenning vastleggen' }).click();
  await page.getByText(/Toegekend door de gemeenteraad: Raadsbesluit van .* \(RB-WB-020\)/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Toekenning vastleggen' }).count(), 0);
}));

test('a beleidsmedewerker proposes a wijkbudget whose support reaches the floor', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijkbudgetten'));
  await page.getByRole('link', { name: 'Wijkbudget voorstellen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wijkbudget voorstellen' }).waitFor();
  // The demo has budgets for the first two wijken; the last one has none.
  const wijk = page.locator('#wijkId');
  await wijk.locator('option').nth(3).waitFor({ state: 'attached' });
  await wijk.selectOption({ index: (await wijk.locator('option').count()) - 1 });
  const jaar = Number(await page.locator('#startJaar').inputValue());
  for (const [i, doel, bedrag] of [[0, 'Ondersteuning van de bewonersorganisatie', '100'], [1, 'Activiteiten in het buurthuis', '10.000']]) {
    await page.locator(`#regel-${i}-doel`).fill(doel);
    await page.locator(`#regel-${i}-dient`).selectOption({ index: 1 });
    for (let j = 0; j < 4; j++) await page.locator(`#regel-${i}-bedrag-${jaar + j}`).fill(bedrag);
  }
  await page.getByText(/blijft de organisatorische ondersteuning onder die vloer/).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-voorstellen' });

  for (let j = 0; j < 4; j++) await page.locator(`#regel-0-bedrag-${jaar + j}`).fill('10.000');
  await page.getByText('De organisatorische ondersteuning haalt in elk jaar de vloer.').waitFor();
  await page.getByRole('button', { name: 'Voorstel opslaan' }).click();
  await page.getByText('Dit is een voorstel; de gemeenteraad heeft er nog niet over besloten.').waitFor();
  await page.getByRole('cell', { name: 'Activiteiten in het buurthuis' }).or(page.getByRole('rowheader', { name: 'Activiteiten in het buurthuis' })).waitFor();
  await page.getByRole('link', { name: 'Voorstel wijzigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Voorstel wijzigen' }).waitFor();
  assert.equal(await page.locator(`#regel-1-bedrag-${jaar}`).inputValue(), '10.000');
  await checkPage(page, t, assert, { name: 'wijkbudget-wijzigen' });
  await page.locator(`#regel-1-bedrag-${jaar + 3}`).fill('12.000');
  await page.getByRole('button', { name: 'Voorstel opslaan' }).click();
  await page.getByRole('region', { name: 'Waar het geld voor is' }).getByText('€ 12.000,00').waitFor();
}));

test('the griffie records the begroting of a year not yet adopted', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'griffie');
  await page.goto(url('/wijkbudgetten'));
  await page.getByRole('link', { name: 'Vastgestelde begrotingen' }).click();
  const tabel = page.getByRole('region', { name: 'Vastgestelde begrotingen' });
  await tabel.getByRole('rowheader').first().waitFor();
  const vastgesteld = new Set((await tabel.getByRole('rowheader').allTextContents()).map((s) => Number(s.trim())));
  // The raad adopts a year's begroting in that year or the year before, and the decision is not in the future: next
  // year's today, else the latest earlier year not adopted, in November of the year before.
  const vandaag = dagInNederland();
  let jaar = jaarInNederland() + 1;
  while (vastgesteld.has(jaar)) jaar--;
  await page.getByLabel('Begrotingsjaar').fill(String(jaar));
  await page.getByLabel('Datum van het raadsbesluit').fill(jaar > jaarInNederland() ? vandaag : `${jaar - 1}-11-10`);
  await page.getByLabel('Kenmerk van het raadsbesluit').fill(`RB-BEGR-${jaar}`);
  await page.getByRole('button', { name: 'Begroting vastleggen' }).click();
  await page.getByText(`De begroting van ${jaar} is vastgelegd`).waitFor();
  await tabel.getByRole('rowheader', { name: String(jaar), exact: true }).waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-begrotingen' });
}));

test('a beleidsmedewerker cannot cut a running wijkbudget without a raadsbesluit (G-9)', (t) => withPage(browser, t, async (page) => {
  await signInThroughClient(page, 'beleidsmedewerker');
  await page.goto(url('/wijkbudgetten'));
  await page.getByRole('region', { name: 'Wijkbudgetten' }).getByRole('row').filter({ hasText: 'Lopend' }).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Budget aanpassen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wijkbudget aanpassen' }).waitFor();
  const laatsteJaar = page.locator('[id^="regel-0-bedrag-"]').last();
  await laatsteJaar.waitFor();
  await laatsteJaar.fill('1');
  await page.getByLabel('Toelichting op de aanpassing').fill('Minder nodig in het laatste jaar.');
  assert.equal(await page.getByLabel(/De raad heeft tot deze aanpassing besloten/).count(), 0, 'only the griffie records a raadsbesluit');
  expectHttpError(page, { url: /\/api\/v1\/wijkbudgetten\/[0-9a-f-]+\// }); // the cut without raadsbesluit, on purpose
  await page.getByRole('button', { name: 'Aanpassing opslaan' }).click();
  await page.getByText(/een verlaging vraagt een eigen raadsbesluit \(G-9/).first().waitFor();
  await checkPage(page, t, assert, { name: 'wijkbudget-aanpassen' });
}));
