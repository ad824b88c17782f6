import { expect, test } from '@playwright/test';
import { check, shot, signIn } from './helpers';
import { api, eventually, tokenOf } from './platform';
import { newOrganisation } from './organisation';
import { addDays, today } from '../src/format/format';

type Status = 'PRESENT' | 'LATE' | 'EXCUSED' | 'ABSENT';
const LABEL: Record<Status, string> = { PRESENT: 'Paikalla', LATE: 'Myöhässä', EXCUSED: 'Poissa (ilmoitettu)', ABSENT: 'Poissa' };
const statusOf = (i: number): Status => (i === 29 ? 'ABSENT' : i % 10 === 3 ? 'LATE' : i % 10 === 7 ? 'EXCUSED' : 'PRESENT');

test('a trainer takes the roll call of 30 trainees on a phone and records an exam result', async ({ page }) => {
  test.setTimeout(300_000);
  const o = await newOrganisation();
  const coordinator = await o.coordinator();
  const trainerLogin = await o.login('trainer', 'Tuula');
  const trainees: { id: string; name: string }[] = [];
  for (let i = 0; i < 30; i++) {
    const name = `Opiskelija ${String(i + 1).padStart(2, '0')}`;
    const { id } = await api<{ id: string }>(coordinator, 'POST', '/api/participants', { displayName: name, legalName: `${name} Testinen` });
    await api(coordinator, 'PUT', `/api/participants/${id}/status`, { status: 'TRAINEE' });
    trainees.push({ id, name });
  }
  const programme = await api<{ id: string }>(coordinator, 'POST', '/api/training/programmes', {
    code: 'start', name: 'Start training', qualificationCode: 'start-diploma',
    modules: [{ code: 'service-system', title: 'Palvelujärjestelmä' }],
  });
  const trainer = await api<{ id: string }>(coordinator, 'POST', '/api/training/trainers', { name: 'Tuula Testi', topics: ['Palvelut'] });
  await api(coordinator, 'PUT', `/api/training/trainers/${trainer.id}/account`, { subject: trainerLogin.subject });
  const term = await api<{ id: string }>(coordinator, 'POST', '/api/training/terms', {
    programmeId: programme.id, name: 'Syksy', startsOn: addDays(today(), -7), endsOn: addDays(today(), 30), capacity: 30,
  });
  for (const t of trainees) {
    // training-service hears of each trainee over participants.v2 and participant-identities.v1
    await eventually(() => api(coordinator, 'POST', `/api/training/terms/${term.id}/enrolments`, { participantId: t.id }));
  }
  const startedAt = new Date(Date.now() - 30 * 60_000);
  const ends = new Date(Date.now() + 120 * 60_000);
  const session = await api<{ id: string }>(coordinator, 'POST', `/api/training/terms/${term.id}/sessions`, {
    kind: 'TEACHING', moduleCode: 'service-system', trainerId: trainer.id, startsAt: startedAt.toISOString(), endsAt: ends.toISOString(),
    place: 'Luokka 1', capacity: 30,
  });
  const exam = await api<{ id: string }>(coordinator, 'POST', `/api/training/terms/${term.id}/sessions`, {
    kind: 'EXAM', trainerId: trainer.id, startsAt: startedAt.toISOString(), endsAt: ends.toISOString(), place: 'Luokka 2',
  });

  await signIn(page, trainerLogin.username, trainerLogin.password);
  await expect(page).toHaveURL(/\/teaching$/);
  await check(page, 'teaching', 'trainer-teaching-fi-phone');
  await page.locator(`a[href="/teaching/${session.id}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palvelujärjestelmä');
  for (const [i, t] of trainees.entries()) {
    await page.getByRole('group', { name: t.name }).getByRole('radio', { name: LABEL[statusOf(i)], exact: true }).check();
  }
  await expect(page.getByText('Merkitty 30 / 30')).toBeVisible();
  await page.getByRole('group', { name: trainees[29]!.name }).getByText('Lisää huomio').click();
  await page.getByLabel(`Huomio: ${trainees[29]!.name}`).fill('Ilmoitti sairastuneensa');
  await check(page, 'roll call', 'trainer-roll-call-fi-phone');
  await page.getByRole('button', { name: 'Tallenna läsnäolot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Läsnäolot tallennettu.' })).toBeVisible();

  const token = await tokenOf(trainerLogin.username, trainerLogin.password);
  const roll = await api<{ participantId: string; status: Status; remark: string | null }[]>(token, 'GET', `/api/training/sessions/${session.id}/attendance`);
  expect(roll).toHaveLength(30);
  for (const [i, t] of trainees.entries()) {
    expect(roll.find((r) => r.participantId === t.id)?.status, t.name).toBe(statusOf(i));
  }
  expect(roll.find((r) => r.participantId === trainees[29]!.id)?.remark).toBe('Ilmoitti sairastuneensa');

  await page.goto(`/teaching/${exam.id}`);
  await expect(page.getByRole('heading', { name: 'Tenttitulokset' })).toBeVisible();
  await page.getByLabel('Opiskelija', { exact: true }).selectOption({ label: trainees[0]!.name });
  await page.getByLabel('Osa').selectOption({ label: 'Suullinen' });
  await page.getByText('Hyväksytty', { exact: true }).click();
  await page.getByLabel('Pisteet (0–100, ei pakollinen)').fill('82');
  await page.getByRole('button', { name: 'Tallenna tulos' }).click();
  await expect(page.getByRole('row', { name: new RegExp(trainees[0]!.name) })).toContainText('Hyväksytty');
  await shot(page, 'trainer-exam-results-fi-phone');
  const results = await api<{ participantId: string; component: string; passed: boolean; score: number }[]>(token, 'GET', `/api/training/sessions/${exam.id}/exam-results`);
  expect(results).toEqual([expect.objectContaining({ participantId: trainees[0]!.id, component: 'ORAL', passed: true, score: 82 })]);
});
