// The running platform as the demo loader sees it: the gateway, tokens from the local Keycloak, and one
// typed client per service and user. The clients are openapi-fetch over the same generated types the
// web app uses (src/api/generated), so a changed API breaks `npm run typecheck`, not the demo data.
import createClient, { type Client } from 'openapi-fetch';
import type { paths as ParticipantPaths } from '../src/api/generated/participant.ts';
import type { paths as SchedulingPaths } from '../src/api/generated/scheduling.ts';
import type { paths as TrainingPaths } from '../src/api/generated/training.ts';
import type { paths as PayoutPaths } from '../src/api/generated/payout.ts';

const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
const TOKEN_ENDPOINT = `${process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180'}/realms/vertaistyo/protocol/openid-connect/token`;

export function log(message: string): void {
  process.stderr.write(`\x1b[1;34m[dev]\x1b[0m demo data: ${message}\n`);
}

/** A demo user's access token (the password grant: local demo users only, never the web app's way). */
export async function token(user: string): Promise<string> {
  const password = process.env.DEMO_PASSWORD;
  if (!password) throw new Error('DEMO_PASSWORD is not set: run dev/demo/load (it reads .dev/secrets.env)');
  const answer = await fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'vertaistyo-web', username: user, password }),
  });
  if (!answer.ok) throw new Error(`no token for ${user}: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** The token's subject: what a participant's or trainer's login link stores. */
export function subjectOf(jwt: string): string {
  const payload = jwt.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string }).sub;
}

export interface Api {
  readonly token: string;
  readonly participants: Client<ParticipantPaths>;
  readonly scheduling: Client<SchedulingPaths>;
  readonly training: Client<TrainingPaths>;
  readonly payouts: Client<PayoutPaths>;
}

/** The four services through the gateway, as this demo user. */
export async function as(user: string): Promise<Api> {
  const bearer = await token(user);
  const client = <P extends {}>() => createClient<P>({ baseUrl: GATEWAY, headers: { Authorization: `Bearer ${bearer}` } });
  return {
    token: bearer,
    participants: client<ParticipantPaths>(),
    scheduling: client<SchedulingPaths>(),
    training: client<TrainingPaths>(),
    payouts: client<PayoutPaths>(),
  };
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's body; any status but 2xx stops the loader with the service's problem details. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new Error(`${response.status} from ${response.url}: ${JSON.stringify(error)}`);
  return data as T;
}

/** The id of what was created (the services answer with the new resource's view). */
export function idOf(view: { id?: string }): string {
  if (!view.id) throw new Error(`an answer without an id: ${JSON.stringify(view)}`);
  return view.id;
}

/**
 * Retries while scheduling (or payout) has not yet heard over Kafka of the programme, agreement or
 * diploma the call depends on: those refusals (409, 422) turn into a success within seconds.
 */
export async function untilReady<T>(what: string, call: () => Promise<Answer<T>>, seconds = 60): Promise<T> {
  let last = '';
  for (let i = 0; i < seconds; i++) {
    const { data, error, response } = await call();
    if (response.ok) return data as T;
    if (response.status !== 409 && response.status !== 422) {
      throw new Error(`${what} failed: ${response.status} ${JSON.stringify(error)}`);
    }
    last = JSON.stringify(error);
    await sleep(1000);
  }
  throw new Error(`${what} still refused after ${seconds} s: ${last}`);
}

/** Polls until the condition holds; false when it did not within the time given. */
export async function eventually(condition: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (let waited = 0; waited < seconds * 1000; waited += 500) {
    if (await condition()) return true;
    await sleep(500);
  }
  return condition();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
