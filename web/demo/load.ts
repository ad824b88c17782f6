// Loads fictional demo data through the gateway with the demo users' tokens (run by dev/demo/load):
// - both programmes with their rules, their peers, Lift agreements in force, and the peers' logins linked;
// - Sovatek: the Lift lobby planned and published for last month and this month, last month's
//   attendance confirmed, the month closed for activity money and a cash payout day held;
// - Stop Huumeille: a finished Fattaluuta term (12 trainees, sessions, exams, 10 diplomas, sh-trainer's
//   sessions), gatherings, and two Kela desks with diploma-holding guides on desk duty.
// Idempotent: what already exists is left as it is, so dev/up can run it every time.
import { readFileSync } from 'node:fs';
import type { components as P } from '../src/api/generated/participant.ts';
import type { components as S } from '../src/api/generated/scheduling.ts';
import type { components as T } from '../src/api/generated/training.ts';
import { as, eventually, idOf, log, ok, subjectOf, token, untilReady, type Api } from './platform.ts';
import { at, daysOf, firstOfMonth, monthOf, plusDays, today, weekday } from './dates.ts';

type Weekday = S['schemas']['DayOfWeek'];

const DATA = new URL('../../dev/demo/', import.meta.url);
const data = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;

const TODAY = today();
/** Agreements run from the 1st of last month for six months, so last month's shifts can be worked. */
const AGREEMENT_STARTS = firstOfMonth(TODAY, -1);
const AGREEMENT_ENDS = plusDays(firstOfMonth(TODAY, 5), -1);

// ---- participants: programmes, peers, agreements ----------------------------------------------

async function programme(api: Api, programme: P['schemas']['CreateProgramme']): Promise<string> {
  const existing = (await ok(api.participants.GET('/api/participants/programmes'))).find((p) => p.code === programme.code);
  if (existing) return idOf(existing);
  log(`programme ${programme.code} created`);
  return idOf(await ok(api.participants.POST('/api/participants/programmes', { body: programme })));
}

/** The participant with exactly this display name, if registered. */
async function participantNamed(api: Api, displayName: string): Promise<string | undefined> {
  const page = await ok(api.participants.GET('/api/participants', { params: { query: { q: displayName } } }));
  const found = page.items?.find((p) => p.displayName === displayName);
  return found ? idOf(found) : undefined;
}

async function participant(api: Api, displayName: string): Promise<string> {
  const id = await participantNamed(api, displayName);
  if (!id) throw new Error(`demo peer ${displayName} not found`);
  return id;
}

async function register(api: Api, person: P['schemas']['RegisterParticipant'], status: P['schemas']['ParticipantStatus']) {
  const id = idOf(await ok(api.participants.POST('/api/participants', { body: person })));
  if (status !== 'APPLICANT') await setStatus(api, id, status);
  return id;
}

async function setStatus(api: Api, id: string, status: P['schemas']['ParticipantStatus']) {
  await ok(api.participants.PUT('/api/participants/{id}/status', { params: { path: { id } }, body: { status } }));
}

/** An agreement signed, its rules accepted and the peer ACTIVE: what scheduling needs before offering shifts. */
async function agreementInForce(api: Api, id: string, terms: Omit<P['schemas']['CreateAgreement'], 'startsOn' | 'endsOn'>) {
  const path = { id };
  const agreement = idOf(await ok(api.participants.POST('/api/participants/{id}/agreements', {
    params: { path }, body: { ...terms, startsOn: AGREEMENT_STARTS, endsOn: AGREEMENT_ENDS },
  })));
  const signed = { path: { id, agreementId: agreement } };
  await ok(api.participants.POST('/api/participants/{id}/agreements/{agreementId}/confidentiality', {
    params: signed, body: { signedOn: AGREEMENT_STARTS },
  }));
  await ok(api.participants.POST('/api/participants/{id}/agreements/{agreementId}/rules-acceptance', {
    params: signed, body: { rulesVersion: 1, acceptedOn: AGREEMENT_STARTS },
  }));
  await setStatus(api, id, 'ACTIVE');
}

