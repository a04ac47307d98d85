// The mails the API wrote to its pickup folder (run.sh hands it over as MAIL_DIR), read as a person would.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The body of a mail the API wrote as .eml (quoted-printable or base64 decoded). */
export function mailTekst(eml) {
  const [kop, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding:\s*base64/i.test(kop)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(kop)) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return body;
}

/** The answer link of the newest request mail to `aan` (whose text holds `bevat`, when given), waiting for it to be written. */
export function antwoordLink(aan, bevat) {
  return linkIn(aan, /(\/verzoeken\/antwoord\/[A-Za-z0-9_-]+\?gemeente=[a-z0-9-]+)/, bevat);
}

/** The first match of `patroon` (its first group) in the newest mail to `aan` whose text holds `bevat`, waiting up to 10 s for it. */
export async function linkIn(aan, patroon, bevat) {
  const map = process.env.MAIL_DIR;
  assert.ok(map, 'MAIL_DIR is set by run.sh');
  for (let i = 0; i < 40; i++) {
    const namen = (await readdir(map).catch(() => [])).filter((n) => n.endsWith('.eml')).sort().reverse();
    for (const n of namen) {
      const eml = await readFile(path.join(map, n), 'utf8');
      if (!eml.includes(aan)) continue;
      const tekst = mailTekst(eml);
      if (bevat && !tekst.includes(bevat)) continue;
      const m = patroon.exec(tekst);
      if (m) return m[1];
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`geen mail aan ${aan} met ${patroon}`);
}

/** The recipients (the To header) of every mail whose text holds `bevat`, waiting up to 10 s for the first to be written. */
export async function ontvangersVan(bevat) {
  const map = process.env.MAIL_DIR;
  assert.ok(map, 'MAIL_DIR is set by run.sh');
  for (let i = 0; i < 40; i++) {
    const aan = [];
    for (const n of (await readdir(map).catch(() => [])).filter((n) => n.endsWith('.eml'))) {
      const eml = await readFile(path.join(map, n), 'utf8');
      if (mailTekst(eml).includes(bevat)) aan.push(/^To:\s*(.+)$/mi.exec(eml)?.[1].trim() ?? '');
    }
    if (aan.length) return aan.sort();
    await new Promise((r) => setTimeout(r, 250));
  }
  return [];
}
