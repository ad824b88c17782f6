import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, api, helsinkiDay, newLiftPeer, publishedShifts, tokenOf } from './platform';
import { check, expectNoSidewaysScroll, shot, signIn } from './helpers';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
const LANGS = ['fi', 'sv', 'en'] as const;


for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, isMobile: vp.name === 'phone', hasTouch: vp.name === 'phone' });

    test('every peer page passes axe (WCAG 2.1 A/AA) in Finnish, Swedish and English, with big targets and no sideways scrolling', async ({ page }) => {
      const pete = await tokenOf('sovatek-peer');
      const shifts = await api<{ shiftId: string; date: string; state: string }[]>(pete, 'GET',
        `/api/scheduling/my/shifts?from=${helsinkiDay(-40)}&to=${helsinkiDay(60)}`);
      const upcoming = shifts.find((s) => s.date > helsinkiDay(0) && s.state === 'ASSIGNED')!;
      const closed = (await api<{ month: string; frozen: boolean }[]>(pete, 'GET', '/api/payouts/my/statements')).find((s) => s.frozen)!;
      await signIn(page, 'sovatek-peer', DEMO_PASSWORD());
      for (const lang of LANGS) {
        await page.evaluate((l) => localStorage.setItem('vt.lang', l), lang);
        const pages: [string, string][] = [
          ['/', 'home'], ['/shifts', 'shifts'], [`/shifts/${upcoming.shiftId}`, 'shift'],
          [`/shifts/${upcoming.shiftId}/absence`, 'absence'], [`/shifts/${upcoming.shiftId}/feedback`, 'feedback'],
          ['/open-shifts', 'open-shifts'], ['/money', 'money'], [`/money/${closed.month}`, 'statement'],
          ['/training', 'training-none'], ['/me', 'mydata'],
        ];
        for (const [path, name] of pages) {
          await page.goto(path);
          await check(page, `${path} (${lang}, ${vp.name})`, `peer-${name}-${lang}-${vp.name}`);
        }
        await page.goto('/shifts');
        await page.getByRole('button', { name: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' }[lang], exact: true }).click();
        await check(page, `/shifts month grid (${lang}, ${vp.name})`, `peer-shifts-month-${lang}-${vp.name}`);
      }
    });

    test('the diploma, the public verification page and the signed-out page pass axe in all three languages', async ({ page, browser }) => {
      await signIn(page, 'sh-peer', DEMO_PASSWORD(), '/training');
      for (const lang of LANGS) {
        await page.evaluate((l) => localStorage.setItem('vt.lang', l), lang);
        await page.goto('/training');
        await expect(page.locator('.qr')).toBeVisible();
        await check(page, `/training (${lang}, ${vp.name})`, `peer-training-${lang}-${vp.name}`);
      }
      const code = await page.locator('.code').first().textContent();
      const stranger = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const open = await stranger.newPage();
      for (const lang of LANGS) {
        await open.goto('/verify');
        await open.evaluate((l) => localStorage.setItem('vt.lang', l), lang);
        await open.goto(`/verify/${code}`);
        await expect(open.getByTestId('verification')).toBeVisible();
        await check(open, `/verify (${lang}, ${vp.name})`, `public-verify-${lang}-${vp.name}`);
        await open.goto('/signed-out');
        await check(open, `/signed-out (${lang}, ${vp.name})`, `signed-out-${lang}-${vp.name}`);
      }
      await stranger.close();
    });
  });
}

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 683, height: 450 }, isMobile: false, hasTouch: false });

  test('a 1366 px screen at 200 % needs no sideways scrolling on any peer page', async ({ page }) => {
    await signIn(page, 'sovatek-peer', DEMO_PASSWORD());
    for (const path of ['/', '/shifts', '/open-shifts', '/money', '/training', '/me']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expectNoSidewaysScroll(page, `${path} at 200 %`);
    }
    await shot(page, 'peer-mydata-fi-zoom200');
  });
});

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''} ${(el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''}`;
    });
    if (name.test(text)) return;
  }
  throw new Error(`${name} was not reached with Tab`);
}

test('the absence and feedback journeys work with the keyboard alone', async ({ page }) => {
  const peer = await newLiftPeer('Noora');
  await publishedShifts([
    { day: helsinkiDay(4), start: '08:30', end: '12:00', peers: [peer] },
    { day: helsinkiDay(-2), start: '08:30', end: '12:00', peers: [peer] },
  ]);
  await signIn(page, peer.login.username, peer.login.password);
  await tabTo(page, /Avaa vuoro/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vuoro' })).toBeFocused();
  await tabTo(page, /En pääse tulemaan/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'En pääse tulemaan' })).toBeFocused();
  await tabTo(page, /Syy/);
  await page.keyboard.type('Olen kipeä');
  await tabTo(page, /Ilmoita, etten tule/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Ilmoitit ajoissa');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Etusivu' })).toBeFocused();
  await tabTo(page, /Kerro, miten vuoro/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Palaute vuorosta' })).toBeFocused();
  await tabTo(page, /Juttelu/);
  await page.keyboard.press('Space');
  await tabTo(page, /Todella hyvin/);
  await page.keyboard.press('Space');
  await tabTo(page, /Lähetä palaute/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Kiitos palautteesta!');
});