/** (Re)links a demo login to its peer on every run: the database may outlive the Keycloak that issued the subject. */
async function linkLogin(api: Api, user: string, displayName: string) {
  const id = await participant(api, displayName);
  await ok(api.participants.PUT('/api/participants/{id}/account', {
    params: { path: { id } }, body: { subject: subjectOf(await token(user)) },
  }));
  log(`${user} is linked to the peer ${displayName}`);
}

interface Organisation {
  coordinator: string;
  participants: string;
  programme: string;
  /** The tasks of the agreement every peer gets; none: they are trainees, agreements come after the diploma. */
  agreement?: string;
  peer: { user: string; displayName: string };
}

async function loadOrganisation(org: Organisation) {
  const api = await as(org.coordinator);
  const programmeId = await programme(api, data(org.programme));
  const total = (await ok(api.participants.GET('/api/participants', { params: { query: { size: 1 } } }))).total;
  if (total !== 0) {
    log(`${org.coordinator}'s organisation already has ${total} participants`);
  } else {
    const people = data<P['schemas']['RegisterParticipant'][]>(org.participants);
    for (const person of people) {
      if (org.agreement) {
        const id = await register(api, person, 'APPLICANT');
        await agreementInForce(api, id, { programmeId, daysPerWeek: 3, minutesPerDay: 210, tasks: org.agreement });
      } else {
        await register(api, person, 'TRAINEE');
      }
    }
    log(`${people.length} participants registered for ${org.coordinator}'s organisation`);
  }
  await linkLogin(api, org.peer.user, org.peer.displayName);
}

// ---- scheduling: locations, month plans, assignments, attendance ----------------------------

async function locationNamed(api: Api, name: string): Promise<string | undefined> {
  const found = (await ok(api.scheduling.GET('/api/scheduling/locations'))).find((l) => l.name === name);
  return found ? idOf(found) : undefined;
}

async function newLocation(api: Api, location: S['schemas']['SaveLocation']): Promise<string> {
  // Scheduling must first hear of the programme over Kafka.
  return idOf(await untilReady(location.name, () => api.scheduling.POST('/api/scheduling/locations', { body: location })));
}

/** A month's plan (YYYY-MM) with recurring shifts from a weekday template. */
async function monthPlan(api: Api, locationId: string, month: string, template: S['schemas']['RecurringShifts']) {
  const plan = idOf(await ok(api.scheduling.POST('/api/scheduling/plans', { body: { locationId, month } })));
  return ok(api.scheduling.POST('/api/scheduling/plans/{id}/recurring-shifts', { params: { path: { id: plan } }, body: template }));
}

type Plan = S['schemas']['PlanView'];

/** The peer on every shift of the plan on that weekday (1 = Monday). */
async function assignOn(api: Api, plan: Plan, day: number, participantId: string) {
  for (const shift of plan.shifts ?? []) {
    if (weekday(shift.date ?? '') !== day) continue;
    // Scheduling must first hear of the agreement (and for desks, the diploma) over Kafka.
    await untilReady('assigning a shift', () => api.scheduling.POST('/api/scheduling/shifts/{shiftId}/assignments', {
      params: { path: { shiftId: idOf(shift) } }, body: { participantId },
    }));
  }
}

async function publish(api: Api, plan: Plan) {
  await ok(api.scheduling.POST('/api/scheduling/plans/{id}/publish', { params: { path: { id: idOf(plan) } } }));
}

/** Attendance as planned for the shifts already worked. */
async function confirmWorked(api: Api, plan: Plan) {
  for (const shift of plan.shifts ?? []) {
    if ((shift.date ?? '') >= TODAY) continue;
    await ok(api.scheduling.POST('/api/scheduling/shifts/{shiftId}/attendance', { params: { path: { shiftId: idOf(shift) } }, body: {} }));
  }
}

