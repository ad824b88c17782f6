import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, helsinkiDay } from './platform';
import { check, signIn } from './helpers';

// The coordinator's console is desktop first and usable on a tablet.
const DESKTOP = { width: 1366, height: 900 };
const TABLET = { width: 768, height: 1024 };
test.use({ viewport: DESKTOP, isMobile: false, hasTouch: false });

const LANGS = ['fi', 'sv', 'en'] as const;

async function inLanguage(page: Page, lang: string) {
  await page.evaluate((l) => localStorage.setItem('vt.lang', l), lang);
}

test('a coordinator registers a peer, makes an agreement, records both signatures and the peer becomes active', async ({ page }) => {
  const name = `Kokeilu ${Date.now().toString(36)}`;
  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), '/peers');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertaiset' })).toBeVisible();

  await page.getByRole('link', { name: 'Rekisteröi vertainen' }).click();
  await page.getByRole('button', { name: 'Rekisteröi vertainen' }).click();
  await expect(page.getByLabel('Näkyvä nimi')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Näkyvä nimi')).toBeFocused();
  await page.getByLabel('Näkyvä nimi').fill(name);
  await page.getByLabel('Virallinen nimi').fill('Kokeilu Henkilö');
  await page.getByLabel(/Puhelin/).fill('+358 40 555 0000');
  await page.getByRole('button', { name: 'Rekisteröi vertainen' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'on rekisteröity' })).toBeVisible();
  await expect(page.locator('dl')).toContainText('Hakija');
  await page.getByRole('link', { name: 'Takaisin vertaisiin' }).click();
  await expect(page.locator('#missing-heading + ul')).toContainText(name);
  await page.locator('#missing-heading + ul').getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // A refusal by the programme's rules is told in words: Lift agreements last at most six months.
  await page.getByRole('button', { name: 'Uusi sopimus' }).click();
  await page.getByLabel('Viimeinen päivä').fill(helsinkiDay(300));
  await page.getByLabel('Päivää viikossa').fill('2');
  await page.getByLabel('Tunteja päivässä').fill('3,5');
  await page.getByLabel('Tehtävät').fill('Aulan vastaanotto ja kahvitus');
  await page.getByRole('button', { name: 'Tallenna sopimus' }).click();
  await expect(page.getByRole('alert')).toHaveText('Sopimus on pidempi kuin ohjelman säännöt sallivat. Valitse aikaisempi viimeinen päivä.');

  await page.getByLabel('Viimeinen päivä').fill(helsinkiDay(90));
  await page.getByRole('button', { name: 'Tallenna sopimus' }).click();
  const agreement = page.locator('article.card');
  await expect(agreement).toContainText('Odottaa allekirjoituksia');
  await expect(agreement).toContainText('2 päivää viikossa, 3,5 h päivässä');
  await check(page, 'a new agreement waiting for signatures (fi, desktop)', 'coordinator-peer-agreement-waiting-fi-desktop');

  await agreement.getByRole('button', { name: 'Tallenna allekirjoitus' }).click();
  await expect(agreement).toContainText('Vaitiolositoumus allekirjoitettu');
  await agreement.getByRole('button', { name: 'Tallenna hyväksyntä' }).click();
  await expect(agreement.locator('h3 .tag')).toHaveText('Voimassa');

  // In force, but shifts go to active peers only: the page says so and offers the change.
  await expect(agreement.locator('.notice.warning')).toContainText('tila on ”Hakija”');
  await agreement.getByRole('button', { name: 'Muuta aktiiviseksi' }).click();
  await expect(page.locator('dl')).toContainText('Aktiivinen');
  await expect(agreement.locator('.notice.warning')).toHaveCount(0);
  await check(page, 'the peer with an agreement in force (fi, desktop)', 'coordinator-peer-in-force-fi-desktop');

  // Consents are recorded on the person's word; the access log shows who read and changed what.
  await page.getByRole('button', { name: 'Merkitse annetuksi: Yhteydenotto seurantaa varten' }).click();
  await expect(page.getByRole('button', { name: 'Peru: Yhteydenotto seurantaa varten' })).toBeVisible();
  await page.getByRole('button', { name: 'Näytä loki ja tiedot' }).click();
  await expect(page.getByRole('table', { name: 'Kuka on lukenut tai muuttanut henkilön tietoja' })).toContainText('Sinä');
  await expect(page.getByRole('table', { name: 'Kuka on lukenut tai muuttanut henkilön tietoja' })).toContainText('Luotu');

  await page.getByRole('link', { name: 'Takaisin vertaisiin' }).click();
  await page.getByRole('searchbox', { name: 'Nimi' }).fill(name);
  await page.getByRole('button', { name: 'Hae' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Löytyi 1 vertainen.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Aktiivinen');
});

