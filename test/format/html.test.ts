import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, htmlFormatter, indexEntry, paragraphsOf, renderIndex, renderPage } from '../../src/format/html.js';
import { sha256Base64 } from '../../src/format/sha256.js';
import { plainStyle } from '../../src/format/style.js';
import type { FormatOptions } from '../../src/format/types.js';
import { SAMPLE_TEXT, attribution, claim, document, entity, quantity, sampleArticle } from './sample.js';

const options: FormatOptions = { explain: false, style: plainStyle, multiple: false };

const unescape = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The article text a reader sees: the text section without our own additions (claim links, badges, screen-reader notes). */
function visibleText(page: string): string[] {
  const section = page.slice(page.indexOf('<section class="text"'), page.indexOf('</section>'));
  return section.split('\n').slice(1)
    .map((line) => line.replace(/<a class="cid"[^>]*>.*?<\/a>/g, '').replace(/ ?<span class="badge[^>]*>[^<]*<\/span>/g, '').replace(/<span class="sr">[^<]*<\/span>/g, ''))
    .map((line) => unescape(line.replace(/<[^>]*>/g, '')))
    .filter((line) => line !== '');
}

/** Opening and closing tags pair up (our output has no void elements in the body but meta). */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>/g)) {
    if (name === 'meta' || name === 'br') continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('html report', () => {
  it('shows the article as written, paragraph by paragraph', () => {
    const page = renderPage(sampleArticle(), options);
    const paragraphs = paragraphsOf(SAMPLE_TEXT).map((p) => SAMPLE_TEXT.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(4);
    expect(visibleText(page)).toEqual(paragraphs);
    expect(page).toContain('<h1 id="a1-title">Chipmaker weighs a new plant in Saxony</h1>');
    expect(balanced(page)).toBe(true);
  });

  it('colors claims and attributions by source type and marks denials, refusals and unsourced figures', () => {
    const page = renderPage(sampleArticle(), options);
    expect(page).toContain('<span class="claim t-anonymous" id="a1-c1"');
    expect(page).toMatch(/<span class="attr t-anonymous asserts"[^>]*><span class="src t-anonymous">three people familiar with the plans<\/span> said<\/span>/);
    expect(page).toMatch(/<span class="attr t-spokesperson denies"[^>]*>.*denied<\/span><span class="badge denies">denied<\/span>/);
    expect(page).toMatch(/comment<\/span><span class="badge declines">did not respond<\/span>/);
    expect(page).toMatch(/<mark class="fig unsourced"[^>]*>more than 4,000 people<span class="sr"> \(unsourced figure\)<\/span><\/mark>/);
    expect(page).toMatch(/<mark class="fig"[^>]*>€2\.5 billion<\/mark>/);
    expect(page).toMatch(/<span class="ent"[^>]*>Orbital Semiconductors<\/span>/);
  });

  it('lists every claim with its source line, linked both ways to the text', () => {
    const page = renderPage(sampleArticle(), options);
    expect(page).toContain('<p class="summary">4 claims sourced: 1 anonymous (3 people), 1 spokesperson (denied), 1 organization did not respond, 1 media report · 1 figure unsourced</p>');
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) {
      expect(page).toContain(`<li id="a1-li-${id}"`);
      expect(page).toContain(`href="#a1-${id}"`);
      expect(page).toContain(`href="#a1-li-${id}"`);
      expect(page).toContain(`id="a1-${id}"`);
    }
    expect(page).toContain('<span class="who">3 anonymous sources</span> — reported');
    expect(page).toContain('<span class="who">Orbital spokesperson Lena Brandt</span> — <span class="badge denies">denied</span>');
    expect(page).toContain('<span class="who">no source</span>');
    expect(page).toContain('<span class="unsourced">Unsourced figures:</span> more than 4,000 people');
  });

  it('names rule ids on hover only with --explain', () => {
    expect(renderPage(sampleArticle(), options)).not.toContain('rule:');
    const explained = renderPage(sampleArticle(), { ...options, explain: true });
    expect(explained).toContain('title="3 anonymous sources — reported&#10;rule: en.anonymous.familiar-with"');
    expect(explained).toContain('rule: test.money');
  });

  it('escapes HTML-like article text and allows no script by its policy', () => {
    const text = 'Tags <b>bold</b> & <script>alert(1)</script> "quoted" it\'s\n\n<img src=x onerror=alert(2)> rose 5 percent.\n';
    const doc = document(text, {
      source: 'a<b>.txt',
      title: 'Tags <b>bold</b> & <script>alert(1)</script> "quoted" it\'s',
      claims: [claim(text, 'c1', '<img src=x onerror=alert(2)> rose 5 percent.', { quantities: [quantity(text, '5 percent', 5, 'percent')] })],
    });
    const page = renderPage({ text, doc }, options);
    expect(page).not.toMatch(/<script|<img|<b>/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<span class="file">a&lt;b&gt;.txt</span>');
    expect(visibleText(page)).toEqual(['Tags <b>bold</b> & <script>alert(1)</script> "quoted" it\'s', '<img src=x onerror=alert(2)> rose 5 percent.']);
    expect(contentSecurityPolicy()).toContain("script-src 'none'");
    expect(contentSecurityPolicy()).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(page).toContain(`style-src 'sha256-${sha256Base64(style)}'`);
  });

  it('marks every source of a shared phrase and badges it once', () => {
    const text = 'Neither Acme nor Globex responded to requests.';
    const phrase = 'Neither Acme nor Globex responded';
    const src = (name: string) => ({ text: name, type: 'organization' as const, count: null, name: null, organization: name });
    const doc = document(text, {
      claims: [claim(text, 'c1', text, { attributions: [attribution(text, phrase, src('Acme'), 'declines'), attribution(text, phrase, src('Globex'), 'declines')] })],
    });
    const page = renderPage({ text, doc }, options);
    expect(page).toContain('<span class="attr t-organization declines" title="Acme — did not respond&#10;Globex — did not respond">Neither <span class="src t-organization">Acme</span> nor <span class="src t-organization">Globex</span> responded</span><span class="badge declines">did not respond</span> to requests.');
  });

  it('nests crossing highlights properly', () => {
    const text = 'Acme Chip 500 units were sold.';
    const doc = document(text, {
      entities: [entity(text, 'e1', 'Acme Chip 500', 'chip', ['Acme Chip 500'])],
      claims: [claim(text, 'c1', text, { entities: ['e1'], quantities: [quantity(text, '500 units', 500, 'units')] })],
    });
    const page = renderPage({ text, doc }, options);
    expect(balanced(page)).toBe(true);
    expect(page).toMatch(/<span class="ent"[^>]*>Acme Chip <mark class="fig unsourced"[^>]*>500<\/mark><\/span><mark class="fig unsourced"[^>]*> units<span class="sr">/);
  });

  it('writes one page for several articles, each with its own ids', () => {
    const o = { ...options, multiple: true };
    const page = htmlFormatter.begin(o) + htmlFormatter.document(sampleArticle(), 0, o) + htmlFormatter.document(sampleArticle(), 1, o) + htmlFormatter.end(2, o);
    expect(page.match(/<html/g)).toHaveLength(1);
    expect(page).toContain('<title>claims report</title>');
    expect(page).toContain('id="a1-c1"');
    expect(page).toContain('id="a2-c1"');
    expect(balanced(page)).toBe(true);
    const empty = htmlFormatter.begin(o) + htmlFormatter.end(0, o);
    expect(empty).toContain('<p>No articles.</p>');
    expect(balanced(empty)).toBe(true);
  });
});

describe('html index', () => {
  it('lists articles with their summaries and links to their pages', () => {
    const { doc } = sampleArticle();
    const page = renderIndex([indexEntry(doc, 'en/sample.html'), { path: 'de/a b#1.html', title: null, source: 'de/<a>.txt', summary: '0 claims sourced · 0 figures unsourced' }]);
    expect(page).toContain('<title>claims: 2 articles</title>');
    expect(page).toContain('<a href="en/sample.html">Chipmaker weighs a new plant in Saxony</a><div class="file">fixtures/en/sample.txt</div>');
    expect(page).toContain('<td>4 claims sourced: 1 anonymous (3 people), 1 spokesperson (denied), 1 organization did not respond, 1 media report · 1 figure unsourced</td>');
    expect(page).toContain('<a href="de/a%20b%231.html">de/&lt;a&gt;.txt</a>');
    expect(balanced(page)).toBe(true);
  });
});
