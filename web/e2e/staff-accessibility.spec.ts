import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, api, tokenOf } from './platform';
import { check, signIn } from './helpers';
import { addDays, addMonths, monthOf, today } from '../src/format/format';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
const LANGS = ['fi', 'sv', 'en'] as const;

/** Every page of a role, in the three languages: axe, big targets, no sideways scrolling; a screenshot each. */
async function checkPages(page: Page, role: string, pages: [path: string, name: string][], vp: string) {
  for (const lang of LANGS) {
    await page.evaluate((l) => localStorage.setItem('vt.lang', l), lang);
    for (const [path, name] of pages) {
      await page.goto(path);
      await expect(page.locator('main')).not.toContainText(/Ladataan|Laddar|Loading/);
      await check(page, `${path} (${role}, ${lang}, ${vp})`, `${role}-${name}-${lang}-${vp}`);
    }
  }
}

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, isMobile: vp.name === 'phone', hasTouch: vp.name === 'phone' });

    test('the payout officer\'s pages pass axe in Finnish, Swedish and English', async ({ page }) => {
      test.setTimeout(180_000);
      const officer = await tokenOf('sovatek-payout');
      const last = addMonths(monthOf(today()), -1);
      const statements = await api<{ participantId: string }[]>(officer, 'GET', `/api/payouts/statements?month=${last}`);
      const days = await api<{ id: string }[]>(officer, 'GET', '/api/payouts/payout-days');
      const pages: [string, string][] = [['/payout/months', 'months'], [`/payout/months/${last}`, 'month'], ['/payout/days', 'days'], ['/payout/report', 'report']];
      if (statements[0]) pages.push([`/payout/months/${last}/${statements[0].participantId}`, 'statement']);
      if (days[0]) pages.push([`/payout/days/${days[0].id}`, 'day'], [`/payout/days/${days[0].id}/print`, 'print']);
      expect(pages.length, 'the demo has a closed month and a payout day (dev/demo/load)').toBe(7);
      await signIn(page, 'sovatek-payout', DEMO_PASSWORD());
      await checkPages(page, 'payout', pages, vp.name);
    });

    test('the partner office\'s pages and the lobby screen pass axe in Finnish, Swedish and English', async ({ page }) => {
      await signIn(page, 'sh-partner', DEMO_PASSWORD());
      await checkPages(page, 'partner', [['/desk', 'desk'], ['/desk/calendar', 'calendar'], ['/desk/lobby', 'lobby']], vp.name);
    });

    test('the trainer\'s pages pass axe in Finnish, Swedish and English', async ({ page }) => {
      const trainer = await tokenOf('sh-trainer');
      const sessions = await api<{ id: string; kind: string }[]>(trainer, 'GET', '/api/training/my/teaching');
      const teaching = sessions.find((s) => s.kind === 'TEACHING');
      const exam = sessions.find((s) => s.kind === 'EXAM');
      expect(teaching && exam, 'the demo trainer teaches and examines (dev/demo/load)').toBeTruthy();
      await signIn(page, 'sh-trainer', DEMO_PASSWORD());
      await checkPages(page, 'trainer', [['/teaching', 'teaching'], [`/teaching/${teaching!.id}`, 'roll'], [`/teaching/${exam!.id}`, 'exam']], vp.name);
    });

    test('the training coordinator\'s pages pass axe in Finnish, Swedish and English', async ({ page }) => {
      const coordinator = await tokenOf('sh-coordinator');
      const terms = await api<{ id: string }[]>(coordinator, 'GET', '/api/training/terms');
      const gatherings = await api<{ id: string }[]>(coordinator, 'GET', `/api/training/gatherings?from=${today()}&to=${addDays(today(), 30)}`);
      expect(terms.length, 'the demo has a Fattaluuta term (dev/demo/load)').toBeGreaterThan(0);
      expect(gatherings.length, 'the demo has coming gatherings (dev/demo/load)').toBeGreaterThan(0);
      await signIn(page, 'sh-coordinator', DEMO_PASSWORD(), '/courses');
      await checkPages(page, 'coordinator', [['/courses', 'courses'], [`/courses/terms/${terms[0]!.id}`, 'term'],
        ['/courses/calendar', 'calendar'], [`/courses/gatherings/${gatherings[0]!.id}`, 'gathering']], vp.name);
    });

    test('the admin\'s page passes axe in Finnish, Swedish and English', async ({ page }) => {
      await signIn(page, 'sovatek-admin', DEMO_PASSWORD());
      await checkPages(page, 'admin', [['/admin', 'admin']], vp.name);
    });
  });
}
