import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { check, signIn, shot } from './helpers';
import { agreedPeer, api } from './platform';
import { newDesk, newOrganisation, publishedShifts } from './organisation';
import { today } from '../src/format/format';

test('partner staff see today\'s duty at their desk, the lobby screen follows a cancellation, and the desk calendar parses', async ({ page, request }) => {
  test.setTimeout(240_000);
  const o = await newOrganisation();
  const agency = `kela-${randomBytes(3).toString('hex')}`;
  const partner = await o.login('partner', 'Kela', { agency });
  const desk = await newDesk(o, agency, `Kela Testi ${agency.slice(5)}`);
  const guide = await agreedPeer(await o.coordinator(), o.programmeId, 'Tiina');
  const [shiftToday] = await publishedShifts(o, desk, [today()], '09:00', '12:00', [guide.participantId]);

  await signIn(page, partner.username, partner.password);
  await expect(page).toHaveURL(/\/desk$/);
  const card = page.locator('.card', { has: page.getByRole('heading', { name: desk.name }) });
  await expect(card).toContainText(guide.displayName);
  await expect(card).toContainText('9.00–12.00');
  await check(page, 'desk duty (phone)', 'partner-desk-fi-phone');

  await page.getByRole('link', { name: `Avaa aulanäyttö: ${desk.name}` }).click();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tänään palvelupisteessä');
  const listed = page.getByRole('listitem').filter({ hasText: guide.displayName });
  await expect(listed).toContainText('9.00–12.00');
  await expect(listed).not.toContainText('ei tänään');
  await check(page, 'lobby view', 'partner-lobby-fi-desktop');

  // The coordinator cancels the shift; the lobby screen shows it at its next refresh, untouched.
  await api(await o.coordinator(), 'POST', `/api/scheduling/shifts/${shiftToday}/cancel`, { reason: 'Testi' });
  await expect(listed).toContainText('ei tänään', { timeout: 45_000 });
  await shot(page, 'partner-lobby-cancelled-fi-desktop');

  await page.goto('/desk/calendar');
  await page.getByRole('region', { name: desk.name }).getByRole('button', { name: 'Luo uusi osoite' }).click();
  const url = (await page.getByTestId('feed-url').textContent())!.trim();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/api\/scheduling\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByRole('region', { name: desk.name })).toContainText('Ei vielä käytetty.');
  await check(page, 'desk calendar', 'partner-calendar-fi-desktop');
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual([expect.stringContaining(guide.displayName)]);
});
