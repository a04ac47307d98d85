// Shared set-up for every browser test: the browser, the base URL, axe, and screenshots of failures.
// Works for any app under test (the server-rendered sign-in pages now, the Angular client later):
// tests take their URLs from BASE_URL and open pages through withPage().
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the app under test listens, without a trailing slash (run.sh sets it). */
export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');

/** Screenshots of failures (and deliberate ones) go here. */
export const ARTIFACTS_DIR = process.env.ARTIFACTS_DIR ?? path.resolve(here, '../../../artifacts/browser');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The WCAG 2.1 AA rule sets every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Demo accounts seeded in Development (see src/Gemeenschapskracht.Api/Seeding/DemoUserSeeder.cs). */
export const DEMO = {
  password: 'Demo-wachtwoord-2026',
  totpKey: 'GEMEENSCHAPSKRACHTDEMOTOTPKEY234',
  email: (rol) => `${rol}@demo.gemeenschapskracht.nl`,
};

export function url(pathAndQuery) {
  return BASE_URL + pathAndQuery;
}

/** Launches Debian's chromium (Playwright's own browser builds cannot be downloaded here). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

function fileSafe(name) {
  return name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 120);
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${fileSafe(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs `body` with a page in a fresh browser context (own cookies), Dutch locale. When `body` throws,
 * a screenshot of the page is saved as artifacts/browser/FAILED-<test name>.png and the error re-thrown.
 */
export async function withPage(browser, t, body) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await body(page);
  } catch (error) {
    try {
      const file = await screenshot(page, `FAILED-${t.fullName ?? t.name}`);
      t.diagnostic(`screenshot: ${file}`);
    } catch { /* the page may be gone; the error below is what matters */ }
    throw error;
  } finally {
    await context.close();
  }
}

export function formatViolations(violations) {
  return violations.map((v) => [
    `- ${v.id} (${v.impact}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  at ${n.target.join(' ')}: ${n.html}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`),
  ].join('\n')).join('\n');
}

/** Runs axe with the WCAG 2.1 AA tags; returns the violations, printing each with its help text. */
export async function axeViolations(page, t) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) {
    const text = `axe violations on ${page.url()}:\n${formatViolations(results.violations)}`;
    console.log(text);
    t?.diagnostic(text);
  }
  return results.violations;
}

/** Fails with a readable list when axe finds any WCAG 2.1 AA violation. */
export async function expectNoAxeViolations(page, t, assert) {
  const violations = await axeViolations(page, t);
  assert.equal(violations.length, 0, `axe found ${violations.length} WCAG 2.1 AA violation(s) on ${page.url()}:\n${formatViolations(violations)}`);
}
