/**
 * The report in a real browser: Debian's chromium driven by playwright-core.
 * Renders the seed article and an article full of HTML-like text through the
 * CLI, then checks the highlights, click-to-scroll both ways, that nothing
 * from the article ran, and that a screenshot has the page's size and content.
 * Skips with a printed reason when chromium is absent (a fresh clone);
 * .ci/run installs it and sets CLAIMS_REQUIRE_CHROMIUM so that CI cannot skip.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import type { ClaimsDocument } from '../../src/types.js';
import { fakeIo } from '../helpers/io.js';
import { describeShared, repoRoot, sharedDir } from '../helpers/shared.js';
import { scratchDir } from '../helpers/scratch.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1280, height: 800 };

const HTML_LIKE_ARTICLE = `Markup <b>test</b>: Nvidia <script>alert(1)</script> shipments fall

Nvidia shipped 40 percent fewer chips to China in the quarter, two people familiar with the matter said. <img src=x onerror="window.pwned=2"> Huawei sold more than 300,000 processors, according to Reuters.

<script>window.pwned = 1; document.title = 'pwned';</script> Alibaba ordered chips worth $1.2 billion, the people said.
`;

const work = scratchDir('e2e');
/** Screenshots stay after the run for people (and CI artifacts) to look at. */
const screenshots = join(repoRoot, 'test-results');
let context: BrowserContext | undefined;

async function runCli(args: string[]): Promise<string> {
  const io = fakeIo();
  expect(await main(args, io)).toBe(0);
  return io.out();
}

/** The page and the document of one article, both through the CLI. */
async function render(path: string, name: string): Promise<{ url: string; doc: ClaimsDocument }> {
  const html = await runCli(['--format', 'html', path]);
  const doc = JSON.parse(await runCli(['--format', 'json', path])) as ClaimsDocument;
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  return { url: pathToFileURL(file).href, doc };
}

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
  requests: string[];
}

async function open(url: string, viewport = VIEWPORT): Promise<Opened> {
  const page = await context!.newPage();
  await page.setViewportSize(viewport);
  const opened: Opened = { page, errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') opened.errors.push(m.text()); });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('dialog', (d) => { opened.dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => opened.requests.push(r.url()));
  await page.goto(url);
  return opened;
}

const inViewport = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  });

/** The article's words inside an element, without the report's own additions (claim numbers, badges, screen-reader notes). */
const articleText = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.cid, .badge, .sr').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });

