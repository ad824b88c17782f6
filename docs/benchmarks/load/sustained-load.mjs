// Sustained mixed load through the gateway, a benchmark (docs/benchmarks/load.md), not a test.
//   node docs/benchmarks/load/sustained-load.mjs [seconds=600]   (platform up: dev/up; source .dev/secrets.env)
// Virtual users with real Keycloak tokens (renewed every four minutes):
//   200 partner clients   poll their desk duty for the coming week, every 5 s each (client credentials)
//    20 coordinators      work the month plan, one action every 2–5 s: the grid, a shift's candidates,
//                         assigning a peer and taking them off again (their own shift and peer),
//                         attendance, absences, search
//    40 peers             read their shifts, open shifts, statements and payments, one every 3 s
// Memory: each service's resident set (RSS from /proc) 30 s before, every 10 s during, and for
// 60 s after the load. Prints a table per endpoint (requests, errors, p50/p95/p99) and the memory.
import { readFileSync } from 'node:fs';

const seconds = Number(process.argv[2] ?? 600);
const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
const keycloak = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const root = new URL('../../../', import.meta.url).pathname;
const { DEMO_PASSWORD: password, PARTNER_CLIENT_SECRET: partnerSecret } = process.env;
if (!password || !partnerSecret) throw new Error('source .dev/secrets.env first');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const helsinkiDay = (offsetDays = 0) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' })
  .format(new Date(Date.now() + offsetDays * 86_400_000));

