// Bank statements in the client (route step 5, R5.x): the demo host's back office opens a group's bank page (the demo's
// statement of last month fully matched), is told
// in Dutch that a file that is not CAMT.053 cannot be read (nothing saved), reads in a statement whose one line fits no
// journal entry, sees it listed as open and explains it; the line is then shown as explained.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Buffer } from 'node:buffer';
import { checkPage, expectHttpError, launchBrowser, url, withPage } from '../lib/harness.mjs';
import { signInThroughClient } from '../lib/client.mjs';
import { dagInNederland } from '../lib/datum.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A CAMT.053.001.02 statement of today with one line: € 12,34 out, which no demo entry has. */
function camt(id) {
  const dag = dagInNederland();
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>${id}</MsgId><CreDtTm>${dag}T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>${id}</Id><FrToDt><FrDtTm>${dag}T00:00:00</FrDtTm><ToDtTm>${dag}T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>NL46RABO0307654321</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${dag}</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">87.66</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${dag}</Dt></Dt></Bal>
<Ntry><Amt Ccy="EUR">12.34</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${dag}</Dt></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Cdtr><Nm>De Bank</Nm></Cdtr></RltdPties>
<RmtInf><Ustrd>Kosten betaalpakket</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>`);
}

test('the back office reads in a bank statement, sees the line that fits no entry and explains it', async (t) => {
  await withPage(browser, t, async (page) => {
    await signInThroughClient(page, 'backoffice', { gemeente: 'Voorbeeldstad' });
    await page.getByRole('link', { name: 'De administraties van bewonersgroepen', exact: true }).click();
    const lijst = page.getByRole('region', { name: 'Administraties' });
    await lijst.getByRole('link', { name: /^Bewonersvereniging/ }).click();
    await page.getByRole('heading', { level: 1, name: /^De boeken van Bewonersvereniging/ }).waitFor();
    const administratie = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Bankafschriften en wat nog niet gekoppeld is' }).click();
    await page.waitForURL((u) => u.pathname === `${administratie}/bank`);
    await page.getByRole('heading', { level: 1, name: /^Bankafschriften van Bewonersvereniging/ }).waitFor();
    // The demo's statement of last month: every line was matched to its booking on import.
    const afschriften = page.getByRole('region', { name: 'Bankafschriften' });
    const demo = afschriften.getByRole('row').filter({ hasText: /camt053-\d{4}-\d{2}\.xml/ });
    await demo.getByText(/\b(\d+) in totaal: \1 gekoppeld, 0 verklaard, 0 open/).waitFor();
    await checkPage(page, t, assert, { name: 'bankafschriften-demo' });

    const formulier = page.getByRole('form', { name: 'Bankafschrift inlezen' });
    await formulier.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByRole('alert').getByText('Kies het CAMT.053-bestand van het afschrift.').first().waitFor();

    await formulier.getByLabel('CAMT.053-bestand', { exact: true }).setInputFiles({ name: 'kapot.xml', mimeType: 'application/xml', buffer: Buffer.from('<Document>') });
    expectHttpError(page, { status: 400, method: 'POST', url: `/api/v1${administratie}/bankafschriften` });
    await formulier.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByRole('alert').getByText(/Het bankafschrift is geen geldig CAMT\.053-bestand/).first().waitFor();
    // Read the list again from the server: still only the demo's statement.
    await page.reload();
    await demo.waitFor();
    assert.equal(await afschriften.locator('tbody tr').count(), 1, 'nothing was saved');

    await formulier.getByLabel('CAMT.053-bestand', { exact: true }).setInputFiles({ name: 'afschrift.xml', mimeType: 'application/xml', buffer: camt(`BROWSER-${Date.now()}`) });
    await formulier.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByRole('status').getByText('Het afschrift is ingelezen: 0 gekoppeld, 1 open.', { exact: true }).waitFor();
    const mutaties = page.getByRole('region', { name: /^Mutaties van / });
    const rij = mutaties.getByRole('row').filter({ hasText: 'Kosten betaalpakket' });
    await rij.getByText('Open', { exact: true }).waitFor();
    await rij.getByText('Geen journaalpost met dit bedrag; boek hem eerst, of verklaar de mutatie.').waitFor();
    await checkPage(page, t, assert, { name: 'bankafschriften-open' });

    await rij.getByRole('button', { name: 'Verklaren', exact: true }).click();
    await page.getByRole('alert').getByText('Geef de reden waarom deze mutatie geen journaalpost heeft.').first().waitFor();
    await rij.getByLabel('Reden zonder journaalpost', { exact: true }).fill('Bankkosten; de host betaalt ze zelf');
    await rij.getByRole('button', { name: 'Verklaren', exact: true }).click();
    await page.getByRole('status').getByText('Mutatie 1 is verklaard.', { exact: true }).waitFor();
    await rij.getByText('Verklaard', { exact: true }).waitFor();
    await rij.getByText(/Bankkosten; de host betaalt ze zelf/).waitFor();
    await afschriften.getByText(/1 in totaal: 0 gekoppeld, 1 verklaard, 0 open/).waitFor();
    await checkPage(page, t, assert, { name: 'bankafschriften-verklaard' });
  });
});
