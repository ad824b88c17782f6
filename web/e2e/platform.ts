/**
 * Test data through the real platform: tokens from the real Keycloak, data through the gateway's
 * APIs (the same calls the coordinator's console will make). Each test makes its own peer with
 * its own Keycloak login and its own location, so tests do not depend on each other or on order.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, addMonths, monthOf, today } from '../src/format/format';

export const GATEWAY = process.env.WEB_URL ?? 'http://127.0.0.1:8080';
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const REALM = `${KEYCLOAK}/realms/vertaistyo`;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through dev/test (or source .dev/secrets.env)`);
  return value;
}

export const DEMO_PASSWORD = () => env('DEMO_PASSWORD');

async function form(url: string, body: Record<string, string>): Promise<{ access_token: string }> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(body) });
  if (!response.ok) throw new Error(`token for ${body.username ?? body.client_id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { access_token: string };
}

/** A demo user's token (password grant: tests and demo only; the app itself uses code + PKCE). */
export async function tokenOf(username: string, password = DEMO_PASSWORD()): Promise<string> {
  return (await form(`${REALM}/protocol/openid-connect/token`,
    { grant_type: 'password', client_id: 'vertaistyo-web', username, password })).access_token;
}

async function adminToken(): Promise<string> {
  return (await form(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: env('KEYCLOAK_ADMIN_PASSWORD'),
  })).access_token;
}

