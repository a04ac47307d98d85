// Shared set-up for every browser test: the browser, the base URL, the page guard (console errors, content
// security policy violations, failed requests, unexpected HTTP errors), axe, the NL Design System style check
// and screenshots. Works for any app under test (the server-rendered sign-in pages and the Angular client):
// tests take their URLs from BASE_URL and open pages through withPage().
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the app under test listens, without a trailing slash (run.sh sets it). */
export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');

/** Screenshots of failures (and deliberate ones) go here. */
export const ARTIFACTS_DIR = process.env.ARTIFACTS_DIR ?? path.resolve(here, '../../../artifacts/browser');

/** Screenshots of every checked page: <page>__<theme>__<width>.png. */
export const PAGES_DIR = path.join(ARTIFACTS_DIR, 'pages');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The WCAG 2.1 AA rule sets every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Desktop viewport of every page, and the phone width every checked page is also photographed at. */
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/**
 * A page already photographed in this run (same file name) is not photographed again. run.sh sets
 * BROWSER_RUN_STARTED (ms) for the whole run; without it each test file counts as a run of its own.
 */
const RUN_STARTED = Number(process.env.BROWSER_RUN_STARTED ?? Date.now());

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

// ---------------------------------------------------------------------------------------------------------
// The page guard: every page opened through withPage() fails its test on
//  - a console error or an uncaught exception,
//  - a `securitypolicyviolation` event (content security policy),
//  - a failed request (`requestfailed`; not one the browser cancels because the page navigates away),
//  - an HTTP response >= 400 the test did not declare (withPage option `expectedErrors`, or expectHttpError()).

/** page → its guard ({ problems, expected }). */
const guards = new WeakMap();

function describeMatcher(m) {
  return `${m.method ?? ''} ${m.status ?? 'any status'} ${m.url ?? 'any URL'}`.trim();
}

function matches(m, { status, method, url: address }) {
  if (m.status !== undefined && ![m.status].flat().includes(status)) return false;
  if (m.method !== undefined && m.method.toUpperCase() !== method) return false;
  if (m.url !== undefined) {
    const pathAndQuery = address.startsWith(BASE_URL) ? address.slice(BASE_URL.length) : address;
    if (m.url instanceof RegExp ? !m.url.test(pathAndQuery) : !pathAndQuery.includes(m.url)) return false;
  }
  return true;
}

/**
 * Declares an HTTP error response (>= 400) the test provokes on purpose, e.g.
 * `expectHttpError(page, { status: 400, method: 'POST', url: '/api/v1/gemeenten' })`. `url` is a substring of
 * (or a RegExp for) the path and query; leave a key out to match any value.
 */
export function expectHttpError(page, matcher) {
  const guard = guards.get(page);
  if (!guard) throw new Error('expectHttpError: the page was not opened through withPage()');
  guard.expected.push(matcher);
}

/** The problems the guard has seen on the page so far (strings). */
export function pageProblems(page) {
  return [...(guards.get(page)?.problems ?? [])];
}

async function guardContext(context, expectedErrors) {
  const guard = { problems: [], expected: [...expectedErrors], stopped: false, navigated: () => {} };
  const report = (text) => { if (!guard.stopped) guard.problems.push(text); };

  // Content security policy: the event is raised in the page; an init script forwards it to the test.
  await context.exposeBinding('__gkSecurityPolicyViolation', ({ frame }, v) => {
    const at = v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : '';
    report(`content security policy violation on ${frame?.url() ?? '?'}: ${v.effectiveDirective} blocked ` +
      `${v.blockedURI || 'inline code'}${at}${v.sample ? ` ("${v.sample}")` : ''}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      window.__gkSecurityPolicyViolation?.({
        effectiveDirective: e.effectiveDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile,
        lineNumber: e.lineNumber, sample: e.sample,
      });
    }, true);
  });

  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium's own "Failed to load resource" lines duplicate the response/requestfailed checks below,
    // which know whether the test expected that response.
    if (/^Failed to load resource\b/.test(msg.text())) return;
    const at = msg.location()?.url ? ` (at ${msg.location().url}:${msg.location().lineNumber})` : '';
    report(`console error on ${msg.page()?.url() ?? '?'}: ${msg.text()}${at}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    report(`uncaught exception on ${webError.page()?.url() ?? '?'}: ${error?.stack ?? error?.message ?? error}`);
  });
  // A request the browser cancels because the page navigates (net::ERR_ABORTED of a request that started before a
  // later navigation, or while one was pending, or whose document has since changed) did not fail; any other did.
  const nav = { requested: 0, committed: 0, pending: false };
  const startedAt = new WeakMap();
  context.on('request', (request) => {
    startedAt.set(request, { requested: nav.requested, committed: nav.committed });
    if (request.isNavigationRequest() && request.frame() === request.frame().page().mainFrame()) {
      nav.requested++;
      nav.pending = true;
    }
  });
  guard.navigated = (mainFrame) => {
    if (!mainFrame) return;
    nav.committed++; // also for same-document navigations (the client's router), which may drop images
    nav.pending = false;
  };
  const cancelledByNavigation = (request) => {
    const at = startedAt.get(request);
    return nav.pending || !at || at.requested < nav.requested || at.committed < nav.committed;
  };
  context.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'unknown error';
    if (errorText === 'net::ERR_ABORTED' && cancelledByNavigation(request)) return;
    report(`request failed: ${request.method()} ${request.url()} (${errorText})`);
  });
  context.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    const r = { status, method: response.request().method(), url: response.url() };
    if (guard.expected.some((m) => matches(m, r))) return;
    report(`unexpected HTTP ${status}: ${r.method} ${r.url} (declare it with expectHttpError() if the test provokes it)`);
  });
  return guard;
}

