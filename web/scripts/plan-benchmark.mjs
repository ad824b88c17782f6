// The coordinator's month grid, a benchmark (docs/benchmarks/web.md), not a test.
//   node scripts/plan-benchmark.mjs [runs]        (platform up: dev/up; source .dev/secrets.env)
// Makes (through the APIs, as sovatek-coordinator) 20 Lift peers with agreements and a new site with
// about 60 shifts next month (three a weekday), most of them staffed; then, in Debian's Chromium at
// desktop size, measures (1) the grid rendered: from choosing the location until every shift is on
// screen, and (2) an assignment's round trip: from pressing "Add" in a shift's panel until the grid
// shows the peer on that shift. Prints every run, the median and the worst.
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] ?? 9);
const base = process.env.WEB_URL ?? 'http://127.0.0.1:8080';
const keycloak = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const password = process.env.DEMO_PASSWORD;
if (!password) throw new Error('source .dev/secrets.env first (DEMO_PASSWORD)');

async function token(username) {
  const r = await fetch(`${keycloak}/realms/vertaistyo/protocol/openid-connect/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', client_id: 'vertaistyo-web', username, password }) });
  return (await r.json()).access_token;
}
const coordinator = await token('sovatek-coordinator');
async function api(method, path, body, ok = true) {
  const r = await fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (ok && !r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.ok ? r.json() : null;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function eventually(call) {
  for (let i = 0; i < 120; i++) {
    const r = await call();
    if (r) return r;
    await sleep(500);
  }
  throw new Error('gave up waiting');
}

// --- data: 20 peers, a site, ~60 shifts next month --------------------------------------------
const tag = Math.random().toString(36).slice(2, 6);
const lift = (await api('GET', '/api/participants/programmes')).find((p) => p.code === 'lift').id;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
const [y, m] = today.split('-').map(Number);
const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
const startsOn = `${today.slice(0, 7)}-01`;
const endsOn = new Date(Date.UTC(y, m + 4, 0)).toISOString().slice(0, 10);
const peers = [];
for (let i = 0; i < 20; i++) {
  const { id } = await api('POST', '/api/participants', { displayName: `Bench ${tag} ${String(i + 1).padStart(2, '0')}`, legalName: `Bench ${tag} Person ${i + 1}` });
  const a = await api('POST', `/api/participants/${id}/agreements`, { programmeId: lift, startsOn, endsOn, daysPerWeek: 3, minutesPerDay: 210, tasks: 'Lobby hosting' });
  await api('POST', `/api/participants/${id}/agreements/${a.id}/confidentiality`, { signedOn: startsOn });
  await api('POST', `/api/participants/${id}/agreements/${a.id}/rules-acceptance`, { rulesVersion: 1, acceptedOn: startsOn });
  await api('PUT', `/api/participants/${id}/status`, { status: 'ACTIVE' });
  peers.push(id);
}
const site = await eventually(() => api('POST', '/api/scheduling/locations', {
  kind: 'PROGRAMME_SITE', programmeId: lift, name: `Bench ${tag}`, address: 'Testikatu 1', openingHours: 'Mon-Fri' }, false));
const other = (await api('GET', '/api/scheduling/locations')).find((l) => l.name === 'Lift lobby').id;
const plan = await api('POST', '/api/scheduling/plans', { locationId: site.id, month: next });
const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
for (const [start, end] of [['08:00', '09:30'], ['10:00', '11:30'], ['12:30', '14:00']]) {
  await api('POST', `/api/scheduling/plans/${plan.id}/recurring-shifts`, { weekdays, start, end, needed: 2 });
}
let shifts = (await api('GET', `/api/scheduling/plans/${plan.id}`)).shifts;
// Staff one place of every shift, leaving the second open (round robin; the rules refuse some).
await eventually(async () => (await api('POST', `/api/scheduling/shifts/${shifts[0].id}/assignments`, { participantId: peers[0] }, false)) !== null);
let p = 1;
for (const s of shifts.slice(1)) {
  for (let tries = 0; tries < peers.length; tries++, p++) {
    if (await api('POST', `/api/scheduling/shifts/${s.id}/assignments`, { participantId: peers[p % peers.length] }, false)) { p++; break; }
  }
}
shifts = (await api('GET', `/api/scheduling/plans/${plan.id}`)).shifts;
const staffed = shifts.reduce((n, s) => n + s.assignees.length, 0);
console.log(`data: ${peers.length} peers, ${shifts.length} shifts in ${next}, ${staffed} assignments`);

// --- the browser -------------------------------------------------------------------------------
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(`${base}/plan?location=${other}&month=${next}`);
await page.waitForURL(/openid-connect\/auth/);
await page.fill('#username', 'sovatek-coordinator');
await page.fill('#password', password);
await page.click('#kc-login');
await page.waitForSelector('#plan-location');

// Timed inside the page, from the input event to the next frame after the DOM shows the result, so
// Playwright's own actionability checks are not counted (on two loaded cores they cost 100+ ms).
const timeInPage = (act, done) => page.evaluate(([act, done]) => new Promise((resolve) => {
  const finished = new Function(`return (${done})`)();
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    if (!finished()) return;
    obs.disconnect();
    requestAnimationFrame(() => resolve(Math.round(performance.now() - t0)));
  });
  obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  new Function(act)();
}), [act, done]);

const render = [];
const roundTrip = [];
for (let i = 0; i < runs; i++) {
  await page.locator('#plan-location').selectOption(other);
  await page.waitForFunction(() => document.querySelectorAll('.shift-cell').length === 0);
  await page.waitForTimeout(300);
  render.push(await timeInPage(
    `const s = document.querySelector('#plan-location'); s.value = ${JSON.stringify(site.id)}; s.dispatchEvent(new Event('change', { bubbles: true }));`,
    `() => document.querySelectorAll('.shift-cell').length === ${shifts.length}`));

  // An open shift, its panel and candidates loaded; then the measured press of "Add".
  const cell = page.locator('.shift-cell.open').first();
  const cellIndex = await cell.evaluate((el) => [...document.querySelectorAll('.shift-cell')].indexOf(el));
  await cell.click();
  await page.locator('.candidates li button').first().waitFor();
  await page.waitForTimeout(300);
  const who = (await page.locator('.candidates li .title-plain').first().textContent()).trim();
  roundTrip.push(await timeInPage(
    `document.querySelector('.candidates li button').click();`,
    `() => document.querySelectorAll('.shift-cell')[${cellIndex}]?.textContent.includes(${JSON.stringify(who)})`));
  await page.getByRole('button', { name: /Sulje vuoro|Close the shift|Stäng passet/ }).click();
}
await browser.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `runs ${xs.join(', ')} ms; median ${s[Math.floor(s.length / 2)]} ms; worst ${s[s.length - 1]} ms`;
};
console.log(`grid rendered (${shifts.length} shifts): ${stats(render)}`);
console.log(`assignment round trip: ${stats(roundTrip)}`);
