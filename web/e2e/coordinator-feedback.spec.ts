import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, api, helsinkiDay, newLiftPeer, publishedShifts, tokenOf } from './platform';
import { check, signIn } from './helpers';
import { addDays, monthOf, nowTime } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

const hourInHelsinki = () => Number(nowTime().slice(0, 2));

test('the feedback of a location shows as a chart with the same figures in a table', async ({ page }) => {
  const peer = await newLiftPeer('Palaute');
  const h = hourInHelsinki();
  const [day, start, end] = h >= 3 ? [helsinkiDay(), `${String(h - 3).padStart(2, '0')}:00`, `${String(h - 2).padStart(2, '0')}:00`]
    : [addDays(helsinkiDay(), -1), '20:00', '21:00'];
  const { name, shiftIds: [shiftId] } = await publishedShifts([{ day, start, end, peers: [peer] }]);
  const own = await tokenOf(peer.login.username, peer.login.password);
  await api(own, 'POST', `/api/scheduling/my/shifts/${shiftId}/feedback`, { helpKinds: ['KELA_BENEFITS', 'HOUSING'], peopleHelped: 3, rating: 4 });

  await signIn(page, 'sovatek-coordinator', DEMO_PASSWORD(), '/indicators');
  // Before 3 a.m. the shift was yesterday, which is last month only on the 1st.
  if (monthOf(day) < monthOf(helsinkiDay())) await page.getByRole('button', { name: /Edellinen kuukausi/ }).click();
  const section = page.locator('section.card', { has: page.getByRole('heading', { name }) });
  await expect(section.locator('dl')).toContainText('Autettuja ihmisiä3');
  const table = section.getByRole('table', { name: `Avun lajit: ${name}` });
  await expect(table.getByRole('row', { name: 'Kelan etuudet 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Asuminen 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Juttelu 0' })).toBeVisible();
  await check(page, '/indicators (fi, desktop)', 'coordinator-indicators-fi-desktop');
});
