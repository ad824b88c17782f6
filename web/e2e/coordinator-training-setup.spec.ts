import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { check, signIn } from './helpers';
import { api, ApiFailure, eventually } from './platform';
import { newOrganisation, type Organisation } from './organisation';
import { addDays, addMonths, lastDayOf, monthOf, today } from '../src/format/format';

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

/** Trainees the training service has heard of (participants.v2). */
async function trainees(o: Organisation, count: number): Promise<string[]> {
  const coordinator = await o.coordinator();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${['Aino', 'Eero', 'Helmi'][i % 3]} ${randomBytes(2).toString('hex')}`;
    const { id } = await api<{ id: string }>(coordinator, 'POST', '/api/participants', { displayName: name, legalName: `${name} Testinen` });
    await api(coordinator, 'PUT', `/api/participants/${id}/status`, { status: 'TRAINEE' });
    names.push(name);
  }
  await eventually(async () => {
    const known = await api<{ displayName: string }[]>(coordinator, 'GET', '/api/training/peers');
    if (names.some((n) => !known.some((k) => k.displayName === n))) throw new ApiFailure(404, 'not yet');
  });
  return names;
}

test('the coordinator makes a programme and a trainer, the trainer links their login with the code, the calendar shows every term', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const o = await newOrganisation();
  const coordinatorLogin = await o.login('coordinator', 'Kaisa');
  const trainerLogin = await o.login('trainer', 'Onni');
  const suffix = randomBytes(2).toString('hex');
  const programme = `Vertaisohjaajan peruskoulutus ${suffix}`;
  const trainer = `Onni Opettaja ${suffix}`;

  await signIn(page, coordinatorLogin.username, coordinatorLogin.password, '/courses');
  await page.getByText('Uusi koulutusohjelma').click();
  await page.getByLabel('Ohjelman nimi').fill(programme);
  await expect(page.getByLabel('Pätevyyden tunnus')).toHaveValue('vertaisohjaajan-peruskoulutus-diploma');
  await page.getByLabel('Pätevyyden tunnus').fill(`ohjaaja-${suffix}`);
  await page.getByLabel('Osio 1', { exact: true }).fill('Palvelujärjestelmä');
  await page.getByRole('button', { name: 'Lisää osio' }).click();
  await page.getByLabel('Osio 2', { exact: true }).fill('Asiakkaan kohtaaminen');
  await page.getByRole('button', { name: 'Luo koulutusohjelma' }).click();
  await expect(page.getByText('Koulutusohjelma on luotu.')).toBeVisible();
  await expect(page.getByText(`${programme} (2 osiota)`)).toBeVisible();

  await page.getByText('Uusi kouluttaja').click();
  await page.getByLabel('Nimi', { exact: true }).fill(trainer);
  await page.getByLabel('Aiheet').fill('Kelan etuudet, verkkoasiointi');
  await page.getByRole('button', { name: 'Lisää kouluttaja' }).click();
  const trainers = page.getByRole('region', { name: 'Kouluttajat' });
  await expect(trainers.getByRole('listitem').filter({ hasText: trainer })).toContainText('Ei kirjautumista');
  await trainers.getByRole('button', { name: `Anna kirjautumiskoodi: ${trainer}` }).click();
  const code = (await trainers.locator('.code').textContent())!;
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await check(page, 'a trainer with a sign-in code', 'coordinator-trainer-code-fi-desktop');

  const coordinator = await o.coordinator();
  const programmes = await api<{ id: string; name: string; qualificationCode: string; modules: { code: string }[] }[]>(coordinator, 'GET', '/api/training/programmes');
  const made = programmes.find((p) => p.name === programme)!;
  expect(made.qualificationCode).toBe(`ohjaaja-${suffix}`);
  expect(made.modules.map((m) => m.code)).toEqual(['palvelujarjestelma', 'asiakkaan-kohtaaminen']);
  const trainerId = (await api<{ id: string; name: string }[]>(coordinator, 'GET', '/api/training/trainers')).find((t) => t.name === trainer)!.id;
  const month = monthOf(today());
  const terms: string[] = [];
  for (const name of [`Kevät ${suffix}`, `Syksy ${suffix}`]) {
    const { id } = await api<{ id: string }>(coordinator, 'POST', '/api/training/terms', {
      programmeId: made.id, name, startsOn: `${addMonths(month, -1)}-01`, endsOn: lastDayOf(addMonths(month, 1)), capacity: 12 });
    terms.push(id);
  }
  await api(coordinator, 'POST', `/api/training/terms/${terms[0]}/sessions`, { kind: 'TEACHING', moduleCode: 'palvelujarjestelma', trainerId,
    startsAt: `${month}-10T09:30:00+02:00`, endsAt: `${month}-10T12:00:00+02:00`, place: 'Luokka 1' });
  await api(coordinator, 'POST', `/api/training/terms/${terms[1]}/sessions`, { kind: 'EXAM', trainerId,
    startsAt: `${month}-20T13:00:00+02:00`, endsAt: `${month}-20T15:00:00+02:00`, place: 'Luokka 2' });

  await page.getByRole('link', { name: /Koulutuskalenteri/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulutuskalenteri');
  const entries = page.locator('.calendar-day .link-item');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('9.30–12.00');
  await expect(entries.nth(0)).toContainText('Palvelujärjestelmä');
  await expect(entries.nth(0)).toContainText(`Kevät ${suffix}`);
  await expect(entries.nth(1)).toContainText(`Tentti: Syksy ${suffix}`);
  await check(page, 'the training calendar', 'coordinator-calendar-fi-desktop');
  await page.getByRole('button', { name: /›$/ }).click();
  await expect(page.getByText('Ei opetusta eikä päiviä tässä kuussa.')).toBeVisible();

  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const trainerPage = await phone.newPage();
  await signIn(trainerPage, trainerLogin.username, trainerLogin.password, '/teaching');
  await expect(trainerPage.getByRole('heading', { name: 'Yhdistä tunnuksesi' })).toBeVisible();
  await check(trainerPage, 'the trainer links their login', 'trainer-link-login-fi-phone');
  await trainerPage.getByLabel('Koodi').fill('ABCD-EFGH-JKMN');
  await trainerPage.getByRole('button', { name: 'Yhdistä' }).click();
  await expect(trainerPage.getByText(/Koodi ei kelpaa/)).toBeVisible();
  await trainerPage.getByLabel('Koodi').fill(code.toLowerCase().replaceAll('-', ' '));
  await trainerPage.getByRole('button', { name: 'Yhdistä' }).click();
  await expect(trainerPage.getByRole('heading', { name: 'Yhdistä tunnuksesi' })).toHaveCount(0);
  await expect(trainerPage.locator('.list .link-item')).toHaveCount(2);
  await check(trainerPage, "the linked trainer's teaching", 'trainer-linked-fi-phone');
  await phone.close();

  await page.goto('/courses');
  await expect(page.getByRole('region', { name: 'Kouluttajat' }).getByRole('listitem').filter({ hasText: trainer })).toContainText('Kirjautuminen käytössä.');
});

test('the coordinator makes a recreation day and signs a person up, then records who came to yesterday\'s development day', async ({ page }) => {
  test.setTimeout(180_000);
  const o = await newOrganisation();
  const login = await o.login('coordinator', 'Kaisa');
  const [aino, eero] = await trainees(o, 2);
  const suffix = randomBytes(2).toString('hex');

  await signIn(page, login.username, login.password, '/courses');
  await page.getByText('Uusi kehittämis-, virkistys- tai työnohjauspäivä').click();
  await page.getByLabel('Virkistyspäivä').check();
  await page.getByLabel('Otsikko').fill(`Keilailu ${suffix}`);
  await page.getByLabel('Päivä', { exact: true }).fill(addDays(today(), 7));
  await page.getByLabel('Alkaa klo').fill('13:00');
  await page.getByLabel('Päättyy klo').fill('16:00');
  await page.getByLabel('Paikka').fill('Keilahalli');
  await page.getByLabel('Paikkoja (tyhjä = ei rajaa)').fill('10');
  await page.getByRole('button', { name: 'Luo päivä' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Keilailu ${suffix}`);
  await expect(page.getByText('Ilmoittautuneita 0 / 10')).toBeVisible();
  await page.getByLabel('Ilmoita henkilö').selectOption({ label: aino! });
  await page.getByRole('button', { name: 'Ilmoita', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Ilmoittautuneet' }).getByRole('listitem')).toHaveText([aino!]);
  await expect(page.getByText('Ilmoittautuneita 1 / 10')).toBeVisible();
  await check(page, 'a coming recreation day', 'coordinator-gathering-coming-fi-desktop');

  await page.getByRole('link', { name: 'Koulutus', exact: true }).first().click();
  await page.getByText('Uusi kehittämis-, virkistys- tai työnohjauspäivä').click();
  await page.getByLabel('Otsikko').fill(`Kehittämispäivä ${suffix}`);
  await page.getByLabel('Päivä', { exact: true }).fill(addDays(today(), -1));
  await page.getByLabel('Paikka').fill('Sali');
  await page.getByRole('button', { name: 'Luo päivä' }).click();
  await expect(page.getByRole('heading', { name: 'Ketkä tulivat' })).toBeVisible();
  for (const person of [aino!, eero!]) {
    await page.getByLabel('Tuli ilmoittautumatta').selectOption({ label: person });
    await page.getByRole('button', { name: 'Lisää listaan' }).click();
  }
  await page.getByLabel(eero!).uncheck();
  await expect(page.getByText('Paikalla 1 / 2')).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna osallistujat' }).click();
  await expect(page.getByText('Tallennettu.')).toBeVisible();
  await check(page, "who came to yesterday's development day", 'coordinator-gathering-attendance-fi-desktop');

  const coordinator = await o.coordinator();
  const gatheringId = page.url().split('/').pop()!;
  const signups = await api<{ displayName: string; attended: boolean | null }[]>(coordinator, 'GET', `/api/training/gatherings/${gatheringId}/signups`);
  expect(signups.map((s) => [s.displayName, s.attended]).sort()).toEqual([[aino, true], [eero, false]].sort());

  await page.getByRole('link', { name: 'Koulutus', exact: true }).first().click();
  const gatherings = page.getByRole('region', { name: /Kehittämis/ });
  await expect(gatherings.getByRole('link', { name: new RegExp(`Keilailu ${suffix}`) })).toContainText('Ilmoittautuneita 1 / 10');
  await expect(gatherings.getByRole('link', { name: new RegExp(`Kehittämispäivä ${suffix}`) })).toContainText('merkitse ketkä tulivat');
});
