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
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checker, launchChromium, startServe } from './harness.mjs';

const cair = process.argv[2];
const pwDir = process.argv[3] || process.cwd();
if (!cair) {
  console.error('usage: node dashboard.mjs CAIR_BINARY [PLAYWRIGHT_CORE_DIR]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'cair-browser-'));
const db = join(dir, 'cair.db');
const now = '2026-01-10T10:00:00Z';
// Aware five days before "now": the 72-hour first-disclosure clock is overdue.
const id = execFileSync(cair, ['incident', 'open', '--db', db, '--title', 'Example CA: Some-State in ST',
  '--aware-at', '2026-01-05T10:00:00Z', '--source', 'self']).toString().trim();
execFileSync(cair, ['incident', 'note', id, '--db', db, '--at', '2026-01-06T09:00:00Z',
  '--text', 'Root cause: template default ST'], { stdio: 'ignore' });

const { check, done } = checker();
const { server, url } = await startServe(cair, ['--db', db, '--now', now]);
const browser = await launchChromium(pwDir);
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
  check(false, e.message);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(done());
