import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { DecodeError, decodeBytes, decodedLength, gunzipIfNeeded, isGzip, latin1BytesToText, looksBinary, utf8AsLatin1 } from '../../src/read/decode.js';
import { extract, extractTrace, ExtractError } from '../../src/index.js';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeBytes', () => {
  it('takes valid UTF-8 over a wrong <meta charset>', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café “naïve” — 日本</p></body></html>';
    expect(decodeBytes(Buffer.from(page, 'utf8'))).toBe(page);
  });

  it('takes valid UTF-8 over a wrong transport charset', () => {
    const page = '<p>Zürich – Genève</p>';
    expect(decodeBytes(Buffer.from(page, 'utf8'), 'iso-8859-1')).toBe(page);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeBytes(Buffer.from('\uFEFFhello', 'utf8'))).toBe('hello');
  });

  it('decodes an undeclared windows-1252 page: 0x93/0x94 are curly quotes', () => {
    const page = bytes('<p>He said ', [0x93], 'hello', [0x94], ' at the caf', [0xe9], ' ', [0x97], ' twice.</p>');
    expect(decodeBytes(page)).toBe('<p>He said “hello” at the café — twice.</p>');
  });

  it('finds a GBK <meta charset> placed after byte 1024', () => {
    const story = '中文新闻报道：北京今天天气晴朗，市民纷纷外出踏青。';
    const page = `<html><head><title>新闻</title><!-- ${'x'.repeat(1200)} --><meta charset="gbk"></head><body><p>${story}</p></body></html>`;
    const encoded = iconv.encode(page, 'gbk');
    expect(encoded.indexOf(Buffer.from('<meta'))).toBeGreaterThan(1024);
    // not valid UTF-8, so the declaration has to be found
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    expect(decodeBytes(encoded)).toBe(page);
  });

  it('honours a transport charset for non-UTF-8 bytes', () => {
    const text = 'Привет, мир';
    expect(decodeBytes(iconv.encode(text, 'koi8-r'), 'koi8-r')).toBe(text);
  });

  it('decodes UTF-16LE with a BOM', () => {
    const encoded = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hello wide world</p>', 'utf16le')]);
    expect(decodeBytes(encoded)).toContain('<p>hello wide world</p>');
  });
});

describe('gzip', () => {
  const html = '<html><body><p>compressed story</p></body></html>';

  it('recognises gzip by its magic bytes', () => {
    expect(isGzip(gzipSync(Buffer.from(html)))).toBe(true);
    expect(isGzip(Buffer.from(html))).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
  });

  it('decompresses gzip whatever the input is called', () => {
    const out = gunzipIfNeeded(gzipSync(Buffer.from(html)));
    expect(Buffer.from(out).toString('utf8')).toBe(html);
  });

  it('passes other bytes through untouched', () => {
    const plain = Buffer.from(html);
    expect(gunzipIfNeeded(plain)).toBe(plain);
  });

  it('raises DecodeError on truncated gzip', () => {
    const gz = gzipSync(Buffer.from(html.repeat(20)));
    expect(() => gunzipIfNeeded(gz.subarray(0, gz.length - 12))).toThrow(DecodeError);
  });

  it('extract() turns truncated gzip into an ExtractError', () => {
    const gz = gzipSync(Buffer.from(html.repeat(20)));
    expect(() => extract(gz.subarray(0, 20))).toThrow(ExtractError);
  });

  it('extract() reads gzip bytes', () => {
    const page = `<html><head><title>Gz</title></head><body><article><p>${'The gzip story is read from compressed bytes and kept as prose. '.repeat(4)}</p></article></body></html>`;
    const result = extract(gzipSync(Buffer.from(page)));
    expect(result.inputFormat).toBe('html');
    expect(result.text).toContain('The gzip story is read from compressed bytes');
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes (a PNG header)', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBe(true);
  });

  it('passes text without NULs', () => {
    expect(looksBinary(Buffer.from('plain text\nwith lines\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0xff, 0x80, 0x93]))).toBe(false);
  });

  it('does not flag UTF-16 with a BOM', () => {
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text', 'utf16le')]))).toBe(false);
  });

  it('extract() refuses binary bytes with ExtractError', () => {
    expect(() => extract(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toThrow(ExtractError);
  });
});

describe('a UTF-8 page read a byte a character', () => {
  const page = '\uFEFF<html><head><title>Caf&eacute; “Pier” — 北京</title><meta name="author" content="Zo&euml; Ng &amp; Åsa"><script type="application/ld+json">{"headline":"&amp; ✓"}</script></head>'
    + '<body><article><h1>Le café 😀</h1><p>Il a dit « bonjour » à l’équipe&nbsp;: 3&nbsp;€, ☕ &amp; 🍰.</p><pre>x &lt; y ≤ z</pre>'
    + '<table><tr><th>Ville</th><th>Température</th></tr><tr><td>Zürich</td><td>−3 °C</td></tr></table></article></body></html>';
  const bytes = Buffer.from(page, 'utf8');

  it('is only read so when it is UTF-8, and each piece decodes to its characters', () => {
    const latin1 = utf8AsLatin1(bytes)!;
    expect(latin1.length).toBe(bytes.length - 3);
    expect(latin1BytesToText(latin1)).toBe(page.slice(1));
    expect(decodedLength(latin1)).toBe(page.length - 1);
    expect(utf8AsLatin1(iconv.encode('<p>café</p>', 'windows-1252'))).toBeNull();
  });

  it('gives the same extraction as the page decoded whole', () => {
    const fromBytes = extractTrace(bytes);
    const fromString = extractTrace(page.slice(1));
    expect(fromBytes.result.markdown).toBe(fromString.result.markdown);
    expect(fromBytes.result.title).toBe(fromString.result.title);
    expect(fromBytes.result.byline).toBe('Zoë Ng & Åsa');
    expect(fromBytes.blocks.map((b) => b.text)).toContain('Il a dit « bonjour » à l’équipe : 3 €, ☕ & 🍰.');
    expect(fromBytes.blocks.map((b) => b.text)).toEqual(fromString.blocks.map((b) => b.text));
    expect(fromBytes.result.stats.inputChars).toBe(fromString.result.stats.inputChars);
  });
});
