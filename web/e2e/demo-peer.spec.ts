import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from './platform';
import { shot, signIn } from './helpers';

// Journeys of the demo peers on the demo data: Pete (Sovatek, Liftillä duuniin) with last month
// closed and paid, Tiina (Stop Huumeille, Fattaluuta) with a diploma.

test('Pete reads a closed month\'s statement and acknowledges the cash he received', async ({ page }) => {
  await signIn(page, 'sovatek-peer', DEMO_PASSWORD(), '/money');
  await expect(page.getByRole('heading', { level: 1, name: 'Toimintaraha' })).toBeVisible();
  const closed = page.getByRole('region', { name: 'Suljetut kuukaudet' });
  await expect(closed.getByRole('link').first()).toContainText('91,00');
  // On a fresh platform (CI) the payment is still to be acknowledged; on a re-run it already is.
  const received = page.getByRole('button', { name: 'Sain rahat' });
  await expect(received.or(page.getByText(/Kuitattu/))).toBeVisible();
  if (await received.isVisible()) {
    await shot(page, 'peer-money-fi-phone');
    await received.click();
    await expect(received).toBeHidden();
  }
  await expect(page.getByText(/Kuitattu/)).toBeVisible();
  await closed.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Tiliote: marraskuu|Tiliote/ })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Tehty työ');
  await expect(page.locator('dl')).toContainText('91,00');
  await shot(page, 'peer-statement-fi-phone');
});

test('the app speaks Swedish and English, and remembers the choice', async ({ page }) => {
  await signIn(page, 'sovatek-peer', DEMO_PASSWORD());
  await page.getByLabel('Kieli').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ditt nästa pass' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('.card.lead')).toContainText(/kl\. \d{1,2}\.\d{2}–/);
  await shot(page, 'peer-home-sv-phone');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.locator('.card.lead')).toContainText(/\d{1,2}:\d{2}–/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await shot(page, 'peer-home-en-phone');
  await page.getByLabel('Language').selectOption('fi');
  await expect(page.getByRole('heading', { level: 1, name: 'Etusivu' })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('with the network cut after one visit, Pete still sees his coming shifts, marked as saved', async ({ page, context }) => {
    await signIn(page, 'sovatek-peer', DEMO_PASSWORD(), '/shifts');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await expect(page.locator('.list li').first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // Installable: Chromium finds nothing missing (manifest, icons, service worker). A test
    // browser context is always incognito, which Chromium reports too; that one is not the app's.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await page.goto('/');
    await expect(page.locator('.card.lead:not(.placeholder)')).toBeVisible();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vt.saved.')).length)).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Et ole nyt verkossa' })).toContainText('Tallennettu');
    await expect(page.locator('.card.lead')).toContainText('Lift lobby');
    await shot(page, 'peer-home-offline-fi-phone');
    await page.getByRole('link', { name: 'Vuorot', exact: true }).click();
    await expect(page.locator('.list li').first()).toContainText('Lift lobby');
    await context.setOffline(false);
  });
});

test('Pete subscribes to his calendar feed and the feed parses as iCalendar without a login', async ({ page, request }) => {
  await signIn(page, 'sovatek-peer', DEMO_PASSWORD(), '/me');
  await page.getByRole('button', { name: /Tee kalenterilinkki|Tee uusi linkki/ }).click();
  const url = (await page.getByTestId('feed-url').textContent())!.trim();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/api\/scheduling\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByText('Kalenterilinkki on käytössä')).toBeVisible();
  await shot(page, 'peer-mydata-calendar-fi-phone');

  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.summary === 'Shift: Lift lobby')).toBe(true);
  expect(text).not.toMatch(/Petri|Mäkinen|petri\.makinen/);

  await page.getByRole('button', { name: 'Poista kalenterilinkki' }).click();
  await expect(page.getByText('Kalenterilinkki on poistettu.')).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);
});

test('Pete downloads his own data', async ({ page }) => {
  await signIn(page, 'sovatek-peer', DEMO_PASSWORD(), '/me');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa tietoni' }).click();
  const file = await (await download).path();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(data)).toContain('Petri Mäkinen');
  await expect(page.getByRole('status')).toContainText('Tiedosto on ladattu.');
});

test('Tiina shows her diploma as a QR code that opens the public verification page', async ({ page, browser }) => {
  await signIn(page, 'sh-peer', DEMO_PASSWORD(), '/training');
  await expect(page.getByRole('heading', { name: 'Todistus' })).toBeVisible();
  await expect(page.getByText(/Läsnäolo: 8\/8/)).toBeVisible();
  await shot(page, 'peer-training-fi-phone');
  const png = PNG.sync.read(await page.getByRole('img', { name: 'QR-koodi todistuksen tarkistukseen' }).screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toMatch(/^http:\/\/127\.0\.0\.1:8080\/verify\/[A-Z0-9-]+$/);

  const stranger = await browser.newContext({ locale: 'fi-FI' });
  const publicPage = await stranger.newPage();
  await publicPage.goto(decoded!.data);
  await expect(publicPage.getByTestId('verification')).toHaveText('Todistus on voimassa.');
  await shot(publicPage, 'public-verify-valid-fi-phone');
  await publicPage.goto('/verify/AAAA-BBBB-CCCC-DDDD');
  await expect(publicPage.getByTestId('verification')).toHaveText('Todistus ei ole voimassa, tai koodi on väärin.');
  await stranger.close();
});

test('signing out ends the Keycloak session and leaves nothing personal in the browser', async ({ page }) => {
  await signIn(page, 'sovatek-peer', DEMO_PASSWORD());
  await expect(page.locator('.card.lead:not(.placeholder)')).toBeVisible();
  // Home's answers are saved for offline reading once they arrive.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vt.saved.')).length)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).first().click();
  await page.waitForURL('**/signed-out');
  await expect(page.getByRole('heading', { level: 1, name: 'Et ole kirjautunut' })).toBeVisible();
  await shot(page, 'signed-out-fi-phone');
  const left = await page.evaluate(async () => ({
    saved: Object.keys(localStorage).filter((k) => k.startsWith('vt.saved.')),
    session: Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.')),
    caches: 'caches' in window ? (await caches.keys()).filter((n: string) => !n.startsWith('workbox-precache')) : [],
  }));
  expect(left).toEqual({ saved: [], session: [], caches: [] });
  // The Keycloak session is gone too: signing in again asks for the password.
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(/\/realms\/vertaistyo\/protocol\/openid-connect\/auth/);
  await expect(page.locator('#password')).toBeVisible();
});
