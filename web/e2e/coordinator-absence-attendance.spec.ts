import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, api, eventually, helsinkiDay, newLiftPeer, publishedShifts, tokenOf } from './platform';
import { check, signIn } from './helpers';
import { addDays, monthOf, nowTime } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

const hourInHelsinki = () => Number(nowTime().slice(0, 2));
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

test('a coordinator records a late absence, fills the place with an eligible replacement and sees it in the absence list', async ({ page }) => {
  const absent = await newLiftPeer('Poissa');
  const standIn = await newLiftPeer('Sijainen');
  // A shift within the next 24 hours: an absence told now is late under Lift's 24-hour rule.
  const h = hourInHelsinki();
  const [day, start, end] = h <= 21 ? [helsinkiDay(), hh(h + 2), `${hh(h + 2).slice(0, 2)}:30`] : [helsinkiDay(1), '01:00', '01:30'];
  const { locationId, shiftIds: [shiftId] } = await publishedShifts([{ day, start, end, peers: [absent] }]);

  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), `/plan?location=${locationId}&month=${monthOf(day)}&shift=${shiftId}`);
  await expect(page.getByRole('heading', { level: 2, name: /klo/ })).toBeVisible();
  await page.getByRole('button', { name: `Merkitse poissaolo: ${absent.displayName}` }).click();
  await page.getByLabel('Juuri nyt').check();
  await page.getByLabel('Syy', { exact: true }).fill('Flunssa');
  await page.getByRole('button', { name: 'Tallenna poissaolo' }).click();
  await expect(page.locator('.shift-panel')).toContainText('Vapaita paikkoja: 1.');

  await page.getByLabel('Miksi tämä muuttuu?').fill('Sijainen poissaolon tilalle');
  await page.getByRole('button', { name: `Lisää ${standIn.displayName} vuoroon` }).click();
  await expect(page.locator('.shift-panel')).toContainText('Vapaita paikkoja: 0.');
  await page.getByRole('button', { name: 'Muutoshistoria' }).click();
  await expect(page.locator('.shift-panel .steps')).toContainText('Vertainen lisätty vuoroon: Sijainen poissaolon tilalle');
  await check(page, 'a shift after an absence and its replacement (fi, desktop)', 'coordinator-plan-replacement-fi-desktop');

  await page.getByRole('link', { name: 'Poissaolot' }).click();
  const row = page.getByRole('row').filter({ hasText: absent.displayName });
  await expect(row).toContainText('Myöhässä');
  await expect(row).toContainText('Flunssa');
  await check(page, '/absences (fi, desktop)', 'coordinator-absences-fi-desktop');
});

test('a coordinator confirms a worked shift with adjusted hours and corrects them later with a reason; the payout officer sees the activity money', async ({ page }) => {
  const worker = await newLiftPeer('Tekijä');
  const h = hourInHelsinki();
  // A shift that has ended today (or late yesterday, just after midnight).
  const [day, start, end] = h >= 3 ? [helsinkiDay(), hh(h - 3), hh(h - 1)] : [addDays(helsinkiDay(), -1), '20:00', '22:00'];
  const { shiftIds: [shiftId] } = await publishedShifts([{ day, start, end, peers: [worker] }]);

  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), '/attendance');
  const card = page.locator('article.card', { has: page.getByRole('link', { name: 'Avaa suunnitelmassa' }).and(page.locator(`[href*="${shiftId}"]`)) });
  await expect(card).toContainText('Vuorossa 1 vertainen.');
  await check(page, '/attendance (fi, desktop)', 'coordinator-attendance-fi-desktop');
  // Adjusted before confirming: the hours given are confirmed (no correction); then corrected with a reason.
  await card.getByRole('button', { name: 'Muuta ensin tunteja' }).click();
  await card.getByLabel(`${worker.displayName}: tunnit`).fill('1,5');
  await card.getByRole('button', { name: 'Vahvista näillä tunneilla' }).click();
  await expect(card).toContainText(`${worker.displayName} 1,5 h`);
  await expect(card).not.toContainText('korjattu');
  await card.getByRole('button', { name: `Korjaa vertaisen ${worker.displayName} tunnit` }).click();
  await card.getByLabel('Tunnit').fill('1');
  await card.getByLabel('Miksi?').fill('Lähti aikaisemmin');
  await card.getByRole('button', { name: 'Tallenna korjaus' }).click();
  await expect(card).toContainText(`${worker.displayName} 1 h`);
  await expect(card).toContainText('korjattu: Lähti aikaisemmin');

  // Lift pays 2 €/h: the payout officer's statement shows 1 h = 2.00 € once the correction arrives over Kafka.
  const officer = await tokenOf('sovatek-payout');
  const statement = await eventually(async () => {
    const s = await api<{ statement: { totalCents: number; minutes: number } }>(officer, 'GET',
      `/api/payouts/statements/${monthOf(day)}/${worker.participantId}`);
    if (s.statement.totalCents !== 200) throw new Error(`not yet: ${JSON.stringify(s.statement)}`);
    return s.statement;
  });
  expect(statement.minutes).toBe(60);
});
