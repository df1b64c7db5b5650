// What the page tests of tests/browser/ share: `cair serve` on a free
// loopback port, Debian's chromium through playwright-core, and the
// "ok/FAIL what" lines ending in "N passed, M failed".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function checker() {
  let passed = 0, failed = 0;
  return {
    check(ok, what) {
      if (ok) passed++; else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    },
    // Prints the summary; the process's exit code.
    done() {
      console.log(`${passed} passed, ${failed} failed`);
      return failed ? 1 : 0;
    },
  };
}

// `cair serve --listen 127.0.0.1:0 ARGS...`: { server, url } once it listens.
export async function startServe(cair, args) {
  const server = spawn(cair, ['serve', '--listen', '127.0.0.1:0', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
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
  return { server, url };
}

// Headless chromium ($CHROMIUM, else /usr/bin/chromium) with the
// playwright-core found in PW_DIR/node_modules.
export async function launchChromium(pwDir) {
  const { chromium } = createRequire(join(pwDir, 'package.json'))('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox'] });
}