async function programmeId(api: Api, code: string): Promise<string> {
  const found = (await ok(api.participants.GET('/api/participants/programmes'))).find((p) => p.code === code);
  if (!found) throw new Error(`programme ${code} not found`);
  return idOf(found);
}

const LIFT_LOBBY = 'Lift lobby';
const LIFT_PEERS = ['Pete', 'Sanna K.', 'Jussi'];

/** Sovatek: the Lift lobby, last month and this month, Mon/Wed/Fri 8.30–12, three peers on every shift. */
async function liftLobbyMonths() {
  const api = await as('sovatek-coordinator');
  if (await locationNamed(api, LIFT_LOBBY)) return log("Sovatek's Lift lobby is already planned");
  const lobby = await newLocation(api, {
    kind: 'PROGRAMME_SITE', programmeId: await programmeId(api, 'lift'), name: LIFT_LOBBY,
    address: 'Demokatu 1, Jyväskylä', openingHours: 'Mon-Fri 8-12',
  });
  for (const month of [monthOf(firstOfMonth(TODAY, -1)), monthOf(TODAY)]) {
    const plan = await monthPlan(api, lobby, month, { weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], start: '08:30', end: '12:00', needed: 3 });
    for (const name of LIFT_PEERS) {
      const id = await participant(api, name);
      for (const day of [1, 3, 5]) await assignOn(api, plan, day, id);
    }
    await publish(api, plan);
    await confirmWorked(api, plan);
  }
  log('Lift lobby planned and published for last month and this month (3 peers, Mon/Wed/Fri, 3.5 h)');
}

const FATTALUUTA_GUIDES: [name: string, desk: 'itakeskus' | 'kallio', day: number][] = [
  ['Tiina', 'itakeskus', 1], ['Mika V.', 'itakeskus', 3], ['Aleksi', 'kallio', 2], ['Riikka', 'kallio', 4],
];

/** A Kela service point's desk and the desk-duty agreement with it: one guide on the template's days and hours. */
function kelaDesk(programme: string, code: string, name: string, address: string, duty: S['schemas']['RecurringShifts'])
  : S['schemas']['SaveLocation'] {
  return {
    kind: 'PARTNER_DESK', programmeId: programme, name, address, openingHours: 'Mon-Fri 9-16',
    agency: { code, name, kind: 'KELA' },
    deskAgreement: { weekdays: duty.weekdays, starts: duty.start, ends: duty.end, guides: 1, requiredQualification: 'fattaluuta-diploma' },
  };
}

/** Stop Huumeille: four diploma-holding guides (from the Fattaluuta term) with agreements, on two Kela desks. */
async function fattaluutaDesks() {
  const api = await as('sh-coordinator');
  if (await locationNamed(api, 'Kela Itäkeskus')) return log("Stop Huumeille's Kela desks are already planned");
  const programme = await programmeId(api, 'fattaluuta');
  for (const [name] of FATTALUUTA_GUIDES) {
    const id = await participant(api, name);
    const agreements = await ok(api.participants.GET('/api/participants/{id}/agreements', { params: { path: { id } } }));
    if (agreements.length === 0) {
      await agreementInForce(api, id, { programmeId: programme, daysPerWeek: 2, minutesPerDay: 240,
        tasks: 'Desk duty at Kela: help with benefit forms and online services' });
    }
  }
  const itakeskus = { weekdays: ['MONDAY', 'WEDNESDAY'] as Weekday[], start: '09:00', end: '12:00' };
  const kallio = { weekdays: ['TUESDAY', 'THURSDAY'] as Weekday[], start: '12:00', end: '15:00' };
  const desks = {
    itakeskus: await newLocation(api, kelaDesk(programme, 'kela-itakeskus', 'Kela Itäkeskus',
      'Kelan palvelupiste, Demokuja 2, Helsinki', itakeskus)),
    kallio: await newLocation(api, kelaDesk(programme, 'kela-kallio', 'Kela Kallio', 'Kelan palvelupiste, Demotie 3, Helsinki', kallio)),
  };
  const plans = {
    itakeskus: await monthPlan(api, desks.itakeskus, monthOf(TODAY), itakeskus),
    kallio: await monthPlan(api, desks.kallio, monthOf(TODAY), kallio),
  };
  for (const [name, desk, day] of FATTALUUTA_GUIDES) await assignOn(api, plans[desk], day, await participant(api, name));
  for (const plan of Object.values(plans)) {
    await publish(api, plan);
    await confirmWorked(api, plan);
  }
  log('Kela Itäkeskus and Kela Kallio desk duty planned and published (4 diploma-holding guides)');
}

