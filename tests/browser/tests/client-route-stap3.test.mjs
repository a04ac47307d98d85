// Route step 3 as one walk through the client, in a wijk the demo has no BuurtTop or agenda for: the gemeente announces
// a BuurtTop for today organised by the wijk's bewonersorganisatie; a resident registers on the public page without an
// account; the organisation's demo member starts the preparation, sees the registration, records the attendance by
// category (the BuurtTop is held), writes down the tables' dreams, begins the wijktoekomstagenda from the BuurtTop,
// adds an ambitie and publishes it; the public downloads the agenda's PDF and reads its text; the resident sends a
// request to an institution, which answers through the link in its mail (MAIL_DIR, from run.sh), and the answer shows
// on the public tracker; the BuurtTop, its outputs taken over by the agenda, stands as processed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, checkPage, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { antwoordLink } from '../lib/mail.mjs';
import { pdfTekst } from '../lib/pdf.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The demo gemeente the demo users belong to (Amsterdam with ../shared, Voorbeeldstad without). */
async function demoGemeente() {
  for (const slug of ['amsterdam', 'voorbeeldstad']) {
    const r = await fetch(`${BASE_URL}/${slug}/api/v1/wijktoekomstagendas`);
    if (r.ok && (await r.json()).items.some((a) => a.status === 'inUitvoering')) return slug;
  }
  throw new Error('geen demogemeente met een wijktoekomstagenda in uitvoering');
}

const stempel = Date.now();
const titel = `BuurtTop van de wandeling ${stempel}`;
const agendaTitel = `Agenda van de wandeling ${stempel}`;
const ambitie = `Een speeltuin die de kinderen zelf ontwerpen ${stempel}`;
const vraag = `Wilt u meedenken over de speeltuin aan het plein (${stempel})?`;
const vandaag = dagInNederland();

