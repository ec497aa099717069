import { describe, expect, it } from 'vitest';
import { decode } from '../../src/stages/decode.js';
import { decodeCharacterReferences, htmlPublished, htmlToText, looksLikeHtml } from '../../src/stages/html-text.js';
import { extractArticle } from '../../src/cli/article.js';
import { extract, allSpans } from '../helpers/extract.js';

const PAGE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Chipfabrik | Beispielzeitung</title>
<style>p { color: red } </style><script>var teaser = "<p>Nvidia kauft Intel für 1 Billion Euro</p>";</script></head>
<body><nav><a href="/">Start</a> · <a href="/tech">Tech</a></nav>
<article>
  <h1>Nvidia baut ein Werk in Sachsen</h1>
  <p>Der Konzern <b>Nvidia</b> will  dort
  5&nbsp;Milliarden Euro investieren, sagte ein Sprecher am Montag.</p>
  <p>&bdquo;Wir sind &uuml;berzeugt&ldquo;, so der Chef &#8211; und &#x201E;bald&#x201C; folgt mehr.<br>Eine zweite Zeile.</p>
  <aside>Anzeige: Jetzt Abo abschließen!</aside>
  <form><button>Teilen</button></form>
</article>
<footer>© 2024 Beispielzeitung</footer>
</body></html>`;

describe('HTML input', () => {
  it('takes the article text: headline and paragraphs, no tags, scripts, styles, navigation, ads or footers', () => {
    expect(htmlToText(PAGE)).toBe(
      'Nvidia baut ein Werk in Sachsen\n\n'
      + 'Der Konzern Nvidia will dort 5\u00a0Milliarden Euro investieren, sagte ein Sprecher am Montag.\n\n'
      + '„Wir sind überzeugt“, so der Chef – und „bald“ folgt mehr.\nEine zweite Zeile.\n',
    );
  });

  it('decodes an .html file to its article text and warns that offsets refer to that text', () => {
    const { text, warnings } = decode(Buffer.from(PAGE), { path: 'seite.html' });
    expect(text.startsWith('Nvidia baut ein Werk in Sachsen\n')).toBe(true);
    expect(warnings).toEqual(['input is HTML; offsets refer to the article text extracted from it']);
  });

  it('recognizes HTML without the file ending when it clearly is HTML', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('<!-- saved page -->\n<html><body><p>Text</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>Der Konzern wächst.</p>\n<p>Sagte er.</p>')).toBe(true);
    expect(decode(Buffer.from(PAGE), { path: '-' }).warnings).toHaveLength(1);
  });

  it('leaves plain text that mentions tags or compares numbers alone', () => {
    expect(looksLikeHtml('Der Umsatz stieg um 5 Prozent, wenn x < 3 und y > 2.')).toBe(false);
    expect(looksLikeHtml('Die Firma nutzt <div>-Elemente auf ihrer Webseite.')).toBe(false);
    expect(looksLikeHtml('Nur Text, keine Tags.', 'artikel.html')).toBe(false);
  });

  it('finds claims in the article text with spans true to it, and none in scripts or menus', async () => {
    const { text } = decode(Buffer.from(PAGE), { path: 'seite.html' });
    const doc = await extract(text, 'de');
    expect(doc.title).toBe('Nvidia baut ein Werk in Sachsen');
    for (const span of allSpans(doc)) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(doc.claims.map((c) => c.text).join(' ')).not.toMatch(/[<>]|Intel|Abo|Start/);
  });

  it('takes the publication day from the meta data of a page whose article text names none', async () => {
    const meta = PAGE.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta content="2024-03-07T09:30:00+01:00" property="article:published_time">');
    const decoded = decode(Buffer.from(meta), { path: 'seite.html' });
    expect(decoded.published).toBe('2024-03-07');
    const doc = await extractArticle(Buffer.from(meta), 'seite.html', { lang: 'de' });
    expect(doc.doc.published).toBe('2024-03-07');
    const ld = PAGE.replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-30T18:00:00Z"}</script></head>');
    expect(htmlPublished(ld)).toBe('2023-11-30');
    expect(htmlPublished(PAGE)).toBeNull();
    expect(htmlPublished('<meta name="date" content="someday">')).toBeNull();
    expect(decode(Buffer.from('Titel\n\n<meta property="article:published_time" content="2024-01-01"> ist ein Tag.\n'), { path: 'a.txt' }).published).toBeNull();
  });

  it('uses the largest of several articles, and the page headline when the article has none', () => {
    const page = '<html><head><title>Chips &amp; Co</title></head><body>'
      + '<article><p>Kurzer Anriss.</p></article>'
      + '<article><p>Der lange Text über die Fabrik, die 300 Menschen beschäftigt.</p><p>Noch ein Absatz.</p></article>'
      + '</body></html>';
    expect(htmlToText(page)).toBe('Chips & Co\n\nDer lange Text über die Fabrik, die 300 Menschen beschäftigt.\n\nNoch ein Absatz.\n');
  });

  it('survives broken markup: unclosed tags, a tag cut off at the end, stray "<", unclosed comments and scripts', () => {
    expect(htmlToText('<p>Eins <b>zwei<p>drei < vier <a href="x')).toBe('Eins zwei\n\ndrei < vier\n');
    expect(htmlToText('<div>Text<!-- nie geschlossen')).toBe('Text\n');
    expect(htmlToText('<div>Text</div><script>while(1){}')).toBe('Text\n');
    expect(htmlToText('<p title="a > b">Wert</p>')).toBe('Wert\n');
    expect(htmlToText('')).toBe('');
  });

  it('keeps preformatted text as it is', () => {
    expect(htmlToText('<p>Tabelle:</p><pre>A   1\nB   2</pre>')).toBe('Tabelle:\n\nA   1\nB   2\n');
  });

  it('decodes named, decimal and hexadecimal character references, and leaves unknown ones', () => {
    expect(decodeCharacterReferences('&Uuml;bernahme &amp; Co &euro;5 &#228;&#xE4; &#150; &#0; &unknown; AT&T')).toBe(
      'Übernahme & Co €5 ää – \ufffd &unknown; AT&T',
    );
  });
});
