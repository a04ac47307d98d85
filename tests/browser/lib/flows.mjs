// Steps of the sign-in flow shared by several tests.
import { createPkce } from './pkce.mjs';
import { totp } from './totp.mjs';
import { BASE_URL, DEMO, url } from './harness.mjs';

export const CLIENT_ID = 'gemeenschapskracht-web';
/** Registered for the web client by run.sh (Identity__WebClient__RedirectUris__0). */
export const REDIRECT_URI = process.env.REDIRECT_URI ?? `${BASE_URL}/auth/callback`;

export async function fillPassword(page, email, password = DEMO.password) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

export async function fillTotp(page) {
  await page.getByLabel('Code of herstelcode').fill(totp(DEMO.totpKey));
  await page.getByRole('button', { name: 'Doorgaan' }).click();
}

/**
 * Starts a code + PKCE authorization request for the web client. Returns { verifier, callback }, where
 * callback resolves to the URL of the browser's request to the redirect URI. (A request reached through a
 * server redirect cannot be caught with page.route, so the request itself is watched; nothing needs to answer it.)
 */
export async function startAuthorize(page, { state = 's', timeout = 60_000 } = {}) {
  const { verifier, challenge } = createPkce();
  const callback = page
    .waitForRequest((r) => r.isNavigationRequest() && r.url().startsWith(REDIRECT_URI), { timeout })
    .then((r) => new URL(r.url()));
  callback.catch(() => {}); // awaited by the test; when the test fails earlier this must not crash the runner
  const params = new URLSearchParams({
    client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid profile email roles',
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  await page.goto(url(`/connect/authorize?${params.toString().replace(/\+/g, '%20')}`));
  return { verifier, callback };
}

/** Redeems the code at the token endpoint, as the client would. */
export async function redeemCode(code, verifier) {
  const response = await fetch(url('/connect/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  return { status: response.status, body: await response.json() };
}

export function decodeJwtPayload(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}