// ---- training: the Fattaluuta term ----------------------------------------------------------

const FATTALUUTA_TERM = 'Fattaluuta start training, summer term';
const TRAINEES = ['Tiina', 'Mika V.', 'Aleksi', 'Riikka', 'Olli', 'Sara', 'Jari', 'Hanna', 'Kimmo', 'Laura', 'Tero', 'Noora'];
const MODULES = ['service-system', 'kela-benefits', 'online-services', 'encounters', 'own-wellbeing',
  'service-system', 'kela-benefits', 'online-services'];
const PLACE = 'Stop Huumeille, Helsinki';

/** Who missed what: Olli three sessions (5/8 is not enough), Hanna one, Sara late once and excused once. */
function rollCall(name: string, session: number): 'PRESENT' | 'ABSENT' | 'LATE' | 'EXCUSED' {
  const absent: Record<string, number[]> = { Olli: [2, 4, 6], Hanna: [5] };
  if (absent[name]?.includes(session)) return 'ABSENT';
  if (name === 'Sara' && session === 1) return 'LATE';
  if (name === 'Sara' && session === 3) return 'EXCUSED';
  return 'PRESENT';
}

/** Kimmo fails the written part (and passes the retake); Noora fails the forms (retake to come). */
const failed = (name: string, component: string) =>
  (name === 'Kimmo' && component === 'WRITTEN') || (name === 'Noora' && component === 'FORMS');

/** Stop Huumeille: a finished Fattaluuta term, 12 trainees, sessions, attendance, exams, 10 diplomas. */
const TRAINER_NAME = 'Tuula Demo';

