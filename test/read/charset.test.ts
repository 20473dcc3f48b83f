import { describe, expect, it } from 'vitest';
import { isUtf8 } from 'node:buffer';
import { readdirSync } from 'node:fs';
import { extract } from '../../src/index.js';
import type { ExtractOptions } from '../../src/index.js';
import { dropRawTextBodies } from '../../src/read/raw-text.js';
import { fixtureBytes, fixturePath, fixtureText } from '../helpers.js';

/**
 * Article pages stored as raw bytes in legacy and mislabelled charsets, decoded end to end by
 * extract(). The pages and expected.json (the strings each page was encoded from) are written by
 * scripts/make-charset-fixtures.mjs; re-run it after changing a story.
 */

const DIR = 'charsets';

interface Expected {
  encoding: string;
  transport?: string;
  headline: string;
  sentences: string[];
  paragraphs: string[];
}

const EXPECTED = JSON.parse(fixtureText(`${DIR}/expected.json`)) as Record<string, Expected>;

interface CharsetCase {
  name: string;
  file: string;
  options?: ExtractOptions;
  /** The bytes are valid UTF-8 (then UTF-8 must win over any declaration). */
  utf8: boolean;
  /** The declaration the page carries, matched in its bytes read as latin1; null: none at all. */
  declares: RegExp | null;
  /** An undeclared windows-1252 page: 0x80–0x9F must come out as punctuation, not C1 controls. */
  cp1252?: boolean;
}

const CASES: CharsetCase[] = [
  { name: 'Simplified Chinese in GBK, <meta charset>', file: '01-gbk.html', utf8: false, declares: /<meta charset="gbk">/ },
  { name: 'Traditional Chinese in Big5, http-equiv', file: '02-big5.html', utf8: false, declares: /content="text\/html; charset=big5"/ },
  { name: 'Japanese in Shift_JIS, http-equiv', file: '03-shift_jis.html', utf8: false, declares: /content="text\/html; charset=Shift_JIS"/ },
  { name: 'Korean in EUC-KR, <meta charset>', file: '04-euc-kr.html', utf8: false, declares: /<meta charset="euc-kr">/ },
  { name: 'Russian in windows-1251, <meta charset>', file: '05-windows-1251.html', utf8: false, declares: /<meta charset="windows-1251">/ },
  { name: 'Russian in KOI8-R, http-equiv', file: '06-koi8-r.html', utf8: false, declares: /content="text\/html; charset=koi8-r"/ },
  { name: 'French in windows-1252, undeclared', file: '07-windows-1252-undeclared.html', utf8: false, declares: null, cp1252: true },
  { name: 'Greek in UTF-16LE with a BOM', file: '08-utf-16le-bom.html', utf8: false, declares: null },
  { name: 'Greek in UTF-16BE with a BOM', file: '08-utf-16be-bom.html', utf8: false, declares: null },
  { name: 'Polish in UTF-8 declared iso-8859-1', file: '09-utf-8-declared-latin1.html', utf8: true, declares: /content="text\/html; charset=iso-8859-1"/ },
  { name: 'Russian in windows-1251, <meta charset> after byte 1024', file: '10-windows-1251-late-meta.html', utf8: false, declares: /<meta charset="windows-1251">/ },
  {
    name: 'Russian in windows-1251 declared koi8-r, transport charset windows-1251',
    file: '11-windows-1251-declared-koi8-r.html',
    options: { charset: 'windows-1251' },
    utf8: false,
    declares: /<meta charset="koi8-r">/,
  },
];

const C1 = /[\u0080-\u009f]/u;
/** What windows-1252 puts at 0x80–0x9F and the French page uses. */
const CP1252_PUNCTUATION = ['“', '”', '–', '—', '€', '’', '…', 'œ'];

const latin1 = (bytes: Buffer) => bytes.toString('latin1');
const run = (c: CharsetCase) => extract(fixtureBytes(`${DIR}/${c.file}`), { source: c.file, ...c.options });

describe('charset fixtures', () => {
  it('has one case per page and one page per case', () => {
    const pages = readdirSync(fixturePath(DIR)).filter((f) => f.endsWith('.html')).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(pages);
    expect(CASES.map((c) => c.file).sort()).toEqual(pages);
  });

  it.each(CASES)('$file is what it claims to be', (c) => {
    const bytes = fixtureBytes(`${DIR}/${c.file}`);
    const expected = EXPECTED[c.file]!;
    expect(expected.transport).toBe(c.options?.charset);
    expect(isUtf8(bytes)).toBe(c.utf8);
    if (expected.encoding.startsWith('utf-16')) {
      expect([...bytes.subarray(0, 2)]).toEqual(expected.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    } else if (c.declares) {
      expect(latin1(bytes)).toMatch(c.declares);
      // one declaration, not a second one that could be what is really read
      expect(latin1(bytes).match(/charset=/gi)).toHaveLength(1);
    } else {
      expect(latin1(bytes)).not.toMatch(/charset|encoding=/i);
    }
  });

  it('the undeclared windows-1252 page uses bytes 0x80–0x9F', () => {
    const bytes = fixtureBytes(`${DIR}/07-windows-1252-undeclared.html`);
    const high = new Set([...bytes].filter((b) => b >= 0x80 && b <= 0x9f));
    // ’ “ ” – — … € œ
    expect([...high].sort((a, b) => a - b)).toEqual([0x80, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c]);
  });

  it('the late <meta charset> stays beyond byte 1024 after script and style bodies are cut', () => {
    const bytes = fixtureBytes(`${DIR}/10-windows-1251-late-meta.html`);
    expect(bytes.indexOf('<meta charset=')).toBeGreaterThan(1024);
    expect(Buffer.from(dropRawTextBodies(bytes)).indexOf('<meta charset=')).toBeGreaterThan(1024);
    // and no other `charset` comes first
    expect(latin1(bytes).indexOf('charset')).toBe(bytes.indexOf('<meta charset=') + '<meta '.length);
  });
});

describe('extract() decodes legacy and mislabelled charsets', () => {
  it.each(CASES)('$name', (c) => {
    const expected = EXPECTED[c.file]!;
    const result = run(c);
    expect(result.inputFormat).toBe('html');
    expect(result.title).toBe(expected.headline);
    expect(result.text).not.toContain('\uFFFD');
    for (const sentence of expected.sentences) expect(result.text).toContain(sentence);
    for (const paragraph of expected.paragraphs) expect(result.text).toContain(paragraph);
    if (c.cp1252) {
      expect(result.text).not.toMatch(C1);
      expect(result.title).not.toMatch(C1);
      for (const ch of CP1252_PUNCTUATION) expect(result.text).toContain(ch);
    }
  });

  it('UTF-16LE and UTF-16BE give the same result', () => {
    const le = run(CASES.find((c) => c.file === '08-utf-16le-bom.html')!);
    const be = run(CASES.find((c) => c.file === '08-utf-16be-bom.html')!);
    expect(be.text).toBe(le.text);
    expect(be.title).toBe(le.title);
  });

  it('without the transport charset the page is read in its declared koi8-r, so the option is what decides', () => {
    const c = CASES.find((x) => x.file === '11-windows-1251-declared-koi8-r.html')!;
    const expected = EXPECTED[c.file]!;
    const result = run({ ...c, options: {} });
    expect(result.title).not.toBe(expected.headline);
    expect(result.text).not.toContain(expected.sentences[0]);
  });
});