export async function api<T = unknown>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new ApiFailure(response.status, `${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Retries while a service has not yet heard (over Kafka) of what the call depends on. */
export async function eventually<T>(call: () => Promise<T>, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await call();
    } catch (e) {
      const retry = e instanceof ApiFailure && [404, 409, 422].includes(e.status);
      if (!retry || Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export interface Login { username: string; password: string; subject: string }

/** A new Keycloak user of the organisation with one realm role (and more claims' attributes, e.g. a partner's agency). */
export async function newLogin(org: string, role: string, firstName: string, attributes: Record<string, string> = {}): Promise<Login> {
  const admin = await adminToken();
  const username = `e2e-${role}-${randomBytes(4).toString('hex')}`;
  const password = `e2e-${randomBytes(9).toString('base64url')}`;
  const base = `${KEYCLOAK}/admin/realms/vertaistyo`;
  const headers = { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' };
  const created = await fetch(`${base}/users`, {
    method: 'POST', headers,
    body: JSON.stringify({
      username, enabled: true, emailVerified: true, email: `${username}@demo.invalid`, firstName, lastName: 'E2E',
      attributes: { org: [org], ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, [v]])) }, credentials: [{ type: 'password', value: password, temporary: false }], requiredActions: [],
    }),
  });
  if (created.status !== 201) throw new Error(`Keycloak user: ${created.status} ${await created.text()}`);
  const subject = created.headers.get('location')!.split('/').pop()!;
  const roleRep = await (await fetch(`${base}/roles/${role}`, { headers })).json();
  const mapped = await fetch(`${base}/users/${subject}/role-mappings/realm`, { method: 'POST', headers, body: JSON.stringify([roleRep]) });
  if (!mapped.ok) throw new Error(`role mapping: ${mapped.status}`);
  return { username, password, subject };
}

/** A Helsinki calendar day, today plus the offset. */
export function helsinkiDay(offsetDays = 0): string {
  return addDays(today(), offsetDays);
}

export interface Peer { participantId: string; displayName: string; login: Login }

/** A Sovatek peer with a Lift agreement in force (from the start of last month, six months) and a login. */
export async function newLiftPeer(displayName: string): Promise<Peer> {
  const coordinator = await tokenOf('sovatek-coordinator');
  const programmes = await api<{ id: string; code: string }[]>(coordinator, 'GET', '/api/participants/programmes');
  const lift = programmes.find((p) => p.code === 'lift')!.id;
  const { participantId, displayName: name } = await agreedPeer(coordinator, lift, displayName);
  const login = await newLogin('sovatek', 'peer', displayName);
  await api(coordinator, 'PUT', `/api/participants/${participantId}/account`, { subject: login.subject });
  // The login reaches scheduling and payout over participants.v2 and participant-identities.v1; wait until both know it.
  const own = await tokenOf(login.username, login.password);
  await eventually(() => api(own, 'GET', '/api/scheduling/my/calendar-feed'));
  await eventually(() => api(own, 'GET', '/api/payouts/my/payments'));
  return { participantId, displayName: name, login };
}

/** An agreement in the programme from the start of last month for six months, signed and accepted; the person ACTIVE. */
export async function agreementInForce(coordinator: string, programmeId: string, id: string): Promise<void> {
  const lastMonth = addMonths(monthOf(today()), -1);
  const startsOn = `${lastMonth}-01`;
  const endsOn = addDays(`${addMonths(lastMonth, 6)}-01`, -1);
  const agreement = await api<{ id: string }>(coordinator, 'POST', `/api/participants/${id}/agreements`, {
    programmeId, startsOn, endsOn, daysPerWeek: 3, minutesPerDay: 210, tasks: 'Lobby hosting',
  });
  await api(coordinator, 'POST', `/api/participants/${id}/agreements/${agreement.id}/confidentiality`, { signedOn: startsOn });
  await api(coordinator, 'POST', `/api/participants/${id}/agreements/${agreement.id}/rules-acceptance`, { rulesVersion: 1, acceptedOn: startsOn });
  await api(coordinator, 'PUT', `/api/participants/${id}/status`, { status: 'ACTIVE' });
}

/** A new ACTIVE peer (no login) with an agreement in the programme from the start of last month, for six months. */
export async function agreedPeer(coordinator: string, programmeId: string, displayName: string): Promise<{ participantId: string; displayName: string }> {
  const name = `${displayName} ${randomBytes(2).toString('hex')}`;
  const { id } = await api<{ id: string }>(coordinator, 'POST', '/api/participants', {
    displayName: name, legalName: `${name} Testinen`, preferredLanguage: 'fi',
  });
  await agreementInForce(coordinator, programmeId, id);
  return { participantId: id, displayName: name };
}

export interface ShiftSpec { day: string; start: string; end: string; needed?: number; peers?: Peer[] }

/** A new Lift site of Sovatek, with no plans yet. */
export async function newLiftSite(): Promise<{ locationId: string; name: string }> {
  const coordinator = await tokenOf('sovatek-coordinator');
  const programmes = await api<{ id: string; code: string }[]>(coordinator, 'GET', '/api/participants/programmes');
  const lift = programmes.find((p) => p.code === 'lift')!.id;
  const name = `Lobby ${randomUUID().slice(0, 6)}`;
  const { id: locationId } = await eventually(() => api<{ id: string }>(coordinator, 'POST', '/api/scheduling/locations', {
    kind: 'PROGRAMME_SITE', programmeId: lift, name, address: 'Testikatu 1, Jyväskylä', openingHours: 'Mon-Fri 8-16',
  }));
  return { locationId, name };
}

/** A new Lift site with the shifts given (plans per month), the peers on them, published. */
export async function publishedShifts(shifts: ShiftSpec[]): Promise<{ locationId: string; name: string; shiftIds: string[] }> {
  const coordinator = await tokenOf('sovatek-coordinator');
  const { locationId, name } = await newLiftSite();
  const plans = new Map<string, string>();
  const shiftIds: string[] = [];
  for (const s of shifts) {
    const month = s.day.slice(0, 7);
    if (!plans.has(month)) {
      plans.set(month, (await api<{ id: string }>(coordinator, 'POST', '/api/scheduling/plans', { locationId, month })).id);
    }
    const { id } = await api<{ id: string }>(coordinator, 'POST', `/api/scheduling/plans/${plans.get(month)}/shifts`,
      { date: s.day, start: s.start, end: s.end, ...(s.needed ? { needed: s.needed } : {}) });
    shiftIds.push(id);
    for (const peer of s.peers ?? []) {
      await eventually(() => api(coordinator, 'POST', `/api/scheduling/shifts/${id}/assignments`, { participantId: peer.participantId }));
    }
  }
  for (const plan of plans.values()) await api(coordinator, 'POST', `/api/scheduling/plans/${plan}/publish`);
  return { locationId, name, shiftIds };
}
