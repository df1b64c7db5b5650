// The `cair serve` dashboard in headless Chromium (Debian's /usr/bin/chromium
// driven by playwright-core): the index shows an overdue clock as overdue
// (its row's class, its text and its red background), and following the
// incident's link opens its page with the timeline.
//
//   node tests/browser/dashboard.mjs CAIR_BINARY [PLAYWRIGHT_CORE_DIR]
//
// PLAYWRIGHT_CORE_DIR: a directory whose node_modules holds playwright-core
// (scripts/deps.sh installs it from tests/browser/package-lock.json).
// Prints "N passed, M failed"; exit 0 only when every check passed.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cair = process.argv[2];
const pwDir = process.argv[3] || process.cwd();
if (!cair) {
  console.error('usage: node dashboard.mjs CAIR_BINARY [PLAYWRIGHT_CORE_DIR]');
  process.exit(2);
}
const { chromium } = createRequire(join(pwDir, 'package.json'))('playwright-core');

const dir = mkdtempSync(join(tmpdir(), 'cair-browser-'));
const db = join(dir, 'cair.db');
const now = '2026-01-10T10:00:00Z';
// Aware five days before "now": the 72-hour first-disclosure clock is overdue.
const id = execFileSync(cair, ['incident', 'open', '--db', db, '--title', 'Example CA: Some-State in ST',
  '--aware-at', '2026-01-05T10:00:00Z', '--source', 'self']).toString().trim();
execFileSync(cair, ['incident', 'note', id, '--db', db, '--at', '2026-01-06T09:00:00Z',
  '--text', 'Root cause: template default ST'], { stdio: 'ignore' });

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

const server = spawn(cair, ['serve', '--listen', '127.0.0.1:0', '--db', db, '--now', now],
  { stdio: ['ignore', 'pipe', 'ignore'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/listening on (http:\/\/[0-9.]+:\d+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`cair serve exited with ${code}`)));
  setTimeout(() => reject(new Error('cair serve did not start')), 10000);
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const response = await page.goto(url + '/');
  check(response.status() === 200, 'GET / answers 200');
  const row = page.locator('#clocks tr.clock', { hasText: 'first_disclosure' });
  check(await row.count() === 1, 'the first_disclosure clock has one row');
  check((await row.getAttribute('class')).split(' ').includes('overdue'), 'its row has the CSS class overdue');
  check((await row.locator('.state').innerText()).trim() === 'overdue', 'its state reads "overdue"');
  const bg = await row.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  check(r > g && r > b, `it is shown in red (background ${bg})`);
  const full = page.locator('#clocks tr.clock', { hasText: 'full_report' });
  check((await full.getAttribute('class')).split(' ').includes('ok'), 'the 14-day full report clock is ok');

  await page.locator(`#incidents a[href="/incidents/${id}"]`).click();
  await page.waitForURL(`**/incidents/${id}`);
  check(page.url().endsWith(`/incidents/${id}`), 'the incident link opens the incident page');
  const timeline = page.locator('#timeline');
  check(await timeline.isVisible(), 'the incident page shows its timeline');
  const text = await timeline.innerText();
  check(text.includes('CA became aware') && text.includes('Root cause: template default ST'),
    'the timeline lists the incident\'s entries');
  check((await page.locator('h1').innerText()).includes('Some-State in ST'), 'the page is titled with the incident');
} catch (e) {
  failed++;
  console.log(`FAIL ${e.message}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