/**
 * Runs `body` with a page in a fresh browser context (own cookies), Dutch locale, desktop viewport, guarded
 * (see above): when the guard saw problems the test fails with the list. When `body` throws (or the guard
 * fails), a screenshot of the page is saved as artifacts/browser/FAILED-<test name>.png.
 *
 * Options: `expectedErrors`: matchers ({ status, method, url }) of HTTP error responses the test provokes.
 */
export async function withPage(browser, t, body, { expectedErrors = [] } = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP });
  context.setDefaultTimeout(15_000);
  const guard = await guardContext(context, expectedErrors);
  const page = await context.newPage();
  guards.set(page, guard);
  page.on('framenavigated', (frame) => guard.navigated(frame === page.mainFrame()));
  try {
    await body(page);
    guard.stopped = true;
    if (guard.problems.length > 0) {
      const error = new Error(`the page guard saw ${guard.problems.length} problem(s):\n- ${guard.problems.join('\n- ')}`);
      error.name = 'PageGuardError';
      throw error;
    }
  } catch (error) {
    guard.stopped = true;
    if (error?.name !== 'PageGuardError' && guard.problems.length > 0)
      t.diagnostic(`the page guard also saw:\n- ${guard.problems.join('\n- ')}`);
    try {
      const file = await screenshot(page, `FAILED-${t.fullName ?? t.name}`);
      t.diagnostic(`screenshot: ${file}`);
    } catch { /* the page may be gone; the error below is what matters */ }
    throw error;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// axe

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

// ---------------------------------------------------------------------------------------------------------
// NL Design System styles

/**
 * What is wrong with the page's styling, as a list of sentences (empty: styled). Checks that every stylesheet
 * loaded and applies to the screen (not stuck at media="print", no inline onload handler), that the body uses
 * the NL Design System document font token, and that NL Design System buttons (background), links (colour) and
 * the page heading (size) have the value their token gives them: rules only the component stylesheet sets.
 * At least one such component must be on the page.
 */
export async function styleProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const links = [...document.querySelectorAll('link[rel~="stylesheet"]')];
    if (links.length === 0) problems.push('the page links no stylesheet');
    for (const link of links) {
      const href = link.getAttribute('href');
      if (!link.sheet) problems.push(`stylesheet ${href} did not load`);
      if (link.media && !['all', 'screen'].includes(link.media.trim()))
        problems.push(`stylesheet ${href} has media="${link.media}", so it does not apply to the screen`);
      if (link.hasAttribute('onload')) problems.push(`stylesheet ${href} relies on an inline onload handler, which script-src 'self' blocks`);
    }

    /** The value `property: var(token)` computes to inside `parent`, or null when the token is not defined there. */
    const tokenValue = (parent, property, token) => {
      if (getComputedStyle(parent).getPropertyValue(token).trim() === '') return null;
      const probe = document.createElement('span');
      probe.style.setProperty(property, `var(${token})`);
      parent.appendChild(probe);
      const value = getComputedStyle(probe).getPropertyValue(property);
      probe.remove();
      return value;
    };

    const body = document.body;
    const font = tokenValue(body, 'font-family', '--utrecht-document-font-family');
    if (font === null) problems.push('the design token --utrecht-document-font-family is not defined on <body> (no NL Design System tokens)');
    else if (getComputedStyle(body).fontFamily !== font)
      problems.push(`<body> has font-family ${getComputedStyle(body).fontFamily}, not the token's ${font} (class utrecht-document missing or its CSS not applied)`);

    const components = [
      // (danger buttons have tokens of their own)
      ['.utrecht-button--primary-action:not(.utrecht-button--danger)', 'primary-action'],
      ['.utrecht-button-link--primary-action', 'primary-action'],
      ['.utrecht-button--secondary-action:not(.utrecht-button--danger)', 'secondary-action'],
    ];
    let checked = 0;
    for (const [selector, kind] of components) {
      const element = [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0 && !el.disabled);
      if (!element) continue;
      const actual = getComputedStyle(element).backgroundColor;
      const allowed = ['', '-hover', '-focus', '-active']
        .map((state) => tokenValue(element.parentElement, 'background-color', `--utrecht-button-${kind}${state}-background-color`))
        .filter((v) => v !== null);
      if (allowed.length === 0) continue; // the theme leaves this token to the stylesheet's default
      checked++;
      if (!allowed.includes(actual))
        problems.push(`${selector} ("${element.textContent.trim()}") has background ${actual}, not its token's ${allowed[0]} (component CSS not applied)`);
    }
    // Links and the page heading: their colour / size come from the component stylesheet and its tokens.
    const probes = [
      ['.utrecht-link', 'color', ['--utrecht-link-color', '--utrecht-link-visited-color', '--utrecht-link-hover-color', '--utrecht-link-focus-color', '--utrecht-link-active-color']],
      ['.utrecht-heading-1', 'font-size', ['--utrecht-heading-1-font-size']],
    ];
    for (const [selector, property, tokens] of probes) {
      const element = [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
      if (!element) continue;
      const allowed = tokens.map((token) => tokenValue(element.parentElement, property, token)).filter((v) => v !== null);
      if (allowed.length === 0) continue;
      checked++;
      const actual = getComputedStyle(element).getPropertyValue(property);
      if (!allowed.includes(actual))
        problems.push(`${selector} ("${element.textContent.trim().slice(0, 40)}") has ${property} ${actual}, not its token's ${allowed[0]} (component CSS not applied)`);
    }
    if (checked === 0) problems.push('no NL Design System component (button, link, heading) on the page to verify the component stylesheet with');
    return problems;
  });
}

