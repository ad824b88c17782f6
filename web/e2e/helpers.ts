import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

/** Signs in through the real Keycloak page, as a person would. */
export async function signIn(page: Page, username: string, password: string, path = '/') {
  await page.goto(path);
  await page.waitForURL(/\/realms\/vertaistyo\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === new URL(page.url()).origin && !url.pathname.startsWith('/auth/'));
  await expect(page.locator('h1')).toBeVisible();
}

/** Screenshots for people to look at: web/screenshots/<name>.png (git-ignored). */
export async function shot(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/** WCAG 2.1 A and AA rules of axe-core: no violations. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** Every interactive element is at least 44 × 44 CSS px (a checkbox or radio counts with its label). */
export async function expectBigTargets(page: Page, where: string) {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const els = Array.from(document.querySelectorAll<HTMLElement>('button, select, input, textarea, a.button, .tabs a, .list a, .month-grid a, .month-bar button'));
    for (const el of els) {
      const target = (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) ? el.closest('label') ?? el : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
  expect(small, `small touch targets on ${where}`).toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scrolling on ${where}`).toBeLessThanOrEqual(0);
}

/** A page is done loading, passes axe, has big targets and no sideways scrolling; optionally a screenshot. */
export async function check(page: Page, where: string, screenshot?: string) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Ladataan|Laddar|Loading/ })).toHaveCount(0);
  await expectAccessible(page, where);
  await expectBigTargets(page, where);
  await expectNoSidewaysScroll(page, where);
  if (screenshot) await shot(page, screenshot);
}