/** Every claim, figure and attribution of the document is highlighted in the text with its own words. */
async function expectHighlights(page: Page, doc: ClaimsDocument): Promise<void> {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  expect(doc.claims.length).toBeGreaterThan(0);
  for (const claim of doc.claims) {
    const shown = await articleText(page, `#a1-${claim.id}`);
    expect(norm(shown), claim.id).toBe(norm(claim.text));
    expect(await page.locator(`#a1-li-${claim.id} .sources`).textContent()).not.toBe('');
  }
  const figures = await page.$$eval('.text mark.fig', (els) => els.map((e) => (e.firstChild?.textContent ?? '')));
  for (const f of doc.claims.flatMap((c) => [...c.quantities, ...c.money])) expect(figures.join('|')).toContain(f.text);
  const attributions = await page.$$eval('.text .attr', (els) => els.map((e) => e.textContent ?? ''));
  for (const a of doc.claims.flatMap((c) => c.attributions).filter((a) => !a.inherited)) expect(attributions.join('|')).toContain(a.text);
  // the stylesheet passed the Content-Security-Policy: highlights have their colors
  expect(await page.$eval('.cid', (el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
}

/** Clicking a claim in the panel brings it into view in the text; its number leads back to the panel. */
async function expectClickToScroll(page: Page, doc: ClaimsDocument): Promise<void> {
  const last = doc.claims.at(-1)!.id;
  const first = doc.claims[0]!.id;
  await page.locator(`#a1-li-${last} a.goto`).scrollIntoViewIfNeeded();
  await page.locator(`#a1-li-${last} a.goto`).click();
  await page.waitForFunction((hash) => location.hash === hash, `#a1-${last}`);
  await expect.poll(() => inViewport(page, `#a1-${last}`)).toBe(true);
  await page.locator(`#a1-${last} a.cid`).click();
  await page.waitForFunction((hash) => location.hash === hash, `#a1-li-${last}`);
  await expect.poll(() => inViewport(page, `#a1-li-${last}`)).toBe(true);
  await page.locator(`#a1-li-${first} a.goto`).scrollIntoViewIfNeeded();
  await page.locator(`#a1-li-${first} a.goto`).click();
  await expect.poll(() => inViewport(page, `#a1-${first}`)).toBe(true);
}

/** Tab reaches the skip link, Enter jumps to the panel, the first claim's link leads into the text, and Tab goes on from there. */
async function expectKeyboardPath({ page }: Opened, doc: ClaimsDocument): Promise<void> {
  const first = doc.claims[0]!.id;
  const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Skip to the claims');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#a1-panel');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(new RegExp(`^${first} `));
  await page.keyboard.press('Enter');
  await page.waitForFunction((hash) => location.hash === hash, `#a1-${first}`);
  await page.keyboard.press('Tab');
  expect(await focused()).toBe(first);
  await page.close();
}

/** The PNG's pixel size from its header, and that it is big enough to hold a rendered page rather than a blank one. */
function expectScreenshot(path: string, viewport = VIEWPORT): void {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(viewport);
  expect(png.length).toBeGreaterThan(30_000);
  console.log(`screenshot: ${path} (${png.length} bytes)`);
}

const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && !process.env.CLAIMS_REQUIRE_CHROMIUM) console.warn(`skipping the browser test: ${CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)`);
const describeBrowser = chromiumMissing && !process.env.CLAIMS_REQUIRE_CHROMIUM ? describe.skip : describe;

describeBrowser('html report in chromium', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required here (CLAIMS_REQUIRE_CHROMIUM is set)`).toBe(true);
    context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: VIEWPORT });
  });
  afterAll(async () => {
    // Closed before the scratch helper removes `work` (it holds the browser profile).
    await context?.close();
  });

  it('shows HTML-like article text as text and runs none of it', async () => {
    const path = join(work, 'html-like.txt');
    writeFileSync(path, HTML_LIKE_ARTICLE);
    const { url, doc } = await render(path, 'html-like');
    const { page, errors, dialogs, requests } = await open(url);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.$$eval('script, img, b', (els) => els.length)).toBe(0);
    const text = await articleText(page, '.text');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<b>test</b>');
    expect(text).toContain('<img src=x onerror="window.pwned=2">');
    await expectHighlights(page, doc);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    const shot = join(screenshots, 'report-html-like.png');
    await page.screenshot({ path: shot });
    expectScreenshot(shot);
    await page.close();
  });

  describeShared('the seed article', () => {
    it('highlights every claim, scrolls between panel and text, and is keyboard usable', async () => {
      const { url, doc } = await render(join(sharedDir, 'seeds/bytedance-huawei-ascend.de.txt'), 'seed');
      const wide = await open(url);
      await expectHighlights(wide.page, doc);
      await expectClickToScroll(wide.page, doc);
      await expectKeyboardPath(await open(url), doc);
      const shot = join(screenshots, 'report-seed.png');
      await wide.page.screenshot({ path: shot });
      expectScreenshot(shot);
      expect(wide.errors).toEqual([]);
      expect(wide.requests).toEqual([url]);
      await wide.page.close();

      // on a phone the panel is a section under the text
      const narrow = await open(url, { width: 420, height: 800 });
      const [text, panel] = await Promise.all(['.text', '.panel'].map((s) => narrow.page.$eval(s, (el) => el.getBoundingClientRect().top)));
      expect(panel!).toBeGreaterThan(text!);
      await expectClickToScroll(narrow.page, doc);
      await narrow.page.close();
    });
  });
});
