// The "Revocation health" pages of `cair serve` in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core), over a store that
// `cair monitor run --once` filled (tests/monitor_test.cc prepares it): one
// CRL URL publishing the CA's CRL, one answering HTTP 500, and a correct OCSP
// responder. The issuer is shown failing (red), its page shows the failing URL
// red and the others green, the findings by kind, and /metrics the gauges.
//
//   node tests/browser/revocation.mjs CAIR_BINARY DB ISSUER PLAYWRIGHT_CORE_DIR
//
// Prints "N passed, M failed"; exit 0 only when every check passed.
import { checker, launchChromium, startServe } from './harness.mjs';

const [cair, db, issuer, pwDir] = process.argv.slice(2);
if (!pwDir) {
  console.error('usage: node revocation.mjs CAIR_BINARY DB ISSUER PLAYWRIGHT_CORE_DIR');
  process.exit(2);
}
const { check, done } = checker();
async function red(locator) {
  const bg = await locator.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  return r > g && r > b;
}
async function green(locator) {
  const bg = await locator.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  return g > r && g > b;
}

const { server, url } = await startServe(cair, ['--db', db]);
const browser = await launchChromium(pwDir);
try {
  const page = await browser.newPage();
  const response = await page.goto(url + '/');
  check(response.status() === 200, 'GET / answers 200');
  await page.locator('header a[href="/revocation"]').click();
  await page.waitForURL('**/revocation');
  check((await page.locator('h1').innerText()).includes('Revocation health'), 'the header links to the Revocation health page');
  const row = page.locator('#issuers tr.health', { hasText: issuer });
  check(await row.count() === 1, `the issuer ${issuer} has one row`);
  check((await row.getAttribute('class')).split(' ').includes('failing'), 'its row has the CSS class failing');
  check(await red(row), 'it is shown in red');

  await row.locator('a.issuer-link').click();
  await page.waitForURL('**/revocation?issuer=*');
  check((await page.locator('h1').innerText()).includes(issuer), 'the issuer link opens the issuer\'s page');
  const bad = page.locator('#crl-urls tr.health[data-url$="/500"]');
  check(await bad.count() === 1, 'the CRL URL answering 500 has a row');
  check((await bad.locator('.state').innerText()).trim() === 'failing', 'it reads "failing"');
  check(await red(bad), 'it is shown in red');
  check((await bad.innerText()).includes('HTTP 500'), 'its latest result says HTTP 500');
  const good = page.locator('#crl-urls tr.health[data-url$="/ca.crl"]');
  check((await good.locator('.state').innerText()).trim() === 'ok', 'the CRL URL publishing the CRL reads "ok"');
  check(await green(good), 'it is shown in green');
  check((await good.innerText()).includes('ago'), 'its CRL\'s thisUpdate is shown with its age');
  const responder = page.locator('#responders tr.health');
  check(await responder.count() === 1 && (await responder.locator('.state').innerText()).trim() === 'ok',
    'the responder reads "ok"');
  check(await page.locator('#findings tr[data-kind="crl-http-error"]').count() === 1,
    'the findings by kind list crl-http-error');

  const metrics = await (await fetch(url + '/metrics')).text();
  check(/cair_monitor_up\{kind="crl",issuer="[^"]*",url="[^"]*\/500"\} 0/.test(metrics), '/metrics: the 500 URL is down');
  check(/cair_monitor_crl_age_seconds\{issuer="[^"]*",url="[^"]*\/ca\.crl"\} \d+/.test(metrics), '/metrics: CRL age');
  check(/cair_monitor_ocsp_latency_seconds\{issuer="[^"]*",url="[^"]*"\} [0-9.e-]+/.test(metrics), '/metrics: OCSP latency');
  check(/cair_monitor_last_success_timestamp_seconds\{kind="ocsp"/.test(metrics), '/metrics: last successful fetch');
  check(/cair_monitor_findings\{issuer="[^"]*",kind="crl-http-error",severity="error"\} 1/.test(metrics),
    '/metrics: findings by kind');
  const missing = await page.goto(url + '/revocation?issuer=' + encodeURIComponent('CN=Nobody'));
  check(missing.status() === 404, 'an issuer never observed is 404');
} catch (e) {
  check(false, e.message);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exit(done());
