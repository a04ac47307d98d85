// The subsidy steps several browser walks share: an organisation applies under a regeling, and a beleidsmedewerker
// reviews (every criterion "voldoet", one review: keep the amount below the regeling's four-eyes threshold) and grants.
import { url } from './harness.mjs';

/**
 * Applies under the regeling named `regeling` for the organisation whose option text matches `organisatie` (a string
 * or RegExp; chosen explicitly, never the form's default) and submits; answers the application's path.
 */
export async function vraagAan(page, { regeling, organisatie, plan, bedrag }) {
  await page.goto(url('/subsidies'));
  await page.getByRole('region', { name: 'Subsidieregelingen', exact: true }).getByRole('link', { name: regeling, exact: true }).click();
  await page.getByRole('link', { name: 'Subsidie aanvragen' }).click();
  const optie = page.locator('#organisatieId option', { hasText: organisatie }).first();
  await optie.waitFor({ state: 'attached' });
  await page.locator('#organisatieId').selectOption(await optie.getAttribute('value'));
  await page.getByLabel('Uw plan').fill(plan);
  await page.getByLabel('Gevraagd bedrag').fill(bedrag);
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await page.waitForURL(/\/subsidies\/aanvragen\/[0-9a-f-]+$/);
  await page.getByText('De gemeente heeft de aanvraag ontvangen.').waitFor();
  return new URL(page.url()).pathname;
}

/** As a signed-in beleidsmedewerker: takes the application at `pad` in behandeling, reviews it once and grants it. */
export async function verleen(page, pad, { plan, toelichting, motivering }) {
  await page.goto(url(pad));
  await page.getByText(plan).waitFor();
  await page.getByRole('button', { name: 'In behandeling nemen' }).click();
  await page.getByRole('heading', { level: 3, name: 'Beoordelen' }).waitFor();
  const criteria = await page.locator('fieldset#beoordeling-oordelen fieldset legend').count();
  for (let i = 0; i < criteria; i++) await page.locator(`#oordeel-${i}-voldoet`).check();
  await page.locator('#advies-verlenen').check();
  await page.getByLabel('Toelichting').fill(toelichting);
  await page.getByLabel(/Ik verklaar dat ik geen persoonlijk of zakelijk belang heb/).check();
  await page.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
  await page.getByText('1 van de 1 benodigde beoordelingen.').waitFor();
  await page.locator('#besluit-verlening').check();
  await page.getByLabel('Motivering').fill(motivering);
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await page.getByText('De gemeente heeft besloten.').waitFor();
}