async function fattaluutaTerm() {
  const api = await as('sh-coordinator');
  const trainer = await as('sh-trainer');
  if ((await ok(api.training.GET('/api/training/terms'))).some((t) => t.name === FATTALUUTA_TERM)) {
    // A new Keycloak (a fresh clone on an older database) gives sh-trainer a new subject: link it again.
    const tuula = (await ok(api.training.GET('/api/training/trainers'))).find((t) => t.name === TRAINER_NAME);
    if (tuula) {
      await ok(api.training.PUT('/api/training/trainers/{id}/account', {
        params: { path: { id: idOf(tuula) } }, body: { subject: subjectOf(trainer.token) } }));
    }
    return log("Stop Huumeille's Fattaluuta term is already there (sh-trainer linked to Tuula)");
  }
  for (const person of data<P['schemas']['RegisterParticipant'][]>('trainees-stop-huumeille.json')) {
    if (!(await participantNamed(api, person.displayName))) await register(api, person, 'TRAINEE');  // older databases lack them
  }
  const ids = new Map<string, string>();
  for (const name of TRAINEES) ids.set(name, await participant(api, name));
  const trainee = (name: string) => ids.get(name) as string;
  const heard = await eventually(async () => {  // training-service hears of them over participants.v2 and participant-identities.v1
    const known = new Set((await ok(api.training.GET('/api/training/peers'))).map((p) => p.participantId));
    return [...ids.values()].every((id) => known.has(id));
  }, 60);
  if (!heard) throw new Error('training-service has not heard of the trainees within 60 s');

  const programme = (await ok(api.training.GET('/api/training/programmes'))).find((p) => p.code === 'fattaluuta-start')
    ?? await ok(api.training.POST('/api/training/programmes', { body: {
      code: 'fattaluuta-start', name: 'Fattaluuta start training', qualificationCode: 'fattaluuta-diploma',
      modules: [
        { code: 'service-system', title: 'The service system and where to turn' },
        { code: 'kela-benefits', title: 'Kela benefits and forms' },
        { code: 'online-services', title: 'Online services and strong identification' },
        { code: 'encounters', title: 'Meeting clients; confidentiality' },
        { code: 'own-wellbeing', title: 'Own limits and wellbeing' },
      ] } }));
  const tuula = idOf(await ok(api.training.POST('/api/training/trainers', { body: {
    name: TRAINER_NAME, email: 'sh-trainer@demo.invalid', topics: ['Service system', 'Encounters'] } })));
  await ok(api.training.PUT('/api/training/trainers/{id}/account', {
    params: { path: { id: tuula } }, body: { subject: subjectOf(trainer.token) } }));
  const kelaExpert = idOf(await ok(api.training.POST('/api/training/trainers', { body: {
    name: 'Kela expert (demo)', topics: ['Kela benefits', 'Online services'] } })));

  // The term ended before last month began: diplomas are valid from the 1st of last month, as the desk plans need.
  const validFrom = firstOfMonth(TODAY, -1);
  const startsOn = firstOfMonth(validFrom, -4);
  const endsOn = plusDays(validFrom, -1);
  const term = idOf(await ok(api.training.POST('/api/training/terms', { body: {
    programmeId: idOf(programme), name: FATTALUUTA_TERM, startsOn, endsOn, capacity: 12 } })));
  for (const name of TRAINEES) {
    await ok(api.training.POST('/api/training/terms/{termId}/enrolments', {
      params: { path: { termId: term } }, body: { participantId: trainee(name) } }));
  }
  for (const [i, moduleCode] of MODULES.entries()) {  // eight weekly sessions, roll call after each
    const day = plusDays(startsOn, i * 7 + 1);
    const session = idOf(await ok(api.training.POST('/api/training/terms/{id}/sessions', { params: { path: { id: term } }, body: {
      kind: 'TEACHING', moduleCode, trainerId: i % 2 === 0 ? tuula : kelaExpert,
      startsAt: at(day, '10:00'), endsAt: at(day, '13:00'), place: PLACE, capacity: 14 } })));
    await ok(api.training.PUT('/api/training/sessions/{id}/attendance', { params: { path: { id: session } }, body: {
      entries: TRAINEES.map((name) => ({ participantId: trainee(name), status: rollCall(name, i) })) } }));
  }
  const exam = async (day: string, until: string) => idOf(await ok(api.training.POST('/api/training/terms/{id}/sessions', {
    params: { path: { id: term } },
    body: { kind: 'EXAM', trainerId: tuula, startsAt: at(day, '10:00'), endsAt: at(day, until), place: PLACE } })));
  const finalExam = await exam(plusDays(validFrom, -10), '15:00');
  const retake = await exam(plusDays(validFrom, -3), '12:00');
  for (const name of TRAINEES) {
    for (const component of ['ORAL', 'WRITTEN', 'FORMS', 'PRACTICAL'] as const) {
      await ok(trainer.training.POST('/api/training/sessions/{id}/exam-results', { params: { path: { id: finalExam } }, body: {
        participantId: trainee(name), component, passed: !failed(name, component),
        score: 60 + ((name.length * 7 + component.length * 3) % 40) } }));
    }
  }
  await ok(trainer.training.POST('/api/training/sessions/{id}/exam-results', { params: { path: { id: retake } }, body: {
    participantId: trainee('Kimmo'), component: 'WRITTEN', passed: true, score: 74 } }));
  for (const name of TRAINEES.filter((n) => n !== 'Olli' && n !== 'Noora')) {  // 5/8 attendance; the forms retake to come
    await ok(api.training.POST('/api/training/terms/{termId}/diplomas', {
      params: { path: { termId: term } }, body: { participantId: trainee(name), validFrom } }));
  }

  const gathering = (body: T['schemas']['NewGathering']) =>
    ok(api.training.POST('/api/training/gatherings', { body }));
  await gathering({ kind: 'DEVELOPMENT_DAY', title: 'Development day: what we learned this term',
    startsAt: at(endsOn, '09:00'), endsAt: at(endsOn, '15:00'), place: PLACE, termId: term });
  const bowling = plusDays(TODAY, 14);
  await gathering({ kind: 'RECREATION_DAY', title: 'Bowling and pizza',
    startsAt: at(bowling, '12:00'), endsAt: at(bowling, '16:00'), place: 'Tali bowling, Helsinki', capacity: 15 });
  const supervision = plusDays(TODAY, 7);
  await gathering({ kind: 'SUPERVISION', title: 'Group supervision for guides',
    startsAt: at(supervision, '14:00'), endsAt: at(supervision, '15:30'), place: PLACE, capacity: 8 });
  log(`Fattaluuta term ${startsOn}..${endsOn}: 12 trainees, 8 sessions, exams and a retake, 10 diplomas (Olli and Noora not yet)`);
}