/** Fails when the NL Design System styles are not applied (see styleProblems). */
export async function expectStyled(page, assert) {
  const problems = await styleProblems(page);
  assert.deepEqual(problems, [], `the NL Design System styles are not applied on ${page.url()}:\n- ${problems.join('\n- ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// Screenshots of every checked page

/** "/wijken/3fa8…/bewerken?x=1" → "wijken-id-bewerken"; "/" → "start". */
export function pageName(address) {
  const { pathname } = new URL(address, BASE_URL);
  const segments = pathname.split('/').filter(Boolean)
    .map((s) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ? 'id' : s));
  return segments.length ? segments.join('-') : 'start';
}

/** The client's theme (<link id="thema" href="/themes/<naam>.css">); "standaard" where there is none (sign-in pages). */
export async function themeName(page) {
  const href = await page.evaluate(() => document.getElementById('thema')?.getAttribute('href') ?? '');
  return /\/themes\/([a-z-]+)\.css$/.exec(href)?.[1] ?? 'standaard';
}

async function takenThisRun(file) {
  try {
    return (await stat(file)).mtimeMs >= RUN_STARTED;
  } catch {
    return false;
  }
}

/**
 * Full-page screenshots of the page at desktop (1280) and phone (375 px) width, in its current theme:
 * artifacts/browser/pages/<name>__<theme>__<width>.png. `name` defaults to the path (pageName). A file
 * already written in this run is kept (the first visit of a page wins; give other states their own name).
 */
export async function pageScreenshots(page, name = pageName(page.url())) {
  await mkdir(PAGES_DIR, { recursive: true });
  const theme = await themeName(page);
  const files = [];
  const original = page.viewportSize() ?? DESKTOP;
  // From the top: a full-page capture of a scrolled page draws position:fixed elements (the hidden skip link,
  // parked at -200% of the viewport) relative to the scroll position, in the middle of the page.
  const scrollY = await page.evaluate(() => { const y = window.scrollY; window.scrollTo(0, 0); return y; });
  try {
    for (const viewport of [DESKTOP, PHONE]) {
      const file = path.join(PAGES_DIR, `${fileSafe(name)}__${theme}__${viewport.width}.png`);
      if (await takenThisRun(file)) continue;
      if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
      files.push(file);
    }
  } finally {
    if (page.viewportSize()?.width !== original.width) await page.setViewportSize(original);
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
  }
  return files;
}

/**
 * The check for every page a test visits: the NL Design System styles are applied, zero axe violations, and
 * screenshots at both widths (see pageScreenshots). `name`: the screenshot's page name (default: from the path).
 */
export async function checkPage(page, t, assert, { name } = {}) {
  await expectStyled(page, assert);
  await expectNoAxeViolations(page, t, assert);
  await pageScreenshots(page, name);
}
