import { expect, test } from '@playwright/test';
import { api, helsinkiDay, newLiftPeer, publishedShifts, tokenOf } from './platform';
import { shot, signIn } from './helpers';

test('a peer signs in, sees the next shift with who else is on it, and reports an absence in time', async ({ page }) => {
  const peer = await newLiftPeer('Aino');
  const day = helsinkiDay(3);
  const colleague = await newLiftPeer('Ville');
  const { shiftIds, name } = await publishedShifts([{ day, start: '08:30', end: '12:00', needed: 2, peers: [peer, colleague] }]);
  const coordinator = await tokenOf('sovatek-coordinator');

  await signIn(page, peer.login.username, peer.login.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Etusivu' })).toBeVisible();
  const next = page.locator('.card.lead');
  await expect(next).toContainText('klo 8.30–12.00');
  await expect(next).toContainText(name);
  await expect(next).toContainText(`Kanssasi vuorossa: ${colleague.displayName}`);
  await shot(page, 'peer-home-fi-phone');

  await next.getByRole('link', { name: 'Avaa vuoro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vuoro' })).toBeVisible();
  await shot(page, 'peer-shift-fi-phone');
  await page.getByRole('link', { name: 'En pääse tulemaan' }).click();
  await expect(page.getByText('Vain ohjaaja näkee syyn.')).toBeVisible();
  await page.getByLabel('Syy (voit jättää tyhjäksi)').fill('Lapsi on sairas');
  await shot(page, 'peer-absence-form-fi-phone');
  await page.getByRole('button', { name: 'Ilmoita, etten tule' }).click();
  await expect(page.getByRole('status')).toContainText('Ilmoitit ajoissa. Kiitos!');
  await shot(page, 'peer-absence-sent-fi-phone');

  const absences = await api<{ shiftId: string; notice: string; reason: string }[]>(coordinator, 'GET',
    `/api/scheduling/absences?from=${day}&to=${day}`);
  const mine = absences.find((a) => a.shiftId === shiftIds[0]);
  expect(mine?.notice).toBe('IN_TIME');
  expect(mine?.reason).toBe('Lapsi on sairas');

  await page.getByRole('link', { name: 'Etusivu' }).first().click();
  await expect(page.getByText('Sinulla ei ole tulevia vuoroja.')).toBeVisible();
});

test('a late absence is told as late without blame', async ({ page }) => {
  const peer = await newLiftPeer('Eero');
  const soon = new Date(Date.now() + 3 * 3600_000);
  const hm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(soon);
  const soonDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(soon);
  // In three hours it may already be tomorrow in Helsinki (from 21.00 on): then there is no such shift today.
  test.skip(soonDay !== helsinkiDay(0) || hm >= '20:00', 'needs a shift starting a few hours from now on the same Helsinki day');
  const start = `${hm.slice(0, 2)}:00`;
  const end = `${String(Number(hm.slice(0, 2)) + 2).padStart(2, '0')}:00`;
  const { shiftIds } = await publishedShifts([{ day: helsinkiDay(0), start, end, peers: [peer] }]);
  await signIn(page, peer.login.username, peer.login.password, `/shifts/${shiftIds[0]}/absence`);
  await page.getByRole('button', { name: 'Ilmoita, etten tule' }).click();
  await expect(page.getByRole('status')).toContainText('Kiitos silti, että kerroit.');
  const coordinator = await tokenOf('sovatek-coordinator');
  const absences = await api<{ shiftId: string; notice: string }[]>(coordinator, 'GET',
    `/api/scheduling/absences?from=${helsinkiDay(0)}&to=${helsinkiDay(0)}`);
  expect(absences.find((a) => a.shiftId === shiftIds[0])?.notice).toBe('LATE');
});

test('a peer takes an open shift, and offers their own to others', async ({ page }) => {
  const peer = await newLiftPeer('Outi');
  const { shiftIds, name } = await publishedShifts([
    { day: helsinkiDay(5), start: '09:00', end: '12:00', needed: 2 },
    { day: helsinkiDay(6), start: '09:00', end: '12:00', peers: [peer] },
  ]);
  await signIn(page, peer.login.username, peer.login.password, '/open-shifts');
  await expect(page.getByRole('heading', { level: 1, name: 'Vapaat vuorot' })).toBeVisible();
  const item = page.locator('li', { hasText: name }).first();
  await expect(item).toContainText('2 vapaata paikkaa');
  await shot(page, 'peer-open-shifts-fi-phone');
  await item.getByRole('button', { name: 'Ota vuoro' }).click();
  await expect(page.getByRole('status')).toContainText('Vuoro on nyt sinun.');

  await page.goto(`/shifts/${shiftIds[1]}`);
  await page.getByRole('button', { name: 'Tarjoa vuoro muille' }).click();
  await expect(page.getByText('Olet tarjonnut vuoroa muille.')).toBeVisible();

  // Another peer takes the offered shift; the first one sees that it was taken.
  const other = await newLiftPeer('Kalle');
  const otherToken = await tokenOf(other.login.username, other.login.password);
  await api(otherToken, 'POST', `/api/scheduling/my/shifts/${shiftIds[1]}/sign-up`);
  await page.reload();
  await expect(page.getByText('Toinen vertainen otti tämän vuoron.')).toBeVisible();
  await shot(page, 'peer-shift-swapped-fi-phone');
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Joku otti vuorosi/ })).toBeVisible();

  const mine = await api<{ shiftId: string; state: string }[]>(await tokenOf(peer.login.username, peer.login.password),
    'GET', `/api/scheduling/my/shifts?from=${helsinkiDay(0)}&to=${helsinkiDay(10)}`);
  expect(mine.find((s) => s.shiftId === shiftIds[0])?.state).toBe('ASSIGNED');
});

test('a peer gives feedback after a shift, from Home', async ({ page }) => {
  const peer = await newLiftPeer('Pia');
  await publishedShifts([{ day: helsinkiDay(-1), start: '08:30', end: '12:00', peers: [peer] }]);
  await signIn(page, peer.login.username, peer.login.password);
  await page.getByRole('link', { name: /Kerro, miten vuoro .* meni/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Palaute vuorosta' })).toBeVisible();
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(page.getByText('Valitse ainakin yksi.')).toBeVisible();
  await page.getByLabel('Kelan etuudet').check();
  await page.getByLabel('Verkkoasiointi').check();
  await page.getByLabel('Kuinka monta ihmistä autoit?').fill('4');
  await page.getByLabel('Hyvin', { exact: true }).check();
  await shot(page, 'peer-feedback-fi-phone');
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(page.getByRole('status')).toContainText('Kiitos palautteesta!');
  await page.goto('/');
  await expect(page.getByText('Ei mitään odottamassa.')).toBeVisible();
});
