import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, api, eventually, helsinkiDay, tokenOf } from './platform';
import { addMonths, lastDayOf, monthOf } from '../src/format/format';
import { check, signIn } from './helpers';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

/**
 * Earlier runs on the same databases left test desks with a guide published next month on the same
 * days and hours; after a few runs every guide overlaps and nobody can take the new desk's shift.
 * Their shifts that month are cancelled first, so the guides are free again.
 */
async function cancelEarlierTestDesksShifts(month: string) {
  const coordinator = await tokenOf('sh-coordinator');
  const locations = await api<{ id: string; name: string }[]>(coordinator, 'GET', '/api/scheduling/locations');
  for (const location of locations.filter((l) => /^Kela (Testi|test) /.test(l.name))) {
    const plans = await api<{ id: string }[]>(coordinator, 'GET', `/api/scheduling/plans?locationId=${location.id}&month=${month}`);
    for (const { id } of plans) {
      const { shifts } = await api<{ shifts: { id: string; cancelled: boolean }[] }>(coordinator, 'GET', `/api/scheduling/plans/${id}`);
      for (const shift of shifts.filter((s) => !s.cancelled)) {
        await api(coordinator, 'POST', `/api/scheduling/shifts/${shift.id}/cancel`, { reason: 'test clean-up' });
      }
    }
  }
}

test('a coordinator adds a partner desk with its desk-duty agreement, edits it, plans and publishes next month there; the partner office reads the duty', async ({ page }) => {
  await cancelEarlierTestDesksShifts(addMonths(monthOf(helsinkiDay()), 1));
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
  await page.getByLabel('Kumppanin tunnus').fill('kela-itakeskus');   // sh-partner's agency
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
  // The agency code is in the partner's logins and names its topic: fixed once the desk exists.
  await expect(page.getByLabel('Kumppanin tunnus')).toBeDisabled();
  await expect(page.getByText('Tunnusta ei voi muuttaa')).toBeVisible();
  const location = { id: new URL(page.url()).pathname.split('/').pop()! };
  await page.getByLabel('torstai').check();
  await check(page, 'editing a partner desk (fi, desktop)', 'coordinator-location-edit-fi-desktop');
  await page.getByRole('button', { name: 'Tallenna toimipaikka' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('tiistai, torstai 9.00–12.00');

  await page.getByRole('link', { name: 'Suunnitelma' }).click();
  await page.locator('#plan-location').selectOption({ label: name });
  // Next month: the demo guides' days this month are already planned.
  await page.getByRole('button', { name: /Seuraava kuukausi/ }).click();
  await page.getByRole('button', { name: 'Tee suunnitelma' }).click();
  // The weekday template starts from the desk agreement.
  await expect(page.getByLabel('tiistai')).toBeChecked();
  await expect(page.getByLabel('torstai')).toBeChecked();
  await expect(page.getByLabel('Alkaa')).toHaveValue('09:00');
  await page.getByRole('button', { name: 'Lisää vuorot' }).click();
  await page.locator('.shift-cell').first().click();
  // Only diploma holders with an agreement can take a desk shift; the first of them takes it.
  const first = page.locator('.candidates:not(.refused) li').first();
  const guide = (await first.locator('.title-plain').textContent())!.trim();
  await first.getByRole('button').click();
  await expect(page.locator('.shift-cell').first()).toContainText(guide);
  await page.getByRole('button', { name: 'Julkaise suunnitelma…' }).click();
  await expect(page.locator('#publish-heading + ul')).toContainText(`${name} näkee päivystyksen`);
  await page.getByRole('button', { name: 'Julkaise nyt' }).click();
  await expect(page.getByText(/^Julkaistu /)).toBeVisible();

  const month = addMonths(monthOf(helsinkiDay()), 1);
  const partner = await tokenOf('sh-partner');
  const duties = await eventually(async () => {
    const found = await api<{ deskId: string; displayName: string | null; status: string }[]>(partner, 'GET',
      `/api/scheduling/partner/desk-duty?from=${month}-01&to=${lastDayOf(month)}&deskId=${location.id}`);
    if (!found.some((d) => d.displayName === guide)) throw new Error('not yet');
    return found;
  });
  expect(duties.every((d) => d.deskId === location.id)).toBe(true);
});