test('a wijk goes from an announced BuurtTop through registration and attendance to a published agenda and an answered request', (t) => withPage(browser, t, async (page) => {
  const slug = await demoGemeente();

  // The gemeente announces the BuurtTop, in the second wijk after the pilotwijk (the agenda test uses the first).
  await signInThroughClient(page, 'gemeente-beheerder');
  await page.goto(url('/buurttops/nieuw'));
  const form = page.getByRole('form', { name: 'BuurtTop aankondigen' });
  const wijkKeuze = form.getByLabel('Wijk', { exact: true });
  await wijkKeuze.locator('option:not([value=""])').nth(2).waitFor({ state: 'attached' });
  const wijken = (await wijkKeuze.locator('option:not([value=""])').allInnerTexts()).filter((w) => !/Centrum/.test(w));
  const wijk = wijken[1];
  assert.ok(wijk, 'a third wijk');
  await wijkKeuze.selectOption({ label: wijk });
  await form.getByLabel('Titel').fill(titel);
  await form.getByLabel('Datum').fill(vandaag);
  await form.getByLabel('Plek').fill('Buurthuis De Wandeling');
  await form.getByLabel('Bewonersorganisatie', { exact: true }).check();
  await form.getByRole('group', { name: 'Team van de organisator' }).getByLabel('Bewonersvereniging Centrum').check();
  await form.getByRole('button', { name: 'Aankondigen' }).click();
  await page.waitForURL(/\/buurttops\/[0-9a-f-]{36}$/);
  const buurtTopId = /\/buurttops\/([0-9a-f-]{36})$/.exec(page.url())[1];
  await page.getByRole('heading', { level: 1, name: titel }).waitFor();

  // A resident registers on the public page, no account needed.
  const email = `wandeling-${stempel}@voorbeeld.nl`;
  await withPage(browser, t, async (p) => {
    await p.goto(url(`/buurttops/${buurtTopId}?gemeente=${slug}`));
    await p.getByRole('heading', { level: 1, name: titel }).waitFor();
    await p.getByRole('main').getByRole('link', { name: /^Aanmelden/ }).click();
    const aanmelden = p.getByRole('form', { name: 'Aanmelden voor de BuurtTop' });
    await aanmelden.getByLabel('Naam of voorletters').fill('W. Andelaar');
    await aanmelden.getByLabel('E-mailadres').fill(email);
    await aanmelden.getByLabel('Ik geef toestemming').check();
    await aanmelden.getByRole('button', { name: 'Aanmelden' }).click();
    await p.getByRole('status').filter({ hasText: 'U bent aangemeld' }).waitFor();
  });

  // The organising bewonersorganisatie prepares and holds it.
  await withPage(browser, t, async (p) => {
    await signInThroughClient(p, 'bewonersorganisatie');
    await p.goto(url(`/buurttops/${buurtTopId}`));
    await p.getByRole('button', { name: 'Voorbereiding starten' }).click();
    await p.getByRole('region', { name: 'Aanmeldingen' }).last().getByText(email).waitFor();

    const aanwezigheid = p.getByRole('form', { name: 'Aanwezigheid' });
    await aanwezigheid.getByLabel('Bewoner', { exact: true }).fill('23');
    await aanwezigheid.getByLabel('Professional', { exact: true }).fill('4');
    await checkPage(p, t, assert, { name: 'wandeling-aanwezigheid' });
    await aanwezigheid.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await p.getByText('De aanwezigheid is vastgelegd.').waitFor();
    await p.getByRole('heading', { level: 2, name: 'Aanwezigheid' }).waitFor();
    assert.match(await p.getByRole('main').innerText(), /Gehouden/);

    const opbrengsten = p.getByRole('region', { name: 'Opbrengsten bewerken' });
    await opbrengsten.getByRole('button', { name: 'Opbrengsten bewerken' }).click();
    await opbrengsten.getByRole('button', { name: 'Droom of ambitie toevoegen' }).click();
    await opbrengsten.getByLabel('Tafel').last().fill('Tafel spelen');
    await opbrengsten.getByLabel('Tekst').last().fill('Een speeltuin die de kinderen zelf ontwerpen.');
    await opbrengsten.getByRole('button', { name: 'Opbrengsten opslaan' }).click();
    await p.getByText('Een speeltuin die de kinderen zelf ontwerpen.').first().waitFor();
    await checkPage(p, t, assert, { name: 'wandeling-gehouden' });

    // The agenda, begun from the BuurtTop: its wijk and the BuurtTop are chosen already.
    await p.getByRole('link', { name: 'Wijktoekomstagenda beginnen vanuit deze BuurtTop' }).click();
    await p.waitForURL(/\/wijktoekomstagendas\/nieuw\?buurtTopId=/);
    const nieuw = p.getByRole('form', { name: 'Nieuwe wijktoekomstagenda' });
    await nieuw.getByLabel('Vanuit de BuurtTop').locator('option:checked', { hasText: titel }).waitFor({ state: 'attached' });
    assert.equal((await nieuw.getByLabel('Wijk', { exact: true }).locator('option:checked').innerText()).trim(), wijk);
    await nieuw.getByLabel('Titel').fill(agendaTitel);
    await nieuw.getByLabel('Inleiding').fill('Wat de wijk op de BuurtTop wilde, voor de komende vijf jaar.');
    await nieuw.getByLabel('5 jaar').check();
    await nieuw.getByLabel(/^Trekker/).selectOption({ label: 'Bewonersvereniging Centrum' });
    await nieuw.getByRole('button', { name: 'Agenda beginnen' }).click();
    await p.getByRole('heading', { level: 1, name: agendaTitel }).waitFor();
    const agendaId = /\/wijktoekomstagendas\/([0-9a-f-]{36})/.exec(p.url())[1];

    const toevoegen = p.getByRole('form', { name: 'Ambitie toevoegen' });
    await toevoegen.getByLabel('Titel van de ambitie').fill(ambitie);
    await toevoegen.getByLabel('Wat de wijk wil bereiken').fill('Kinderen tekenen de speeltuin, de buurt bouwt mee.');
    await toevoegen.getByLabel('Publieke waarde').selectOption({ label: 'Eigen doel van bewoners' });
    await toevoegen.getByRole('button', { name: 'Ambitie toevoegen' }).click();
    await p.getByText('De ambitie is toegevoegd.').waitFor();
    await p.getByRole('button', { name: 'Agenda publiceren' }).click();
    await p.getByText('De agenda is gepubliceerd.', { exact: true }).waitFor();
    await p.locator('dl').first().getByText('Gepubliceerd', { exact: true }).waitFor();
    await checkPage(p, t, assert, { name: 'wandeling-agenda-gepubliceerd' });

    // The public reads the agenda and its printable document.
    await withPage(browser, t, async (publiek) => {
      await publiek.goto(url(`/wijktoekomstagendas/${agendaId}?gemeente=${slug}`));
      await publiek.getByRole('heading', { level: 1, name: agendaTitel }).waitFor();
      const href = await publiek.getByRole('link', { name: 'Wijktoekomstagenda downloaden (pdf)' }).getAttribute('href');
      const document = await fetch(`${BASE_URL}${href}`);
      assert.equal(document.status, 200);
      const tekst = await pdfTekst(await document.arrayBuffer());
      assert.ok(tekst.includes(agendaTitel), tekst.slice(0, 300));
      assert.ok(tekst.includes(ambitie), 'the ambitie in the document');
      assert.ok(tekst.includes(wijk), 'the wijk in the document');
      assert.doesNotMatch(tekst, /stemmen|\bscore\b|rangorde/i);
    });

    // A request to an institution, answered through the link in its mail.
    const verzoek = p.getByRole('form', { name: 'Verzoek versturen' });
    await verzoek.getByLabel('Organisatie').selectOption({ label: 'Zorggroep De Linde' });
    await verzoek.getByLabel('Vraag').fill(vraag);
    await verzoek.getByRole('button', { name: 'Verzoek versturen' }).click();
    await p.getByText(/Het verzoek is verstuurd\./).waitFor();
    const link = await antwoordLink('wijkteam@zorggroepdelinde.example.org', vraag);
    await withPage(browser, t, async (instelling) => {
      await instelling.goto(url(link));
      await instelling.getByText(vraag).waitFor();
      await instelling.getByLabel('Uw antwoord', { exact: true }).fill('Ja, onze wijkverpleegkundige schuift aan bij de ontwerpavond.');
      await instelling.getByRole('button', { name: 'Antwoord versturen' }).click();
      await instelling.getByText('Dank u wel, uw antwoord is ontvangen.').waitFor();
    });
    await withPage(browser, t, async (publiek) => {
      await publiek.goto(url(`/verzoeken/tracker?gemeente=${slug}`));
      const rij = publiek.getByRole('region', { name: 'Verzoeken' }).locator('tr', { hasText: vraag });
      await rij.waitFor();
      assert.match(await rij.innerText(), /Op tijd beantwoord/);
      await checkPage(publiek, t, assert, { name: 'wandeling-tracker' });
    });

    // Back at the BuurtTop: beginning the agenda from it processed its outputs into the agenda.
    await p.goto(url(`/buurttops/${buurtTopId}`));
    await p.getByRole('heading', { level: 1, name: titel }).waitFor();
    const gegevens = await p.locator('dl').first().innerText();
    assert.match(gegevens, /Verwerkt op/);
    const main = await p.getByRole('main').innerText();
    assert.match(main, /Totaal/);
    assert.match(main, /\b27\b/, 'the 23 residents and 4 professionals counted');
  });
}));