test('a coordinator erases a person on their request and is told what the law keeps', async ({ page }) => {
  const name = `Poisto ${Date.now().toString(36)}`;
  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), '/peers/new');
  await page.getByLabel('Näkyvä nimi').fill(name);
  await page.getByLabel('Virallinen nimi').fill('Poistettava Henkilö');
  await page.getByLabel(/Puhelin/).fill('+358 40 555 0101');
  await page.getByRole('button', { name: 'Rekisteröi vertainen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const erasure = page.locator('section[aria-labelledby="erasure-heading"]');
  await erasure.getByRole('button', { name: 'Poista henkilötiedot…' }).click();
  await expect(erasure.getByLabel('Päivä, jona pyyntö saapui')).toHaveValue(helsinkiDay(0));
  await expect(erasure.getByRole('button', { name: 'Poista henkilötiedot', exact: true })).toBeDisabled();
  await expect(erasure).toContainText(`Henkilön ${name} tietoja ei voi palauttaa`);
  await check(page, 'erasure asks for the day and a confirmation (fi, desktop)', 'coordinator-erasure-confirm-fi-desktop');
  await erasure.getByLabel('Ymmärrän, ettei poistoa voi perua').check();
  await erasure.getByRole('button', { name: 'Poista henkilötiedot', exact: true }).click();

  await expect(erasure.getByRole('status')).toContainText('Henkilötiedot on poistettu');
  await expect(erasure).toContainText('Toimintarahan kirjaukset summineen ja päivineen');
  await expect(erasure).toContainText('pyydä ylläpitäjää poistamaan tili (Keycloak, Users)');
  await expect(page.getByRole('heading', { level: 1, name: /^Poistettu henkilö [0-9a-f]{8}$/ })).toBeVisible();
  await expect(erasure).toContainText(/tunnisteella Pseudonym [0-9a-f]{8}/);
  // nothing left to change: no edit, agreement, consent or status actions
  await expect(page.getByRole('button', { name: 'Muuta tietoja' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Uusi sopimus' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Tila', exact: true })).toHaveCount(0);
  await expect(page.locator('dl')).toContainText('Lopettanut');
  await expect(page.locator('dl')).not.toContainText('555 0101');
  await check(page, 'an erased person (fi, desktop)', 'coordinator-erasure-done-fi-desktop');
  await inLanguage(page, 'en');
  await page.setViewportSize(TABLET);
  await page.reload();
  await expect(erasure.getByRole('status')).toContainText('The personal data was erased');
  await check(page, 'an erased person (en, tablet)', 'coordinator-erasure-done-en-tablet');
});

// Every language at desktop width; the tablet width once (the layout does not depend on the language).
const CHECKS = [...LANGS.map((lang) => [DESKTOP, 'desktop', lang] as const), [TABLET, 'tablet', 'fi'] as const];
for (const [viewport, width, lang] of CHECKS) {
  {
    test(`every page of the coordinator's console passes axe (${lang}, ${width})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), '/peers');
      await inLanguage(page, lang);
      await page.goto('/peers?q=Pete');
      await expect(page.getByRole('table')).toBeVisible();
      await check(page, `/peers (${lang}, ${width})`, `coordinator-peers-${lang}-${width}`);
      await page.getByRole('link', { name: 'Pete', exact: true }).click();
      await expect(page.locator('article.card').first()).toBeVisible();
      await check(page, `a peer's page (${lang}, ${width})`, `coordinator-peer-${lang}-${width}`);
      await page.goto('/peers/new');
      await check(page, `/peers/new (${lang}, ${width})`, `coordinator-register-${lang}-${width}`);
      await page.goto('/plan');
      await page.locator('#plan-location').selectOption({ label: 'Lift lobby' });
      await page.locator('.shift-cell').first().click();
      await expect(page.locator('.candidates, .shift-panel .muted').first()).toBeVisible();
      await check(page, `/plan with a shift open (${lang}, ${width})`, `coordinator-plan-${lang}-${width}`);
      for (const [path, name] of [['/locations', 'locations'], ['/locations/new', 'location-new'], ['/absences', 'absences'], ['/attendance', 'attendance'], ['/indicators', 'indicators']]) {
        await page.goto(path);
        await check(page, `${path} (${lang}, ${width})`, `coordinator-${name}-${lang}-${width}`);
      }
    });
  }
}