// ---- payout: last month closed, a cash payout day ---------------------------------------------

/** Sovatek: last month's activity money closed, statements frozen, a cash payout day at the Lift lobby. */
async function liftPayout() {
  const api = await as('sovatek-payout');
  const coordinator = await as('sovatek-coordinator');
  const last = monthOf(firstOfMonth(TODAY, -1));
  const month = async () => (await ok(api.payouts.GET('/api/payouts/months'))).find((m) => m.month === last);
  if ((await month())?.status === 'CLOSED') return log(`Sovatek's ${last} is already closed`);
  const shifts = daysOf(last).filter((d) => [1, 3, 5].includes(weekday(d))).length;
  const expected = LIFT_PEERS.length * shifts * 700;  // 3.5 h a shift at 2 €/h
  // Up to two minutes for the attendance to travel scheduling -> Kafka -> payout.
  if (!(await eventually(async () => (await month())?.totalCents === expected, 120))) {
    return log(`payout-service has not received ${last}'s attendance (an older demo database? dev/down --wipe); no payout demo`);
  }
  await ok(api.payouts.POST('/api/payouts/months/{month}/close', { params: { path: { month: last } } }));
  const locationId = await locationNamed(coordinator, LIFT_LOBBY);
  if (!locationId) throw new Error('the Lift lobby is missing');
  const day = await ok(api.payouts.POST('/api/payouts/payout-days', { body: { locationId, month: last, paidOn: `${monthOf(TODAY)}-05` } }));
  for (const name of ['Pete', 'Sanna K.']) {
    const line = day.lines?.find((l) => l.displayName === name);
    if (!line?.participantId || line.dueCents === undefined) throw new Error(`${name} is not on the payout day`);
    await ok(api.payouts.POST('/api/payouts/payout-days/{id}/payments', {
      params: { path: { id: idOf(day) } }, body: { participantId: line.participantId, amountCents: line.dueCents } }));
  }
  await ok(api.payouts.POST('/api/payouts/payout-days/{id}/close', { params: { path: { id: idOf(day) } } }));
  log(`Sovatek's ${last} closed (${expected} cents for ${LIFT_PEERS.length} peers); Lift lobby payout day: Pete and Sanna K. paid, Jussi's carried over`);
}

await loadOrganisation({
  coordinator: 'sovatek-coordinator', participants: 'participants-sovatek.json', programme: 'programme-lift.json',
  agreement: 'Lobby hosting, coffee, help with computers and benefit applications',
  peer: { user: 'sovatek-peer', displayName: 'Pete' },
});
await loadOrganisation({
  coordinator: 'sh-coordinator', participants: 'participants-stop-huumeille.json', programme: 'programme-fattaluuta.json',
  peer: { user: 'sh-peer', displayName: 'Tiina' },
});
await liftLobbyMonths();
await fattaluutaTerm();
await fattaluutaDesks();
await liftPayout();