// --- tokens ------------------------------------------------------------------------------------
const tokens = new Map();
const pending = new Map(); // one token request per user at a time, however many virtual users wait for it
function fetchToken(who) {
  if (!pending.has(who)) pending.set(who, requestToken(who).finally(() => pending.delete(who)));
  return pending.get(who);
}
async function requestToken(who) {
  const form = who === 'partner'
    ? { grant_type: 'client_credentials', client_id: 'partner-kela-itakeskus', client_secret: partnerSecret }
    : { grant_type: 'password', client_id: 'vertaistyo-web', username: who, password };
  const r = await fetch(`${keycloak}/realms/vertaistyo/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(form) });
  if (!r.ok) throw new Error(`token for ${who}: ${r.status}`);
  tokens.set(who, { value: (await r.json()).access_token, at: Date.now() });
}
async function token(who) {
  const t = tokens.get(who);
  if (!t || Date.now() - t.at > 240_000) await fetchToken(who);
  return tokens.get(who).value;
}

// --- measured calls ----------------------------------------------------------------------------
const results = new Map(); // endpoint -> { times: [], errors: 0, statuses: {} }
const failures = new Map(); // "endpoint: error code" -> count, for requests that got no answer
let measuring = false;
const warmUpSeconds = 30; // the load runs, unmeasured, while the JIT compiles and the pools fill
async function call(who, endpoint, method, path, body, expect = (s) => s >= 200 && s < 300) {
  const started = performance.now();
  let status = 0;
  let json = null;
  try {
    const r = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${await token(who)}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body) });
    status = r.status;
    const text = await r.text();
    json = text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  } catch (e) {
    status = 0;
    if (measuring) failures.set(`${endpoint}: ${e.cause?.code ?? e.message}`, (failures.get(`${endpoint}: ${e.cause?.code ?? e.message}`) ?? 0) + 1);
  }
  if (measuring) {
    const e = results.get(endpoint) ?? { times: [], errors: 0, statuses: {} };
    e.times.push(performance.now() - started);
    e.statuses[status] = (e.statuses[status] ?? 0) + 1;
    if (!expect(status)) e.errors++;
    results.set(endpoint, e);
  }
  return { status, json };
}
async function setup(who, method, path, body) {
  const { status, json } = await call(who, 'setup', method, path, body);
  if (status < 200 || status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
  return json;
}

// --- data of its own: 20 peers with agreements, a site, a plan next month -----------------------
const coordinator = 'sovatek-coordinator';
const tag = Math.random().toString(36).slice(2, 6);
const lift = (await setup(coordinator, 'GET', '/api/participants/programmes')).find((p) => p.code === 'lift').id;
const today = helsinkiDay();
const [y, m] = today.split('-').map(Number);
const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
const startsOn = `${today.slice(0, 7)}-01`;
const endsOn = new Date(Date.UTC(y, m + 4, 0)).toISOString().slice(0, 10);
const peers = [];
for (let i = 0; i < 20; i++) {
  const { id } = await setup(coordinator, 'POST', '/api/participants', { displayName: `Load ${tag} ${i + 1}`, legalName: `Load ${tag} Person ${i + 1}` });
  const a = await setup(coordinator, 'POST', `/api/participants/${id}/agreements`, { programmeId: lift, startsOn, endsOn, daysPerWeek: 3, minutesPerDay: 210, tasks: 'Lobby hosting' });
  await setup(coordinator, 'POST', `/api/participants/${id}/agreements/${a.id}/confidentiality`, { signedOn: startsOn });
  await setup(coordinator, 'POST', `/api/participants/${id}/agreements/${a.id}/rules-acceptance`, { rulesVersion: 1, acceptedOn: startsOn });
  await setup(coordinator, 'PUT', `/api/participants/${id}/status`, { status: 'ACTIVE' });
  peers.push(id);
}
let site;
for (let i = 0; i < 60 && !site; i++) {
  const r = await call(coordinator, 'setup', 'POST', '/api/scheduling/locations',
    { kind: 'PROGRAMME_SITE', programmeId: lift, name: `Load ${tag}`, address: 'Testikatu 1', openingHours: 'Mon-Fri' });
  if (r.status === 201) site = r.json; else await sleep(500);
}
const plan = await setup(coordinator, 'POST', '/api/scheduling/plans', { locationId: site.id, month: next });
await setup(coordinator, 'POST', `/api/scheduling/plans/${plan.id}/recurring-shifts`,
  { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], start: '10:00', end: '11:30', needed: 2 });
const shifts = (await setup(coordinator, 'GET', `/api/scheduling/plans/${plan.id}`)).shifts;
// Each coordinator gets one shift and one peer that the rules let on it (the peers' events may still be arriving).
const pairs = [];
for (let i = 0; i < 20; i++) {
  for (let tries = 0; tries < 120; tries++) {
    const r = await call(coordinator, 'setup', 'POST', `/api/scheduling/shifts/${shifts[i].id}/assignments`, { participantId: peers[i] });
    if (r.status === 201 || r.status === 200) break;
    await sleep(500);
  }
  await setup(coordinator, 'DELETE', `/api/scheduling/shifts/${shifts[i].id}/assignments/${peers[i]}?reason=load`);
  pairs.push({ shift: shifts[i].id, peer: peers[i] });
}
const sites = (await setup(coordinator, 'GET', '/api/scheduling/locations')).map((l) => l.id);
const pastShift = await (async () => {
  const unconfirmed = await setup(coordinator, 'GET', `/api/scheduling/attendance/unconfirmed?from=${helsinkiDay(-28)}&to=${today}`);
  return unconfirmed[0]?.shiftId ?? unconfirmed[0]?.id ?? null;
})();
console.log(`data: ${peers.length} peers, a plan of ${shifts.length} shifts in ${next}, ${pairs.length} coordinator pairs`);

// --- memory --------------------------------------------------------------------------------------
const services = ['participant', 'scheduling', 'training', 'payout'];
const rssMb = (s) => {
  const pid = readFileSync(`${root}.dev/run/${s}-service.pid`, 'utf8').trim();
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return Math.round(kb / 1024);
};
const memory = []; // { phase, t, participant, … }
const sample = (phase) => memory.push({ phase, t: Math.round(performance.now() / 1000), ...Object.fromEntries(services.map((s) => [s, rssMb(s)])) });

// --- virtual users -------------------------------------------------------------------------------
let running = true;
const week = () => `from=${helsinkiDay()}&to=${helsinkiDay(6)}`;
async function partner(i) {
  await sleep((i * 5000) / 200);
  while (running) {
    await call('partner', 'GET partner/desk-duty (a week)', 'GET', `/api/scheduling/partner/desk-duty?${week()}`);
    await sleep(5000);
  }
}
const think = (min, max) => sleep(min + Math.random() * (max - min));
async function coordinatorUser(i) {
  const who = i % 2 === 0 ? 'sovatek-coordinator' : 'sh-coordinator';
  const mine = pairs[i];
  await sleep(i * 250);
  while (running) {
    if (who === 'sovatek-coordinator') {
      await call(who, 'GET plans/{id} (month grid)', 'GET', `/api/scheduling/plans/${plan.id}`);
      await think(2000, 5000);
      await call(who, 'GET shifts/{id}/candidates', 'GET', `/api/scheduling/shifts/${mine.shift}/candidates`);
      await think(2000, 5000);
      await call(who, 'POST shifts/{id}/assignments', 'POST', `/api/scheduling/shifts/${mine.shift}/assignments`, { participantId: mine.peer });
      await think(2000, 5000);
      await call(who, 'DELETE shifts/{id}/assignments/{peer}', 'DELETE', `/api/scheduling/shifts/${mine.shift}/assignments/${mine.peer}?reason=load`);
      if (pastShift) {
        await think(2000, 5000);
        await call(who, 'GET shifts/{id}/attendance', 'GET', `/api/scheduling/shifts/${pastShift}/attendance`);
      }
    } else {
      const sitesOfSh = await call(who, 'GET locations', 'GET', '/api/scheduling/locations');
      const first = sitesOfSh.json?.[0]?.id;
      await think(2000, 5000);
      if (first) await call(who, 'GET plans?locationId&month', 'GET', `/api/scheduling/plans?locationId=${first}&month=${today.slice(0, 7)}`);
      await think(2000, 5000);
      await call(who, 'GET participants?q (search)', 'GET', '/api/participants?q=a&size=20');
    }
    await think(2000, 5000);
    await call(who, 'GET attendance/unconfirmed', 'GET', `/api/scheduling/attendance/unconfirmed?from=${helsinkiDay(-28)}&to=${today}`);
    await think(2000, 5000);
    await call(who, 'GET absences', 'GET', `/api/scheduling/absences?from=${startsOn}&to=${helsinkiDay(27)}`);
    await think(2000, 5000);
  }
}
async function peer(i) {
  const who = i % 2 === 0 ? 'sovatek-peer' : 'sh-peer';
  await sleep((i * 3000) / 40);
  const reads = [
    ['GET my/shifts', `/api/scheduling/my/shifts?from=${helsinkiDay(-30)}&to=${helsinkiDay(60)}`],
    ['GET my/open-shifts', `/api/scheduling/my/open-shifts?${week()}`],
    ['GET my/statements', '/api/payouts/my/statements'],
    ['GET my/payments', '/api/payouts/my/payments'],
  ];
  for (let n = 0; running; n++) {
    const [endpoint, path] = reads[n % reads.length];
    await call(who, endpoint, 'GET', path);
    await sleep(3000);
  }
}

sample('before');
for (let i = 0; i < 2; i++) { await sleep(15_000); sample('before'); }
const users = [
  ...Array.from({ length: 200 }, (_, i) => partner(i)),
  ...Array.from({ length: 20 }, (_, i) => coordinatorUser(i)),
  ...Array.from({ length: 40 }, (_, i) => peer(i)),
];
const sampler = setInterval(() => sample('during'), 10_000);
await sleep(warmUpSeconds * 1000);
measuring = true;
const started = Date.now();
await sleep(seconds * 1000);
running = false;
clearInterval(sampler);
await Promise.all(users);
measuring = false;
const elapsed = (Date.now() - started) / 1000;
for (let i = 0; i < 4; i++) { await sleep(15_000); sample('after'); }

// --- report --------------------------------------------------------------------------------------
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
let total = 0;
let errors = 0;
const classes = {};
console.log(`\n${Math.round(elapsed)} s of measured load (after ${warmUpSeconds} s of warm-up) through ${base}\n`);
console.log('| endpoint | requests | errors | p50 | p95 | p99 |\n|---|---|---|---|---|---|');
for (const [endpoint, e] of [...results.entries()].filter(([k]) => k !== 'setup').sort()) {
  const sorted = [...e.times].sort((a, b) => a - b);
  total += e.times.length;
  errors += e.errors;
  for (const [s, n] of Object.entries(e.statuses)) classes[`${String(s)[0]}xx`] = (classes[`${String(s)[0]}xx`] ?? 0) + n;
  console.log(`| ${endpoint} | ${e.times.length} | ${e.errors} | ${pct(sorted, 50).toFixed(1)} ms | ${pct(sorted, 95).toFixed(1)} ms | ${pct(sorted, 99).toFixed(1)} ms |`);
}
for (const [what, n] of failures) console.log(`no answer: ${what} (${n})`);
console.log(`\n${total} requests (${(total / elapsed).toFixed(0)}/s), ${errors} errors; by status class ${JSON.stringify(classes)}\n`);
const summary = (phase) => Object.fromEntries(services.map((s) => {
  const xs = memory.filter((x) => x.phase === phase).map((x) => x[s]);
  return [s, `${Math.min(...xs)}–${Math.max(...xs)}`];
}));
console.log('| RSS (MB) | ' + services.join(' | ') + ' |\n|---|' + services.map(() => '---').join('|') + '|');
for (const phase of ['before', 'during', 'after']) console.log(`| ${phase} | ${services.map((s) => summary(phase)[s]).join(' | ')} |`);
