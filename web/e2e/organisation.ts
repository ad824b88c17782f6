/**
 * A new organisation of its own per test, for journeys that change what cannot be changed back
 * (a closed month, a closed payout day, a cancelled desk duty): its own Keycloak logins, programme,
 * peers and locations, so the demo organisations and earlier runs on the same databases never matter.
 */
import { randomBytes } from 'node:crypto';
import { addMonths, monthOf, today } from '../src/format/format';
import { agreedPeer, api, ApiFailure, eventually, newLogin, tokenOf, type Login } from './platform';

export interface Organisation {
  org: string;
  coordinator: () => Promise<string>;
  programmeId: string;
  login: (role: string, firstName: string, attributes?: Record<string, string>) => Promise<Login>;
}

const RULES = {
  validFrom: '2026-01-01', activityMoneyCentsPerHour: 200, activityMoneyDailyCapCents: 1200, maxAgreementMonths: 6,
  minDaysPerWeek: 1, maxDaysPerWeek: 5, minutesPerDay: 210, absenceNoticeHours: 24,
};

export async function newOrganisation(): Promise<Organisation> {
  const org = `e2e-${randomBytes(4).toString('hex')}`;
  const coordinatorLogin = await newLogin(org, 'coordinator', 'Koordinaattori');
  const coordinator = () => tokenOf(coordinatorLogin.username, coordinatorLogin.password);
  const { id: programmeId } = await api<{ id: string }>(await coordinator(), 'POST', '/api/participants/programmes', {
    code: 'lift', name: 'Liftillä duuniin', kind: 'WORK_ACTIVITY', rules: RULES,
  });
  return { org, coordinator, programmeId, login: (role, firstName, attributes) => newLogin(org, role, firstName, attributes) };
}

export interface Site { locationId: string; name: string }

/** A programme site of the organisation (scheduling hears of the programme over Kafka first). */
export async function newSite(o: Organisation, name = `Aula ${randomBytes(2).toString('hex')}`): Promise<Site> {
  const coordinator = await o.coordinator();
  const { id } = await eventually(() => api<{ id: string }>(coordinator, 'POST', '/api/scheduling/locations', {
    kind: 'PROGRAMME_SITE', programmeId: o.programmeId, name, address: 'Testikatu 1, Jyväskylä', openingHours: 'Mon-Fri 8-16',
  }));
  return { locationId: id, name };
}

/** A partner agency's desk with a desk-duty agreement every day 8–20 (by default no qualification required). */
export async function newDesk(o: Organisation, agency: string, name: string, requiredQualification?: string): Promise<Site> {
  const coordinator = await o.coordinator();
  const { id } = await eventually(() => api<{ id: string }>(coordinator, 'POST', '/api/scheduling/locations', {
    kind: 'PARTNER_DESK', programmeId: o.programmeId, name, address: 'Kelakatu 1, Helsinki', openingHours: 'Mon-Sun 8-20',
    agency: { code: agency, name: `Kela ${agency}`, kind: 'KELA' },
    deskAgreement: { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], starts: '08:00', ends: '20:00', guides: 1,
      ...(requiredQualification ? { requiredQualification } : {}) },
  }));
  return { locationId: id, name };
}

/** A published plan of the month at the location with one shift per day given, every peer on each. */
export async function publishedShifts(o: Organisation, site: Site, days: string[], start: string, end: string,
  peers: string[]): Promise<string[]> {
  const coordinator = await o.coordinator();
  const month = days[0]!.slice(0, 7);
  const { id: plan } = await api<{ id: string }>(coordinator, 'POST', '/api/scheduling/plans', { locationId: site.locationId, month });
  const shiftIds: string[] = [];
  for (const date of days) {
    const { id } = await api<{ id: string }>(coordinator, 'POST', `/api/scheduling/plans/${plan}/shifts`,
      { date, start, end, needed: Math.max(1, peers.length) });
    for (const participantId of peers) {
      // Scheduling hears of the agreement over Kafka.
      await eventually(() => api(coordinator, 'POST', `/api/scheduling/shifts/${id}/assignments`, { participantId }));
    }
    shiftIds.push(id);
  }
  await api(coordinator, 'POST', `/api/scheduling/plans/${plan}/publish`);
  return shiftIds;
}

export interface WorkedMonth { month: string; site: Site; peers: { participantId: string; displayName: string }[]; totalCents: number }

/**
 * Three peers who each worked two 3.5-hour shifts last month at a new site, attendance confirmed,
 * and payout-service has received it all (7.00 € a shift at 2 €/h).
 */
export async function workedLastMonth(o: Organisation, payoutOfficer: Login): Promise<WorkedMonth> {
  const coordinator = await o.coordinator();
  const month = addMonths(monthOf(today()), -1);
  const site = await newSite(o);
  const peers = [];
  for (const name of ['Aino', 'Eero', 'Iida']) peers.push(await agreedPeer(coordinator, o.programmeId, name));
  const shifts = await publishedShifts(o, site, [`${month}-03`, `${month}-10`], '08:30', '12:00', peers.map((p) => p.participantId));
  for (const shift of shifts) await api(coordinator, 'POST', `/api/scheduling/shifts/${shift}/attendance`, {});
  const totalCents = peers.length * shifts.length * 700;
  const officer = await tokenOf(payoutOfficer.username, payoutOfficer.password);
  await eventually(async () => {
    const months = await api<{ month: string; totalCents: number }[]>(officer, 'GET', '/api/payouts/months');
    if (months.find((m) => m.month === month)?.totalCents !== totalCents) throw new ApiFailure(409, 'payout has not heard of it all yet');
  }, 120);
  return { month, site, peers, totalCents };
}
