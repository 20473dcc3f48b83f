import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'commonmark';
import { extract, ExtractError } from '../src/index.js';
import type { ExtractResult } from '../src/index.js';
import { decodeBytes, gunzipIfNeeded } from '../src/read/decode.js';
import { tokens } from './helpers.js';

/**
 * `entities` comes with htmlparser2; if it is ever missing, generated strings carry no `&` so
 * that no entity needs decoding.
 */
const entities = (await import('entities').catch(() => null)) as { decodeHTML(s: string): string } | null;
const decodeHTML = entities ? entities.decodeHTML : (s: string) => s;

/** What the segmenters strip from text, documented as removed: controls and invisible glue. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
/** Lynx artefacts the text path removes (they may sit inside a word: `foo[1]bar`, `a___b`). */
const LYNX = /\(BUTTON\)|\[(?:INS|DEL|IMG|image|[^\]\s]{1,80}\.(?:jpe?g|png|gif|svg|webp))[^\]]{0,40}\]|\[\d{1,5}\]|_{3,}/gi;

/** Elements whose content never shows: dropping one joins the text on either side. */
const HIDDEN_ELEMENT = /<(script|style|noscript|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Every way the input may legitimately be read: as is, entity-decoded, with tags removed (inline
 * markup joins the text on either side), without invisible characters, without lynx artefacts.
 */
function inputViews(input: string): string[] {
  const bases = [input, decodeHTML(input)];
  for (const html of [input, input.replace(HIDDEN_ELEMENT, '')]) {
    // `<d<b>` is one (odd) tag to an HTML parser; both readings are allowed
    for (const tag of [/<[^<>]*>/g, /<[^>]*>/g, /<(?:"[^"]*"|'[^']*'|[^'">])*>/g]) {
      for (const glue of ['', ' ']) {
        // entities are decoded in each text node (`&#82<b>20;` is `R20`), so both orders are allowed
        bases.push(decodeHTML(html.replace(tag, glue)), decodeHTML(html).replace(tag, glue));
      }
    }
  }
  const views = new Set<string>();
  for (const base of bases) {
    views.add(base);
    views.add(base.replace(INVISIBLE, ''));
    views.add(base.replace(LYNX, ' '));
    views.add(base.replace(INVISIBLE, '').replace(LYNX, ' '));
  }
  return [...views];
}

/** Extracts, treating ExtractError as "no result" and anything else as a failure of the property. */
function tryExtract(input: string | Uint8Array): ExtractResult | null {
  try {
    return extract(input);
  } catch (error) {
    if (error instanceof ExtractError) return null;
    throw error;
  }
}

/**
 * Output word tokens that occur in no reading of the input. A token may be part of a longer
 * input word (a segmenter may split where markup or a lynx mark stood), but two input words
 * joined into one, or a word from nowhere, are caught.
 */
function inventedTokens(result: ExtractResult, input: string): string[] {
  const views = inputViews(input);
  return [...new Set(tokens(result.text))].filter((t) => !views.some((v) => v.includes(t)));
}

/** FC_RUNS=5000 npx vitest run test/properties.test.ts searches harder; the default keeps the suite fast. */
const RUNS = Number(process.env.FC_RUNS ?? 150);
const SETTINGS = { numRuns: RUNS };

const unicodeString = fc.string({ unit: 'binary', maxLength: 400 });
const safeString = entities ? unicodeString : unicodeString.map((s) => s.replace(/&/g, ' '));

const VOCABULARY = [
  'the', 'council', 'voted', 'on', 'tuesday', 'to', 'expand', 'bus', 'network', 'adding', 'four', 'new', 'routes', 'that',
  'will', 'connect', 'eastern', 'suburbs', 'with', 'hospital', 'and', 'university', 'campus', 'officials', 'said', 'plan',
  'would', 'cost', 'about', 'twelve', 'million', 'dollars', 'over', 'three', 'years', 'most', 'of', 'money', 'come', 'from',
  'a', 'regional', 'transport', 'grant', 'residents', 'who', 'spoke', 'at', 'meeting', 'were', 'in', 'favour', 'although',
  'several', 'asked', 'why', 'not', 'run', 'late', 'evening', 'when', 'shift', 'workers', 'need', 'them', 'café', 'zürich',
];
const NAV_WORDS = ['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Culture', 'Travel', 'Subscribe', 'Sign in', 'Menu'];
const FOOTER_LINES = ['© 2024 Example News. All rights reserved.', 'Privacy policy', 'Terms of use', 'Contact us', 'Follow us on social media'];

