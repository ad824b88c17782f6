import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './platform';
import { check, signIn } from './helpers';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

test('a coordinator adds a partner desk with its desk-duty agreement, then edits it; the plan offers it', async ({ page }) => {
  const name = `Kela Testi ${Date.now().toString(36)}`;
  await signIn(page, 'sh-coordinator', DEMO_PASSWORD(), '/locations');
  await page.getByRole('link', { name: 'Uusi toimipaikka' }).click();
  await page.getByLabel('Kumppanin palvelupiste').check();
  await page.getByRole('button', { name: 'Tallenna toimipaikka' }).click();
  await expect(page.getByLabel('Nimi', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Nimi', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Nimi', { exact: true }).fill(name);
  await page.getByLabel('Osoite').fill('Testikuja 5, Helsinki');
  await page.getByLabel('Kumppanin nimi').fill(name);
  await page.getByLabel('Kumppanin tunnus').fill('kela-testi');
  await page.getByLabel('tiistai').check();
  await page.getByLabel('Alkaa').fill('09:00');
  await page.getByLabel('Päättyy').fill('12:00');
  await page.getByLabel(/Vaadittu pätevyys/).fill('fattaluuta-diploma');
  await check(page, 'a new partner desk (fi, desktop)', 'coordinator-location-new-fi-desktop');
  await page.getByRole('button', { name: 'Tallenna toimipaikka' }).click();

  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Kumppanin palvelupiste');
  await expect(row).toContainText('tiistai 9.00–12.00');
  await row.getByRole('link', { name }).click();
  await expect(page.getByLabel('Kumppanin palvelupiste')).toBeDisabled();
  await page.getByLabel('torstai').check();
  await page.getByRole('button', { name: 'Tallenna toimipaikka' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('tiistai, torstai 9.00–12.00');

  await page.getByRole('link', { name: 'Suunnitelma' }).click();
  await page.locator('#plan-location').selectOption({ label: name });
  await page.getByRole('button', { name: 'Tee suunnitelma' }).click();
  // The weekday template starts from the desk agreement.
  await expect(page.getByLabel('tiistai')).toBeChecked();
  await expect(page.getByLabel('torstai')).toBeChecked();
  await expect(page.getByLabel('Alkaa')).toHaveValue('09:00');
});
