import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { check, signIn, shot } from './helpers';
import { api, tokenOf } from './platform';
import { newOrganisation, workedLastMonth } from './organisation';
import { formatMonth } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

test('the payout officer previews and closes a month, pays two people at a payout day, closes it, and it reconciles', async ({ page }) => {
  test.setTimeout(240_000);
  const o = await newOrganisation();
  const officerLogin = await o.login('payout-officer', 'Maksaja');
  const worked = await workedLastMonth(o, officerLogin);
  const [aino, eero, iida] = worked.peers;
  const monthName = formatMonth(worked.month, 'fi');

  await signIn(page, officerLogin.username, officerLogin.password);
  await expect(page).toHaveURL(/\/payout\/months$/);
  const row = page.getByRole('row', { name: new RegExp(monthName, 'i') });
  await expect(row).toContainText('Avoin');
  await expect(row).toContainText('42,00');
  await check(page, 'payout months', 'payout-months-fi-desktop');

  // The preview: every peer's total before closing.
  await row.getByRole('link').click();
  await expect(page.getByText('Tämä on esikatselu.')).toBeVisible();
  for (const p of worked.peers) await expect(page.getByRole('row', { name: new RegExp(p.displayName) })).toContainText('14,00');
  await expect(page.getByRole('table').locator('tfoot')).toContainText('42,00');
  await check(page, 'month preview', 'payout-month-preview-fi-desktop');

  // A peer's statement with its entries.
  await page.getByRole('link', { name: aino!.displayName }).click();
  await expect(page.getByRole('table', { name: 'Rivit' }).locator('tbody tr')).toHaveCount(2);
  await check(page, 'statement', 'payout-statement-fi-desktop');
  await page.goBack();

  await page.getByRole('button', { name: 'Sulje kuukausi' }).click();
  await expect(page.getByText(/Lukitaan 3 tiliotetta, yhteensä 42,00/)).toBeVisible();
  await page.getByRole('button', { name: 'Kyllä, sulje kuukausi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kuukausi suljettiin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sulje kuukausi' })).toHaveCount(0);

  // A payout day for the closed month at the site.
  await page.getByRole('link', { name: 'Maksupäivät' }).first().click();
  await expect(page.getByLabel('Toimipaikka')).toContainText(worked.site.name);
  await page.getByRole('button', { name: 'Luo maksupäivä' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(worked.site.name);
  await expect(page.locator('dl.figures')).toContainText('0 / 3');
  await check(page, 'payout day', 'payout-day-open-fi-desktop');

  for (const p of [aino!, eero!]) {
    await page.getByLabel('Etsi nimellä').fill(p.displayName.split(' ')[0]!);
    await page.getByRole('button', { name: `Merkitse maksetuksi: ${p.displayName}` }).click();
    await expect(page.getByText(`Annoitko 14,00 € henkilölle ${p.displayName}?`)).toBeVisible();
    await page.getByRole('button', { name: 'Kyllä, maksettu' }).click();
    await expect(page.getByRole('listitem', { name: p.displayName })).toContainText('Maksettu');
  }
  await page.getByLabel('Etsi nimellä').fill('');
  await expect(page.locator('dl.figures')).toContainText('2 / 3');
  await expect(page.getByRole('listitem', { name: iida!.displayName }).getByRole('button')).toHaveText('Merkitse maksetuksi');
  await shot(page, 'payout-day-two-paid-fi-desktop');

  await page.getByRole('button', { name: 'Päätä maksupäivä' }).click();
  await expect(page.getByText(/1 henkilö ei noutanut rahojaan\. 14,00\s€ siirtyy/)).toBeVisible();
  await page.getByRole('button', { name: 'Kyllä, päätä päivä' }).click();
  await expect(page.getByText('Päätetty').first()).toBeVisible();
  const reconciliation = page.getByRole('region', { name: 'Täsmäytys' });
  await expect(reconciliation.getByRole('row', { name: 'Maksettu' })).toContainText('28,00');
  await expect(reconciliation.getByRole('row', { name: /Ei noudettu/ })).toContainText('14,00');
  await expect(reconciliation.getByRole('row', { name: 'Vielä maksamatta' })).toContainText('0,00');
  await expect(reconciliation.getByRole('row', { name: 'Maksettava yhteensä' })).toContainText('42,00');
  await expect(reconciliation).toContainText('Täsmää');
  await check(page, 'payout day closed', 'payout-day-closed-fi-desktop');

  const dayId = new URL(page.url()).pathname.split('/').pop()!;
  const officer = await tokenOf(officerLogin.username, officerLogin.password);
  const day = await api<{ status: string; reconciliation: { balanced: boolean; paidCents: number; unclaimedCents: number; outstandingCents: number; totalDueCents: number } }>(
    officer, 'GET', `/api/payouts/payout-days/${dayId}`);
  expect(day.status).toBe('CLOSED');
  expect(day.reconciliation).toMatchObject({ balanced: true, paidCents: 1400 * 2, unclaimedCents: 1400, outstandingCents: 0, totalDueCents: 4200 });

  // The printable list: one A4 page for three people, with a signature column.
  await page.getByRole('link', { name: 'Tulostettava lista allekirjoituksille' }).click();
  await expect(page.getByRole('columnheader', { name: 'Allekirjoitus' })).toBeVisible();
  await check(page, 'print list', 'payout-print-fi-desktop');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.top')).toBeHidden();
  await shot(page, 'payout-print-media-fi');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdfPages(pdf)).toBe(1);
  await page.emulateMedia({ media: 'screen' });
});

test('the funder report shows the month by location and downloads as CSV', async ({ page }) => {
  test.setTimeout(180_000);
  const o = await newOrganisation();
  const officerLogin = await o.login('payout-officer', 'Maksaja');
  const worked = await workedLastMonth(o, officerLogin);
  await signIn(page, officerLogin.username, officerLogin.password, '/payout/report');
  const table = page.getByRole('table', { name: 'Toimintaraha toimipaikoittain' });
  await expect(table.getByRole('row', { name: new RegExp(worked.site.name) })).toContainText('42,00');
  await expect(page.getByText('Kuukausi on vielä avoin')).toBeVisible();
  await check(page, 'funder report', 'payout-report-fi-desktop');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa CSV-tiedostona' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`activity-money-${worked.month}.csv`);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain(worked.site.name);
  expect(csv).toContain(',3,6,21.00,42.00,0.00,42.00');
});

/** Pages of a PDF as Chromium writes them: one "/Type /Page" object each. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
