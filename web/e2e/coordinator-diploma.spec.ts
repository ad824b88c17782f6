import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { check, shot, signIn } from './helpers';
import { agreementInForce, api, ApiFailure, eventually, tokenOf } from './platform';
import { newDesk, newOrganisation, publishedShifts } from './organisation';
import { addDays, today } from '../src/format/format';

const DIPLOMA = 'guide-diploma';
const COMPONENTS = ['ORAL', 'WRITTEN', 'FORMS', 'PRACTICAL'] as const;

test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

test('the coordinator sees eligibility, awards a diploma, revokes it after seeing the desk duty it affects, and the public page follows', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const o = await newOrganisation();
  const coordinator = await o.coordinator();
  const login = await o.login('coordinator', 'Kaisa');
  const name = `Riikka ${randomBytes(2).toString('hex')}`;
  const { id: guide } = await api<{ id: string }>(coordinator, 'POST', '/api/participants', { displayName: name, legalName: `${name} Testinen` });
  await api(coordinator, 'PUT', `/api/participants/${guide}/status`, { status: 'TRAINEE' });
  const programme = await api<{ id: string }>(coordinator, 'POST', '/api/training/programmes', {
    code: 'guide', name: 'Opastajakoulutus', qualificationCode: DIPLOMA, modules: [{ code: 'basics', title: 'Perusteet' }],
  });
  const trainer = await api<{ id: string }>(coordinator, 'POST', '/api/training/trainers', { name: 'Tuomas Testi', topics: ['Perusteet'] });
  const term = await api<{ id: string }>(coordinator, 'POST', '/api/training/terms', {
    programmeId: programme.id, name: `Kevät ${randomBytes(2).toString('hex')}`, startsOn: addDays(today(), -20), endsOn: addDays(today(), 20), capacity: 10,
  });
  await eventually(() => api(coordinator, 'POST', `/api/training/terms/${term.id}/enrolments`, { participantId: guide }));
  const at = (days: number, hour: number) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();
  const lesson = await api<{ id: string }>(coordinator, 'POST', `/api/training/terms/${term.id}/sessions`, {
    kind: 'TEACHING', moduleCode: 'basics', trainerId: trainer.id, startsAt: at(-10, 0), endsAt: at(-10, 3), place: 'Luokka',
  });
  const exam = await api<{ id: string }>(coordinator, 'POST', `/api/training/terms/${term.id}/sessions`, {
    kind: 'EXAM', trainerId: trainer.id, startsAt: at(-5, 0), endsAt: at(-5, 2), place: 'Luokka',
  });

  // Before the exam: not yet eligible, and the page says why.
  await signIn(page, login.username, login.password, '/courses');
  await page.getByRole('link', { name: /Kevät/ }).click();
  const item = page.getByRole('list').getByRole('listitem', { name: name, exact: true }).first();
  await expect(item).toContainText('Ei vielä');
  await expect(item).toContainText('Läsnä 0 / 1 kertaa.');
  await expect(item).toContainText('Suullinen: ei suoritettu');

  await api(coordinator, 'PUT', `/api/training/sessions/${lesson.id}/attendance`, { entries: [{ participantId: guide, status: 'PRESENT' }] });
  for (const component of COMPONENTS) {
    await api(coordinator, 'POST', `/api/training/sessions/${exam.id}/exam-results`, { participantId: guide, component, passed: true, score: 80 });
  }
  await page.reload();
  await expect(item).toContainText('Ehdot täyttyvät');
  await check(page, 'term (eligible)', 'coordinator-term-eligible-fi-desktop');
  await item.getByRole('button', { name: `Anna todistus: ${name}` }).click();
  const diploma = page.getByRole('region', { name: 'Todistukset' }).getByRole('listitem', { name });
  await expect(diploma).toContainText('Voimassa');
  const code = (await diploma.locator('.code').textContent())!.trim();

  // The guide goes to work: an agreement, a desk that needs the diploma, a duty the day after tomorrow.
  await agreementInForce(coordinator, o.programmeId, guide);
  const agency = `kela-${randomBytes(3).toString('hex')}`;
  const desk = await newDesk(o, agency, `Kela Opas ${randomBytes(2).toString('hex')}`, DIPLOMA);
  const partner = await o.login('partner', 'Kela', { agency });
  const day = addDays(today(), 2);
  const [shift] = await publishedShifts(o, desk, [day], '10:00', '13:00', [guide]);

  const stranger = await browser.newContext();
  const verify = await stranger.newPage();
  await verify.goto(`/verify/${code}`);
  await expect(verify.getByTestId('verification')).toContainText('Todistus on voimassa.');
  await shot(verify, 'public-verify-valid-fi');

  // Revoking shows first what it affects.
  await diploma.getByRole('button', { name: `Peru todistus: ${name}` }).click();
  await expect(diploma).toContainText('Peruminen vie tämän tulevan päivystysvuoron');
  await expect(diploma).toContainText(desk.name);
  await check(page, 'revoking (affected duties)', 'coordinator-revoke-preview-fi-desktop');
  await diploma.getByLabel('Syy (näkyy vain henkilökunnalle)').fill('Luottamuksellisuuden rikkominen');
  await diploma.getByRole('button', { name: 'Peru todistus', exact: true }).click();
  await expect(diploma).toContainText('Peruttu');
  await expect(diploma).toContainText('päivystysvuoroon tarvitaan uusi päivystäjä', { timeout: 30_000 });
  await expect(diploma.getByRole('link', { name: 'etsi uusi päivystäjä' })).toBeVisible();
  await shot(page, 'coordinator-revoked-fi-desktop');

  // Scheduling flags the duty in the plan; the public page answers not valid.
  await eventually(async () => {
    const [summary] = await api<{ id: string }[]>(coordinator, 'GET', `/api/scheduling/plans?locationId=${desk.locationId}&month=${day.slice(0, 7)}`);
    const plan = await api<{ shifts: { id: string; assignees: { problem: string | null }[] }[] }>(coordinator, 'GET', `/api/scheduling/plans/${summary!.id}`);
    const problem = plan.shifts.find((s) => s.id === shift)?.assignees[0]?.problem;
    if (problem !== 'QUALIFICATION_REQUIRED') throw new ApiFailure(409, `problem ${problem}`);
  });
  // The partner office is told honestly: the duty stands, a replacement is being found.
  const partnerToken = await tokenOf(partner.username, partner.password);
  const duties = await api<{ dutyId: string; status: string }[]>(partnerToken, 'GET', `/api/scheduling/partner/desk-duty?from=${day}&to=${day}`);
  expect(duties.map((d) => d.status)).toEqual(['REPLACEMENT_PENDING']);
  const office = await browser.newContext();
  const officePage = await office.newPage();
  await signIn(officePage, partner.username, partner.password, '/desk');
  await expect(officePage.locator('main')).toContainText('Korvaajaa etsitään');
  await check(officePage, 'the partner sees a replacement being found', 'partner-replacement-pending-fi-desktop');
  await office.close();

  await verify.reload();
  await expect(verify.getByTestId('verification')).toContainText('Todistus ei ole voimassa');
  await shot(verify, 'public-verify-revoked-fi');
  await stranger.close();
});
