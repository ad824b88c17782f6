// Lighthouse on the signed-in peer pages, a benchmark (docs/benchmarks/web.md), not a test.
//   [LH_USER=sovatek-payout] node scripts/lighthouse.mjs [mobile|desktop] [path …]     (platform up: dev/up; source .dev/secrets.env)
// Signs in as sovatek-peer (or LH_USER, a demo user) on the real Keycloak page with Playwright in Debian's Chromium, then
// lets Lighthouse (installed on first use into .dev/cache/lighthouse) navigate the same tab, so the
// session in sessionStorage is kept (disableStorageReset) and the page is measured, not the sign-in.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const home = join(root, '.dev', 'cache', 'lighthouse');
if (!existsSync(join(home, 'node_modules', 'lighthouse'))) {
  execSync(`npm install --silent --no-save --prefix "${home}" lighthouse@13.5.0`, { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}
const require = createRequire(join(home, 'package.json'));
const { startFlow, desktopConfig } = await import(require.resolve('lighthouse'));
const puppeteer = (await import(require.resolve('puppeteer-core'))).default;

const [formFactor = 'mobile', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/', '/shifts'];
const base = process.env.WEB_URL ?? 'http://127.0.0.1:8080';
const password = process.env.DEMO_PASSWORD;
if (!password) throw new Error('source .dev/secrets.env first (DEMO_PASSWORD)');

const port = 9333;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--remote-debugging-port=${port}`, '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const context = browser.contexts()[0] ?? await browser.newContext();
const page = await context.newPage();
await page.goto(`${base}/`);
await page.waitForURL(/openid-connect\/auth/);
await page.fill('#username', process.env.LH_USER ?? 'sovatek-peer');
await page.fill('#password', password);
await page.click('#kc-login');
await page.waitForURL((u) => u.origin === base && !u.pathname.startsWith('/auth/'));
await page.locator('h1').waitFor();

const pptr = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
const pptrPage = (await pptr.pages()).find((p) => p.url().startsWith(base));
const config = formFactor === 'desktop' ? desktopConfig : undefined;
const rows = [];
for (const path of targets) {
  const flow = await startFlow(pptrPage, { config, flags: { disableStorageReset: true, formFactor,
    screenEmulation: formFactor === 'desktop' ? undefined : { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } } });
  await flow.navigate(`${base}${path}`, { name: path });
  const { steps } = await flow.createFlowResult();
  const lhr = steps[0].lhr;
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (a) => lhr.audits[a]?.displayValue ?? '';
  if (process.env.LH_DETAILS) {
    console.log(`${path} benchmarkIndex ${lhr.environment.benchmarkIndex}, cpuSlowdownMultiplier ${lhr.configSettings.throttling.cpuSlowdownMultiplier}`);
    // Where the blocking time goes: the long main-thread tasks and the scripts' boot-up time.
    for (const t of lhr.audits['long-tasks']?.details?.items ?? []) console.log(`${path} long task ${Math.round(t.startTime)} ms +${Math.round(t.duration)} ms ${t.url ?? ''}`);
    for (const w of lhr.audits['mainthread-work-breakdown']?.details?.items ?? []) console.log(`${path} main thread ${w.groupLabel}: ${Math.round(w.duration)} ms`);
    for (const b of lhr.audits['bootup-time']?.details?.items ?? []) console.log(`${path} boot-up ${b.url}: script ${Math.round(b.scripting)} ms, parse ${Math.round(b.scriptParseCompile)} ms`);
  }
  rows.push({ path, performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'),
    failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) =>
      lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))).map((a) => a.id) });
}
await pptr.disconnect();
await browser.close();
console.log(`| page (${formFactor}) | performance | accessibility | best practices | FCP | LCP | TBT | CLS |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`);
for (const r of rows) if (r.failed.length) console.log(`${r.path}: audits not passed: ${r.failed.join(', ')}`);
