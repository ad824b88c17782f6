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
