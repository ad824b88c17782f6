import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { check, signIn } from './helpers';
import { api, eventually, ApiFailure } from './platform';
import { newOrganisation } from './organisation';
import { addDays, today } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

test('the coordinator makes a term, fills it with a waiting list, puts a session on its calendar and marks a follow-up held', async ({ page }) => {
  test.setTimeout(180_000);
  const o = await newOrganisation();
  const coordinator = await o.coordinator();
  const login = await o.login('coordinator', 'Kaisa');
  await api(coordinator, 'POST', '/api/training/programmes', {
    code: 'start', name: 'Aloituskoulutus', qualificationCode: 'start-diploma', modules: [{ code: 'basics', title: 'Palvelujen perusteet' }],
  });
  await api(coordinator, 'POST', '/api/training/trainers', { name: 'Tuomas Testi', topics: ['Perusteet'] });
  const people: string[] = [];
  for (const first of ['Aada', 'Bea', 'Cecilia']) {
    const name = `${first} ${randomBytes(2).toString('hex')}`;
    const { id } = await api<{ id: string }>(coordinator, 'POST', '/api/participants', { displayName: name, legalName: `${name} Testinen` });
    await api(coordinator, 'PUT', `/api/participants/${id}/status`, { status: 'TRAINEE' });
    people.push(name);
  }
  await eventually(async () => {  // training-service hears of them over participants.v2 and participant-identities.v1
    const known = await api<{ displayName: string }[]>(coordinator, 'GET', '/api/training/peers');
    if (people.some((p) => !known.some((k) => k.displayName === p))) throw new ApiFailure(404, 'not yet');
  });

  await signIn(page, login.username, login.password, '/courses');
  await page.getByText('Uusi kurssi').click();
  const termName = `Syksy ${randomBytes(2).toString('hex')}`;
  await page.getByLabel('Kurssin nimi').fill(termName);
  await page.getByLabel('Alkaa', { exact: true }).fill(addDays(today(), -150));
  await page.getByLabel('Päättyy', { exact: true }).fill(addDays(today(), 10));
  await page.getByLabel('Paikkoja', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Luo kurssi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(termName);

  for (const person of people) {
    await page.getByLabel('Ilmoita kurssille').selectOption({ label: person });
    await page.getByRole('button', { name: 'Ilmoita', exact: true }).click();
    await expect(page.getByLabel('Ilmoita kurssille').locator('option', { hasText: person })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Ilmoittautuneet 2 / 2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jonossa 1' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ilmoittautuneet 2 / 2' }).getByRole('listitem')).toHaveText([people[2]!]);

  await page.getByText('Uusi opetuskerta tai tentti').click();
  await page.getByLabel('Päivä', { exact: true }).fill(addDays(today(), -1));
  await page.getByLabel('Alkaa klo').fill('09:30');
  await page.getByLabel('Päättyy klo').fill('12:00');
  await page.getByLabel('Paikka').fill('Luokka 2');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Opetuskerrat ja tentit' }).getByRole('row', { name: /Palvelujen perusteet/ })).toContainText('klo 9.30');
  await check(page, 'term with a waiting list', 'coordinator-term-new-fi-desktop');

  await page.getByRole('link', { name: 'Koulutus', exact: true }).first().click();
  const followUps = page.getByRole('region', { name: 'Seurantatapaamiset' });
  await expect(followUps.getByRole('row', { name: new RegExp(people[0]!) })).toBeVisible();
  await followUps.getByRole('button', { name: `Merkitse pidetyksi: ${people[0]}` }).click();
  await expect(followUps.getByRole('row', { name: new RegExp(people[0]!) })).toHaveCount(0);
  await expect(followUps.getByRole('row', { name: new RegExp(people[1]!) })).toBeVisible();
  await check(page, 'courses', 'coordinator-courses-fi-desktop');
});
