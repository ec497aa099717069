// Renders the HTML report of a fixture article and saves the README's
// screenshot (docs/report.png) with Debian's chromium through playwright-core.
//   npm run build && node scripts/report-screenshot.mjs [article] [out.png] [light|dark]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [article = 'fixtures/de/chip-export.txt', out = 'docs/report.png', colorScheme = 'light'] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'claims-screenshot-'));
try {
  const page = join(work, 'report.html');
  writeFileSync(page, execFileSync(process.execPath, [join(root, 'bin/claims.js'), '--format', 'html', article], { cwd: root }));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 760 },
    colorScheme,
  });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  mkdirSync(dirname(resolve(root, out)), { recursive: true });
  await tab.screenshot({ path: resolve(root, out) });
  await context.close();
  console.log(`${out}: the report of ${article}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