const sentence = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 4, maxLength: 18 })
  .map((ws) => `${ws[0]!.charAt(0).toUpperCase()}${ws.join(' ').slice(1)}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
/** Story prose: several sentences of eight words or more. */
const storyParagraph = fc
  .array(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 8, maxLength: 20 }), { minLength: 3, maxLength: 5 })
  .map((ss) => ss.map((ws) => `${ws[0]!.charAt(0).toUpperCase()}${ws.join(' ').slice(1)}.`).join(' '));
const nav = fc.array(fc.constantFrom(...NAV_WORDS), { minLength: 0, maxLength: 8 })
  .map((items) => (items.length ? `<nav><ul>${items.map((i) => `<li><a href="/${i.toLowerCase()}">${i}</a></li>`).join('')}</ul></nav>` : ''));
const footer = fc.subarray(FOOTER_LINES).map((lines) => (lines.length ? `<footer>${lines.map((l) => `<p>${l}</p>`).join('')}</footer>` : ''));
const related = fc.array(sentence, { maxLength: 4 })
  .map((ls) => (ls.length ? `<aside class="related"><ul>${ls.map((l) => `<li><a href="/r">${l}</a></li>`).join('')}</ul></aside>` : ''));

const page = fc
  .record({
    title: sentence,
    nav,
    paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 8 }),
    heading: fc.option(sentence, { nil: null }),
    footer,
    related,
    wrapper: fc.constantFrom('article', 'div', 'main', 'section'),
  })
  .map(({ title, nav, paragraphs, heading, footer, related, wrapper }) => {
    const body = paragraphs.map((p) => `<p>${p}</p>`);
    if (heading && body.length > 1) body.splice(1, 0, `<h2>${heading}</h2>`);
    return `<!DOCTYPE html><html><head><title>${title}</title></head><body>${nav}<${wrapper}><h1>${title}</h1>${body.join('\n')}</${wrapper}>${related}${footer}</body></html>`;
  });

/** The same kinds of page as a flat text dump, one block a line. */
const dump = fc
  .record({ nav: fc.subarray(NAV_WORDS), paragraphs: fc.array(paragraph, { maxLength: 8 }), footer: fc.subarray(FOOTER_LINES) })
  .map(({ nav, paragraphs, footer }) => [...nav, '', ...paragraphs.flatMap((p) => [p, '']), ...footer].join('\n'));

/** Markup, entities, lynx marks, invisible characters and random text, to be sprinkled into prose. */
const noise = fc.oneof(
  fc.constantFrom('<b>', '</b>', '<a href="/x">', '</a>', '<br>', '<p>', '</p>', '<div class="share">', '</div>', '<li>', '<h2>', '</h2>',
    '<script>var x = "hidden";</script>', '&amp;', '&nbsp;', '&#8220;', '&lt;b&gt;', '&eacute;', '\n', '\n\n', '   * ', '[12]', '(BUTTON)',
    '[photo.jpg]', '___', '\u200B', '\u00AD', '\t', '23 hours ago', 'Share', 'ByteDance', 'iPhone', 'tariffsThe'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

/** Prose with noise inserted anywhere in the prose, even inside words (never inside other noise). */
const noisyParagraph = fc
  .tuple(paragraph, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 }))
  .map(([p, inserts]) => {
    const at = inserts.map(([n, text]) => [n % (p.length + 1), text] as const).sort((a, b) => b[0] - a[0]);
    let out = p;
    for (const [i, text] of at) out = out.slice(0, i) + text + out.slice(i);
    return out;
  });

/** Strings that look a little like pages or dumps: prose blocks and noise, as text or in tags. */
const pageish = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: noisyParagraph, weight: 3 }, { arbitrary: noise, weight: 1 }), { maxLength: 14 }),
    fc.constantFrom('\n\n', '\n', ' ', '</p><p>', '<br>'),
    fc.boolean(),
  )
  .map(([parts, sep, document]) => {
    const body = parts.join(sep);
    return document ? `<!DOCTYPE html><html><body><article><p>${body}</p></article></body></html>` : body;
  });

/** The text a reader of the Markdown sees: its words as CommonMark renders them, escapes undone. */
function markdownText(markdown: string): string {
  const words: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const { literal, type } = step.node;
    if (step.entering && literal !== null && (type === 'text' || type === 'code' || type === 'code_block')) words.push(literal);
    else if (step.entering && (type === 'paragraph' || type === 'softbreak' || type === 'linebreak' || type === 'heading' || type === 'item')) words.push(' ');
  }
  return words.join('');
}

/** Counts how many runs of a property produced any text, so that no property passes vacuously. */
function counter() {
  let runs = 0;
  let withText = 0;
  return {
    see(result: ExtractResult | null) {
      runs++;
      if (result && result.text) withText++;
    },
    share: () => (runs ? withText / runs : 0),
  };
}

describe('the word oracle itself', () => {
  const fake = (text: string) => ({ text }) as ExtractResult;

  it('flags invented and joined words, allows entities, markup joins and lynx marks', () => {
    expect(inventedTokens(fake('foo barbaz qux'), 'foo bar baz')).toEqual(['barbaz', 'qux']);
    expect(inventedTokens(fake('fish & chips “now”'), 'fish &amp; chips &#8220;now&#8221;')).toEqual([]);
    expect(inventedTokens(fake('bold word'), '<b>bo</b>ld word')).toEqual([]);
    expect(inventedTokens(fake('read the report'), 'read the [12]report')).toEqual([]);
  });
});

describe('extract on arbitrary input', () => {
  it('never throws anything but ExtractError for unicode strings', () => {
    fc.assert(fc.property(unicodeString, (s) => {
      tryExtract(s);
    }), SETTINGS);
  });

  it('never throws anything but ExtractError for raw bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      tryExtract(bytes);
    }), SETTINGS);
  });

  it('never throws anything but ExtractError for page-like strings', () => {
    fc.assert(fc.property(pageish, (s) => {
      tryExtract(s);
    }), SETTINGS);
  });

  it('invents no words: unicode strings', () => {
    fc.assert(fc.property(safeString, (s) => {
      const result = tryExtract(s);
      if (result) expect(inventedTokens(result, s)).toEqual([]);
    }), SETTINGS);
  });

  it('invents no words: page-like strings', () => {
    const seen = counter();
    fc.assert(fc.property(pageish, (s) => {
      const result = tryExtract(s);
      seen.see(result);
      if (result) expect(inventedTokens(result, s)).toEqual([]);
    }), SETTINGS);
    expect(seen.share()).toBeGreaterThan(0.2);
  });

  it('invents no words: raw bytes (against the text they decode to)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const result = tryExtract(bytes);
      if (!result) return;
      const decoded = decodeBytes(gunzipIfNeeded(bytes));
      expect(inventedTokens(result, decoded)).toEqual([]);
    }), SETTINGS);
  });

  it('keeps markdown and text consistent: every text token is in the markdown', () => {
    fc.assert(fc.property(pageish, (s) => {
      const result = tryExtract(s);
      if (!result) return;
      const md = new Set(tokens(markdownText(result.markdown)));
      expect(tokens(result.text).filter((t) => !md.has(t))).toEqual([]);
      expect(result.stats.outputChars).toBe(result.text.length);
    }), SETTINGS);
  });
});

describe('extract on generated pages', () => {
  it('HTML pages: output words are page words, and no menu or footer lines', () => {
    const seen = counter();
    fc.assert(fc.property(page, (html) => {
      const result = tryExtract(html);
      seen.see(result);
      if (!result) return;
      expect(inventedTokens(result, html)).toEqual([]);
      const lines = result.text.split('\n');
      for (const junk of [...NAV_WORDS, ...FOOTER_LINES]) expect(lines).not.toContain(junk);
    }), { numRuns: Math.ceil(RUNS * 2 / 3) });
    expect(seen.share()).toBeGreaterThan(0.3);
  });

  it('text dumps: output words are dump words', () => {
    const seen = counter();
    fc.assert(fc.property(dump, (text) => {
      const result = tryExtract(text);
      seen.see(result);
      if (!result) return;
      expect(inventedTokens(result, text)).toEqual([]);
    }), { numRuns: Math.ceil(RUNS * 2 / 3) });
    expect(seen.share()).toBeGreaterThan(0.3);
  });

  it('a page read from bytes (scripts and styles cut before decoding) extracts as the same page read whole', () => {
    // NUL bytes make bytes binary (refused) but not a string: left out here
    const withScripts = fc.tuple(page, noise.filter((junk) => !junk.includes('\u0000')), fc.constantFrom('script', 'style', 'SCRIPT', 'Style')).map(([html, junk, tag]) => html.replace('</head>', `<${tag}>${junk}</p><p>${junk}</${tag}></head>`).replace('</h1>', `</h1><${tag} data-x="1">var x = "<p>";</${tag}>`));
    fc.assert(fc.property(withScripts, (html) => {
      const fromString = tryExtract(html);
      const fromBytes = tryExtract(Buffer.from(html, 'utf8'));
      expect(fromBytes?.text).toBe(fromString?.text);
      expect(fromBytes?.title).toBe(fromString?.title);
    }), { numRuns: Math.ceil(RUNS * 2 / 5) });
  });

  it('a page with a long story keeps its story', () => {
    fc.assert(fc.property(page, fc.uniqueArray(storyParagraph, { minLength: 4, maxLength: 6, selector: (p) => p.toLowerCase() }), (html, long) => {
      const withStory = html.replace('</h1>', `</h1>${long.map((p) => `<p>${p}</p>`).join('')}`);
      const result = extract(withStory);
      for (const p of long) expect(result.text).toContain(p);
    }), { numRuns: Math.ceil(RUNS * 2 / 5) });
  });
});

describe('content-free input', () => {
  // Regression: a dump with no line left after segmentation used to throw a TypeError from textCues.
  it.each([':', '   * ', '---', '[12]', '\u0000', '<html><body></body></html>'])('extract(%j) gives an empty result', (input) => {
    const result = extract(input);
    expect(result.text).toBe('');
    expect(result.markdown).toBe('');
    expect(result.stats.blocksKept).toBe(0);
  });
});
