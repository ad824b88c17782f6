import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, helsinkiDay, newLiftPeer, newLiftSite, publishedShifts } from './platform';
import { check, shot, signIn } from './helpers';
import { addDays, addMonths, formatDay, monthOf } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

/** The Monday of the second full week of the month: Monday to Thursday of that week are in the month. */
function secondMonday(month: string): string {
  let day = `${month}-01`;
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return addDays(day, 7);
}

test('a coordinator plans a month with recurring shifts, sees why a peer cannot take a shift, assigns another and publishes; the peer sees it', async ({ page, browser }) => {
  const busy = await newLiftPeer('Kiireinen');
  const free = await newLiftPeer('Vapaa');
  const month = addMonths(monthOf(helsinkiDay()), 1);
  const monday = secondMonday(month);
  // Elsewhere the same week, the busy peer already works the three days their agreement allows.
  await publishedShifts([0, 1, 2].map((d) => ({ day: addDays(monday, d), start: '13:00', end: '15:00', peers: [busy] })));
  const site = await newLiftSite();

  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), `/plan?location=${site.locationId}&month=${month}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kuukauden suunnitelma' })).toBeVisible();
  await page.getByRole('button', { name: 'Tee suunnitelma' }).click();
  await page.getByLabel('torstai').check();
  await page.getByLabel('Alkaa').fill('08:30');
  await page.getByLabel('Päättyy').fill('12:00');
  await page.getByLabel('Vertaisia tarvitaan').fill('1');
  await page.getByRole('button', { name: 'Lisää vuorot' }).click();
  await expect(page.getByText('Luonnos', { exact: true })).toBeVisible();

  const thursday = page.locator('.plan-grid tr', { has: page.getByRole('rowheader', { name: formatDay(addDays(monday, 3), 'fi') }) });
  // The grid works from the keyboard: Tab moves from shift to shift, Enter opens one and the panel takes the focus.
  await page.locator('.shift-cell').first().focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.shift-cell').nth(1)).toBeFocused();
  await thursday.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /klo 8\.30–12\.00/ })).toBeFocused();
  await expect(thursday.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await page.getByText(/vertaista? ei voi ottaa vuoroa, ja miksi/).click();
  await expect(page.locator('.refused li', { hasText: busy.displayName }))
    .toContainText('Hänellä on jo sillä viikolla niin monta päivää kuin sopimus sallii.');
  await page.getByRole('button', { name: `Lisää ${free.displayName} vuoroon` }).click();
  await expect(page.getByText('Vuoro on täynnä.', { exact: false })).toBeVisible();
  await expect(thursday.getByRole('button')).toContainText(free.displayName);
  await expect(thursday.getByRole('button')).toContainText('Täynnä');
  await expect(page.getByRole('table', { name: 'Vertaiset tässä suunnitelmassa' })).toContainText(free.displayName);
  await check(page, 'the monthly plan, a shift open (fi, desktop)', 'coordinator-plan-shift-fi-desktop');

  await page.getByRole('button', { name: 'Julkaise suunnitelma…' }).click();
  await expect(page.locator('#publish-heading + ul')).toContainText('1 vertainen näkee vuoronsa sovelluksessa');
  await page.getByRole('button', { name: 'Julkaise nyt' }).click();
  await expect(page.getByText(/^Julkaistu /)).toBeVisible();

  // After publishing, a change asks for its reason.
  await thursday.getByRole('button').click();
  await page.getByRole('button', { name: `Poista ${free.displayName} vuorosta` }).click();
  await expect(page.getByText('Kirjoita ensin syy.')).toBeVisible();
  await expect(page.getByLabel('Miksi tämä muuttuu?')).toBeFocused();
  await shot(page, 'coordinator-plan-published-fi-desktop');

  // The peer's phone shows the shift.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const peer = await phone.newPage();
  await signIn(peer, free.login.username, free.login.password);
  await expect(peer.locator('.card.lead:not(.placeholder)')).toContainText(site.name);
  await phone.close();
});
