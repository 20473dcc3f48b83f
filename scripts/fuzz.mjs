#!/usr/bin/env node
// Time-bounded fuzzing of extract() and, at the end, of the CLI.
//
// Inputs   Taken round-robin from six kinds, each input generated from (seed, index) alone, so any
//          one of them can be rebuilt with --replay:
//            fc-string-binary    fast-check fc.string({ unit: 'binary' }), up to 4096 code units
//            fc-string-grapheme  fast-check fc.string({ unit: 'grapheme' }), up to 4096 graphemes
//            fc-bytes            fast-check fc.uint8Array, up to 4096 bytes
//            page-html           a benchmark page (../shared/bench/scrapinghub/html/*.html.gz, gunzipped),
//            page-text           a browser innerText dump (…/text/*.txt),
//            page-text-dump      a lynx dump (…/text-dump/*.txt), each mutated: byte ranges deleted,
//                                duplicated, swapped, random bytes inserted, truncated, bytes flipped,
//                                hostile fragments injected (50000-deep nesting, 1 MB without a newline,
//                                100 KB runs, mixed scripts, NULs, invalid UTF-8, unclosed comments and
//                                scripts, controls and ESC sequences, javascript: links, iframes, onerror=)
//          Mutated pages are passed as bytes, as a string (the bytes decoded as lossy UTF-8) or gzipped
//          (sometimes corrupted); every input gets a random inputFormat (none, auto, html, text).
// Checks   (a) nothing is thrown but ExtractError; (b) no extraction takes longer than --limit
//          seconds (wall time around the synchronous call); (c) string inputs only: every word of
//          the output text is in some reading of the input (the rules of inventedTokens in
//          test/properties.test.ts: as is, entity-decoded, tags removed, invisible characters and
//          lynx marks removed; all lowercased and NFKC-normalised); (d) the result survives
//          JSON.stringify/JSON.parse unchanged; (e) reported apart: the Markdown has no raw <script>,
//          <iframe> or on…= handler markup, no javascript:/vbscript:/data: target in a link `](…)`,
//          an autolink `<…>` or a reference definition, and no C0/C1 control character but \n and \t.
//          Then a CLI pass: `node bin/declutter.js -f json FILE` on a few fuzzed files; the exit
//          code must be 0 or 1, stdout JSON Lines, stderr no uncaught exception.
// Running  The inputs run on a worker thread; the main thread prints progress every 10 s on stderr
//          and stops a worker stuck on one input for --hang seconds (default: twice the limit, at
//          least 10 s; reported as a finding, then a new worker goes on with the next input). Findings are grouped by what went wrong; the
//          first 20 groups of each section are kept with their first example in full, the rest counted.
//
// usage: npm run fuzz                                  (builds dist/ first; 60 s, random seed)
//        node scripts/fuzz.mjs [--seconds N] [--seed S] [--limit SECONDS] [--hang SECONDS]
//                              [--inputs N] [--cli-runs N]
//        node scripts/fuzz.mjs --seed S --replay I [--save FILE]     rebuild input #I, check it, print it
//        node scripts/fuzz.mjs --seed S --replay cli:I [--save FILE] the same for the CLI pass's input #I
// Exit code: 0 nothing found, 1 findings, 2 usage error.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { extract, ExtractError } from '../dist/index.js';

const PROJECT_DIR = new URL('..', import.meta.url).pathname;
const BENCH_DIR = new URL('../../shared/bench/scrapinghub/', import.meta.url).pathname;

const KINDS = ['fc-string-binary', 'fc-string-grapheme', 'fc-bytes', 'page-html', 'page-text', 'page-text-dump'];
const FLAVOURS = { 'page-html': 'html', 'page-text': 'text', 'page-text-dump': 'text-dump' };
const FORMS = ['string', 'bytes', 'gzip'];
const KEEP_GROUPS = 20;
const MAX_GROUPS = 500;
const CHECKPOINTS = [100, 1000, 10000, 100000];

// ---------------------------------------------------------------- random numbers

/** A 32-bit hash of two 32-bit numbers: the seed of input `b` of the run seeded `a`. */
function mix(a, b) {
  let h = (a ^ Math.imul((b + 0x9e3779b9) | 0, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32, with the helpers the generators need. */
function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    seed: () => int(0x7fffffff),
    chance: (p) => next() < p,
    pick: (list) => list[int(list.length)],
    /** 1..max, small values as likely as large orders of magnitude. */
    logInt: (max) => Math.max(1, Math.min(max, Math.floor(Math.exp(next() * Math.log(max + 1))))),
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [w]) => sum + w, 0);
      let x = next() * total;
      for (const [w, value] of pairs) if ((x -= w) < 0) return value;
      return pairs[pairs.length - 1][1];
    },
  };
}

function seedOf(value) {
  if (/^\d+$/.test(value)) return Number(value) >>> 0;
  return createHash('sha256').update(value).digest().readUInt32LE(0);
}

// ---------------------------------------------------------------- benchmark pages

const pageLists = new Map();

function pageFiles(flavour) {
  if (!pageLists.has(flavour)) {
    const dir = join(BENCH_DIR, flavour);
    let files = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.html.gz') || f.endsWith('.txt')).sort();
    } catch {
      // reported by the caller
    }
    pageLists.set(flavour, files);
  }
  return pageLists.get(flavour);
}

/** Read on demand (a page is ~1 ms to read and gunzip): no corpus held in memory. */
function readPage(flavour, file) {
  const bytes = readFileSync(join(BENCH_DIR, flavour, file));
  return file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

// ---------------------------------------------------------------- hostile fragments

const PROSE = [
  'The council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital.',
  'Officials said the plan would cost about twelve million dollars over three years, most of it from a regional transport grant.',
  'Residents who spoke at the meeting were in favour, although several asked why the buses would not run late in the evening.',
  'Shift workers at the hospital need them most, a nurse told the committee before the vote was taken.',
];
const MIXED_SCRIPTS = 'Latin café Zürich naïve Кириллица русский Ελληνικά 中文汉字 日本語のテキスト 한국어 العربية עברית हिन्दी ไทย ქართული Հայերեն ' +
  'e\u0301\u0302\u0303 Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o \u202Eevil\u202C \u200F\u200E \u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{1F1FA}\u{1F1F8} ﬁﬂ ℌ𝔢𝔩𝔩𝔬 ＦＵＬＬ Ⅻ ① ';
const INVALID_UTF8 = [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xbf, 0xbf],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xef, 0xbb, 0xbf]];
const UNCLOSED = ['<!--', '<script>', '<script type="text/javascript">var a = "', '<style>', '<![CDATA[', '<textarea>', '<title>',
  '<noscript>', '<template>', '<plaintext>', '<xmp>', '<?xml version="1.0"', '<a href="', '<!DOCTYPE', '<svg><![CDATA[', '<iframe>'];
const ESCAPES = ['\x1b[2J', '\x1b[31m', '\x1b[0m', '\x1b]0;pwned\x07', '\x1b[H', '\x1bc', '\x9b31m', '\r', '\x08\x08\x08', '\x07', '\x0c', '\x0b'];
const JS_LINKS = [
  '<a href="javascript:alert(1)">click here</a>', '<a href=" JaVaScRiPt:alert(1)">read more</a>', '<a href="&#106;avascript:alert(1)">the report</a>',
  '<a href="java\tscript:alert(1)">link</a>', '<a href="vbscript:msgbox(1)">link</a>', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '[click](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '<javascript:alert(1)>', '<data:text/html,<script>alert(1)</script>>',
  '\\[a\\\\](javascript:alert(1))', '[a\\](javascript:alert(1))', '![img](javascript:alert(1))', '[ref]: javascript:alert(1)',
  '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;', '[x]&#40;javascript:alert(1)&#41;',
];
const MARKUP = [
  '<iframe src="javascript:alert(1)"></iframe>', '<iframe src="https://evil.example/"></iframe>', '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)" alt="a photo">', '<svg onload=alert(1)>', '<p onclick="alert(1)">click the text</p>', '<body onload=alert(1)>',
  '<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;iframe src=javascript:alert(1)&gt;', '&#60;img src=x onerror=alert(1)&#62;',
  '\\<script>alert(1)</script>', '\\\\<iframe src=x>', '<object data="javascript:alert(1)"></object>', '<math><mtext><script>alert(1)</script>',
  '<div style="background:url(javascript:alert(1))">styled</div>', '`<script>`', '<<script>script>alert(1)<</script>/script>',
];

/** Each returns [name, bytes]. */
const FRAGMENTS = [
  (r) => {
    const tag = r.weighted([[6, ['<div>', '</div>']], [1, ['<span>', '</span>']], [1, ['<blockquote>', '</blockquote>']], [1, ['<ul><li>', '</li></ul>']], [1, ['<table><tr><td>', '</td></tr></table>']], [1, ['<b>', '']]]);
    const close = r.chance(0.5) ? tag[1].repeat(50000) : '';
    return [`deep-nesting ${tag[0]}x50000${close ? ' closed' : ''}`, Buffer.from(`${tag[0].repeat(50000)}${r.pick(PROSE)}${close}`)];
  },
  (r) => {
    if (r.chance(0.3)) return ['1 MB single token', Buffer.alloc(1 << 20, r.pick(['a', 'x', '9', 'é']))];
    const parts = [];
    let size = 0;
    while (size < 1 << 20) {
      const s = r.pick(PROSE) + ' ';
      parts.push(s);
      size += s.length;
    }
    return ['1 MB prose without a newline', Buffer.from(parts.join(''))];
  },
  (r) => {
    const unit = r.pick([' ', '.', '-', '=', '_', '*', '\t', '. ', '- ', '&nbsp;', '<br>', '#', '|', '`']);
    return [`100 KB run of ${JSON.stringify(unit)}`, Buffer.from(unit.repeat(Math.ceil(100000 / unit.length)))];
  },
  (r) => ['mixed scripts', Buffer.from(MIXED_SCRIPTS.repeat(1 + r.int(20)))],
  (r) => {
    const n = r.logInt(1000);
    return [`${n} NUL bytes`, Buffer.alloc(n, 0)];
  },
  (r) => {
    const parts = [];
    for (let i = 1 + r.int(50); i > 0; i--) parts.push(Buffer.from(r.pick(INVALID_UTF8)), Buffer.from(r.chance(0.5) ? 'x' : ''));
    return ['invalid UTF-8', Buffer.concat(parts)];
  },
  (r) => {
    const s = r.pick(UNCLOSED);
    return [`unclosed ${s}`, Buffer.from(`${s}${r.pick(PROSE)}`)];
  },
  (r) => {
    let s = '';
    for (let i = 1 + r.int(20); i > 0; i--) {
      s += r.chance(0.5) ? r.pick(ESCAPES) : String.fromCharCode(r.chance(0.7) ? r.int(32) : 0x7f + r.int(33));
      if (r.chance(0.5)) s += r.pick(['word', ' ', 'text ', '']);
    }
    return ['control characters / ESC sequences', Buffer.from(s)];
  },
  (r) => {
    const s = r.pick(JS_LINKS);
    return [`link ${s}`, Buffer.from(s)];
  },
  (r) => {
    const s = r.pick(MARKUP);
    return [`markup ${s}`, Buffer.from(s)];
  },
];

/** Markup, links and controls (cheap, and what check (e) is about) come up more often than the big ones. */
const FRAGMENT_WEIGHTS = [1, 1, 1, 1, 1, 1, 1, 2, 3, 3];

function hostile(r, textish) {
  const [name, bytes] = r.weighted(FRAGMENTS.map((f, i) => [FRAGMENT_WEIGHTS[i], f]))(r);
  if (bytes.length > 200000 || !r.chance(0.6)) return [name, bytes];
  // inside prose, where the extractor is likely to keep it
  const before = `${r.pick(PROSE)} ${r.pick(PROSE)} `;
  const after = ` ${r.pick(PROSE)} ${r.pick(PROSE)}`;
  const [open, close] = textish ? ['\n\n', '\n\n'] : ['<p>', '</p>'];
  return [`${name} (in prose)`, Buffer.concat([Buffer.from(open + before), bytes, Buffer.from(after + close)])];
}

// ---------------------------------------------------------------- mutations

const MAX_BYTES = 8 << 20;

function rangeIn(r, length) {
  const n = r.logInt(Math.max(1, Math.min(length, 65536)));
  const start = r.int(Math.max(1, length - n + 1));
  return [start, Math.min(length, start + n)];
}

/** A place to put something: anywhere, or where a paragraph or line starts. */
function insertionPoint(r, buf, textish) {
  if (buf.length === 0 || r.chance(0.5)) return r.int(buf.length + 1);
  const marker = textish ? '\n' : '<p';
  const at = buf.indexOf(marker, r.int(buf.length));
  return at < 0 ? r.int(buf.length + 1) : at + (textish ? 1 : 0);
}

function mutate(r, buf, textish) {
  const ops = [];
  const count = r.weighted([[3, 1], [3, 2], [2, 3], [1, 5], [1, 8]]);
  for (let i = 0; i < count; i++) {
    const op = r.weighted([[2, 'delete'], [2, 'duplicate'], [1, 'swap'], [2, 'insert'], [1, 'truncate'], [2, 'flip'], [4, 'inject']]);
    if (op === 'delete' && buf.length) {
      const [a, b] = rangeIn(r, buf.length);
      buf = Buffer.concat([buf.subarray(0, a), buf.subarray(b)]);
      ops.push(`delete ${a}+${b - a}`);
    } else if (op === 'duplicate' && buf.length && buf.length < MAX_BYTES) {
      const [a, b] = rangeIn(r, buf.length);
      const at = r.int(buf.length + 1);
      buf = Buffer.concat([buf.subarray(0, at), buf.subarray(a, b), buf.subarray(at)]);
      ops.push(`duplicate ${a}+${b - a}@${at}`);
    } else if (op === 'swap' && buf.length > 2) {
      const [a, b] = rangeIn(r, Math.floor(buf.length / 2));
      const [c0, d0] = rangeIn(r, buf.length - b);
      const c = c0 + b;
      const d = d0 + b;
      buf = Buffer.concat([buf.subarray(0, a), buf.subarray(c, d), buf.subarray(b, c), buf.subarray(a, b), buf.subarray(d)]);
      ops.push(`swap ${a}+${b - a}<->${c}+${d - c}`);
    } else if (op === 'insert') {
      const n = r.logInt(64);
      const bytes = Buffer.alloc(n);
      for (let j = 0; j < n; j++) bytes[j] = r.int(256);
      const at = insertionPoint(r, buf, textish);
      buf = Buffer.concat([buf.subarray(0, at), bytes, buf.subarray(at)]);
      ops.push(`insert ${n} random bytes@${at}`);
    } else if (op === 'truncate' && buf.length) {
      const at = r.int(buf.length);
      buf = buf.subarray(0, at);
      ops.push(`truncate@${at}`);
    } else if (op === 'flip' && buf.length) {
      const n = r.logInt(16);
      buf = Buffer.from(buf);
      for (let j = 0; j < n; j++) buf[r.int(buf.length)] ^= 1 << r.int(8);
      ops.push(`flip ${n} bits`);
    } else if (op === 'inject' && buf.length < MAX_BYTES) {
      const [name, bytes] = hostile(r, textish);
      const at = insertionPoint(r, buf, textish);
      buf = Buffer.concat([buf.subarray(0, at), bytes, buf.subarray(at)]);
      ops.push(`inject ${name}@${at}`);
    }
  }
  return { buf, ops };
}

// ---------------------------------------------------------------- generation

const FORMATS = [[2, undefined], [1, 'auto'], [1, 'html'], [1, 'text']];

/** Input `index` of the run seeded `seed`: { kind, form, input, options, describe }. */
function generate(seed, index) {
  const r = rng(mix(seed, index));
  const kind = KINDS[index % KINDS.length];
  const inputFormat = r.weighted(FORMATS);
  const options = inputFormat ? { inputFormat } : {};
  const fcSeed = r.seed();
  const maxLength = r.logInt(4096);
  if (kind === 'fc-string-binary' || kind === 'fc-string-grapheme') {
    const unit = kind === 'fc-string-binary' ? 'binary' : 'grapheme';
    const [input] = fc.sample(fc.string({ unit, maxLength, size: 'max' }), { seed: fcSeed, numRuns: 1 });
    return { kind, form: 'string', input, options, describe: `fc.string({ unit: '${unit}', maxLength: ${maxLength} }) seed ${fcSeed}` };
  }
  if (kind === 'fc-bytes') {
    const [input] = fc.sample(fc.uint8Array({ maxLength, size: 'max' }), { seed: fcSeed, numRuns: 1 });
    return { kind, form: 'bytes', input, options, describe: `fc.uint8Array({ maxLength: ${maxLength} }) seed ${fcSeed}` };
  }
  const flavour = FLAVOURS[kind];
  const files = pageFiles(flavour);
  if (files.length === 0) throw new Error(`no benchmark pages in ${join(BENCH_DIR, flavour)}`);
  const file = r.pick(files);
  const textish = flavour !== 'html';
  const { buf, ops } = mutate(r, readPage(flavour, file), textish);
  const form = r.weighted([[9, 'string'], [9, 'bytes'], [2, 'gzip']]);
  let input;
  let how = form;
  if (form === 'string') {
    input = new TextDecoder('utf-8').decode(buf);
  } else if (form === 'bytes') {
    input = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } else {
    const gz = Buffer.from(gzipSync(buf, { level: 1 }));
    if (r.chance(0.5) && gz.length > 20) {
      const at = 10 + r.int(gz.length - 10);
      if (r.chance(0.5)) gz[at] ^= 1 << r.int(8);
      else input = gz.subarray(0, at);
      how = input ? `gzip truncated@${at}` : `gzip flipped@${at}`;
    }
    input ??= gz;
    input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  return { kind, form, input, options, describe: `${flavour}/${file} [${ops.join('; ') || 'unchanged'}] as ${how}` };
}

function sizeOf(input) {
  return typeof input === 'string' ? `${input.length} chars` : `${input.length} bytes`;
}

function startOf(input, n = 160) {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, n));
  const head = Buffer.from(input.buffer, input.byteOffset, Math.min(input.length, n));
  return `hex ${head.subarray(0, 32).toString('hex')}${input.length > 32 ? '…' : ''}, as UTF-8 ${JSON.stringify(new TextDecoder().decode(head))}`;
}

// ---------------------------------------------------------------- oracle (c): invented words

/**
 * `entities` comes with htmlparser2, which the library decodes with: real pages use named
 * entities far beyond a small map (&eacute; &rsquo; &mdash;). The map is the fallback.
 */
const entities = await import('entities').catch(() => null);
const SMALL_MAP = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
function smallDecode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z0-9]+);?/gi, (m, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return SMALL_MAP[name.toLowerCase()] ?? m;
  });
}
const decodeHTML = entities ? entities.decodeHTML : smallDecode;

/** The same rules as inventedTokens in test/properties.test.ts. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
const LYNX = /\(BUTTON\)|\[(?:INS|DEL|IMG|image|[^\]\s]{1,80}\.(?:jpe?g|png|gif|svg|webp))[^\]]{0,40}\]|\[\d{1,5}\]|_{3,}/gi;
const HIDDEN_ELEMENT = /<(script|style|noscript|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAGS = [/<[^<>]*>/g, /<[^>]*>/g, /<(?:"[^"]*"|'[^']*'|[^'">])*>/g];
const WORD = /[\p{L}\p{N}]+/gu;

function norm(s) {
  return s.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** Every legitimate reading of the input, cheapest and likeliest first, built only as needed. */
function* inputViews(input) {
  function* variants(base) {
    yield base;
    yield base.replace(INVISIBLE, '');
    yield base.replace(LYNX, ' ');
    yield base.replace(INVISIBLE, '').replace(LYNX, ' ');
  }
  yield* variants(input);
  const decoded = decodeHTML(input);
  yield* variants(decoded);
  for (const html of [input, input.replace(HIDDEN_ELEMENT, '')]) {
    const htmlDecoded = html === input ? decoded : decodeHTML(html);
    for (const tag of TAGS) {
      for (const glue of ['', ' ']) {
        yield* variants(decodeHTML(html.replace(tag, glue)));
        yield* variants(htmlDecoded.replace(tag, glue));
      }
    }
  }
}

/** Output words found in no reading of the input (whole words first, then as parts of longer words). */
function inventedWords(text, input) {
  const pending = new Set(norm(text).match(WORD) ?? []);
  if (pending.size === 0) return [];
  for (const view of inputViews(input)) {
    const v = norm(view);
    for (const m of v.matchAll(WORD)) if (pending.delete(m[0]) && pending.size === 0) return [];
    for (const t of pending) if (v.includes(t)) pending.delete(t);
    if (pending.size === 0) return [];
  }
  return [...pending];
}

function context(text, needle, around = 40) {
  const lower = norm(text);
  const at = lower.indexOf(needle);
  if (at < 0) return '';
  return `in ${JSON.stringify(lower.slice(Math.max(0, at - around), at + needle.length + around))}`;
}

// ---------------------------------------------------------------- check (d): JSON round trip

function firstDifference(a, b, path = '$') {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path}: ${String(a)} became ${String(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (!(k in b)) return `${path}.${k} (${String(a[k])}) is lost`;
    if (!(k in a)) return `${path}.${k} appears`;
    const d = firstDifference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return `${path}: prototypes differ`;
}

// ---------------------------------------------------------------- check (e): Markdown safety

const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/;

/** Whether the character at `at` is backslash-escaped (an odd run of backslashes before it). */
function escaped(s, at) {
  let n = 0;
  while (at - n - 1 >= 0 && s.charCodeAt(at - n - 1) === 92) n++;
  return n % 2 === 1;
}

/** A link destination as a Markdown renderer and then a browser read it. */
function destination(raw) {
  const unescaped = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeHTML(unescaped).replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
}

/** Top-level fenced code blocks (their content is shown as code, never as markup): a mask of lines. */
function codeLines(lines) {
  const mask = new Array(lines.length).fill(false);
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      else mask[i] = true;
    } else {
      const open = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(line);
      if (open) fence = open[1];
    }
  }
  return mask;
}

function markdownProblems(md) {
  const problems = [];
  const add = (rule, at, text) => problems.push({ rule, detail: `${rule} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 70))}` });
  const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.exec(md);
  if (control) add(`control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, control.index, md);

  const lines = md.split('\n');
  const code = codeLines(lines);
  const prose = lines.map((l, i) => (code[i] ? '' : l)).join('\n');
  for (const m of prose.matchAll(/<\/?([a-z][a-z0-9-]*)([^<>]{0,2000})/gi)) {
    if (escaped(prose, m.index)) continue;
    const name = m[1].toLowerCase();
    if (name === 'script' || name === 'iframe') add(`raw <${name}>`, m.index, prose);
    else if (/[\s/"']on[a-z]+\s*=/i.test(m[2])) add('raw on…= event handler', m.index, prose);
  }
  for (const m of prose.matchAll(/<([a-z][a-z0-9+.-]{1,31}):[^\s<>]*>/gi)) {
    if (!escaped(prose, m.index) && DANGEROUS_SCHEME.test(`${m[1].toLowerCase()}:`)) add(`autolink to ${m[1].toLowerCase()}:`, m.index, prose);
  }
  for (const m of prose.matchAll(/\]\(/g)) {
    if (escaped(prose, m.index)) continue;
    const rest = prose.slice(m.index + 2, m.index + 2 + 2000).replace(/^[ \t]*\n?[ \t]*/, '');
    const target = rest.startsWith('<') ? rest.slice(1).split(/[>\n]/)[0] : rest.split(/[\s)]/)[0];
    if (DANGEROUS_SCHEME.test(destination(target))) add(`link ](${destination(target).split(':')[0]}:…)`, m.index, prose);
  }
  const refs = /^ {0,3}(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]+)*\[(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*\n?[ \t]*<?([^\s>]*)/gm;
  for (const m of prose.matchAll(refs)) {
    const at = m.index + m[0].indexOf('[');
    if (!escaped(prose, at) && DANGEROUS_SCHEME.test(destination(m[1]))) add(`reference definition to ${destination(m[1]).split(':')[0]}:`, at, prose);
  }
  return problems;
}

// ---------------------------------------------------------------- running one input

/**
 * Runs every check on one generated input. Returns { refused, ms, findings }, a finding being
 * { section: 'core' | 'markdown', check, signature, detail }.
 */
function checkInput(g, limitMs) {
  const findings = [];
  const add = (section, check, signature, detail) => findings.push({ section, check, signature, detail });
  let result = null;
  let refused = false;
  const started = performance.now();
  try {
    result = extract(g.input, g.options);
  } catch (error) {
    if (error instanceof ExtractError) refused = true;
    else {
      const name = error?.constructor?.name ?? typeof error;
      const message = String(error?.message ?? error);
      const frame = String(error?.stack ?? '').split('\n').find((l) => l.includes('/dist/')) ?? '';
      const where = frame.trim().replace(/^at /, '').replace(/\(?file:\/\/.*\/dist\//, 'dist/').replace(/\)$/, '');
      add('core', 'exception', `exception ${name}: ${message.replace(/\d+/g, 'N').slice(0, 100)} @ ${where.replace(/:\d+$/, '')}`,
        `${name}: ${message.slice(0, 300)}\n       at ${where}`);
    }
  }
  const ms = performance.now() - started;
  if (ms > limitMs) add('core', 'slow', `slow ${g.kind}`, `took ${(ms / 1000).toFixed(2)} s (limit ${limitMs / 1000} s) on ${sizeOf(g.input)}`);
  if (!result) return { refused, ms, findings };

  if (typeof g.input === 'string') {
    const invented = inventedWords(result.text, g.input);
    if (invented.length) {
      add('core', 'invented-words', `invented words ${g.kind}`,
        `${invented.length} output word(s) in no reading of the input: ${invented.slice(0, 8).map((t) => `${JSON.stringify(t)} ${context(result.text, t)}`).join('; ')}`);
    }
  }

  let round;
  try {
    round = JSON.parse(JSON.stringify(result));
  } catch (error) {
    add('core', 'json', `json ${error.message.slice(0, 60)}`, `JSON round trip throws: ${error.message}`);
  }
  if (round !== undefined && !isDeepStrictEqual(round, result)) {
    const diff = firstDifference(result, round) ?? 'differs';
    add('core', 'json', `json ${diff.replace(/:.*/, '').replace(/\d+/g, 'N')}`, `JSON round trip changes the result: ${diff.slice(0, 300)}`);
  }

  if (typeof result.markdown === 'string') {
    for (const p of markdownProblems(result.markdown)) add('markdown', 'markdown-safety', `${p.rule.replace(/U\+[0-9A-F]+/, 'U+…')} (${g.kind})`, p.detail);
  }
  return { refused, ms, findings };
}

/**
 * A short identity of an input and its outcome, for the sequence fingerprints; time-dependent
 * outcomes (slow, hang) are left out, so that a fingerprint depends on the seed alone.
 */
function fingerprintOf(g, outcome) {
  const h = createHash('sha1');
  h.update(`${g.kind}|${g.form}|${g.options.inputFormat ?? ''}|`);
  h.update(typeof g.input === 'string' ? Buffer.from(g.input, 'utf16le') : g.input);
  h.update(`|${outcome.refused}|${outcome.findings.filter((f) => f.check !== 'slow').map((f) => f.signature).join(',')}`);
  return h.digest('hex');
}

// ---------------------------------------------------------------- worker thread

/** Shared counters: per kind [tried, refused, as string, as bytes, as gzip, max ms, total ms], then the input in flight. */
const PER_KIND = 7;
const CURRENT = KINDS.length * PER_KIND;
const STARTED = CURRENT + 1;
const NEXT = CURRENT + 2;
const SLOTS = CURRENT + 3;

if (!isMainThread) {
  const { seed, start, deadline, limitMs, maxInputs, counters: sab } = workerData;
  const counters = new Float64Array(sab);
  let index = start;
  for (; Date.now() < deadline && index < maxInputs; index++) {
    const g = generate(seed, index);
    const k = KINDS.indexOf(g.kind) * PER_KIND;
    counters[CURRENT] = index;
    counters[STARTED] = Date.now();
    counters[k] += 1;
    counters[k + 2 + FORMS.indexOf(g.form)] += 1;
    const outcome = checkInput(g, limitMs);
    counters[STARTED] = 0;
    counters[NEXT] = index + 1;
    if (outcome.refused) counters[k + 1] += 1;
    counters[k + 5] = Math.max(counters[k + 5], outcome.ms);
    counters[k + 6] += outcome.ms;
    for (const f of outcome.findings) {
      parentPort.postMessage({ type: 'finding', finding: { ...f, index, kind: g.kind, form: g.form, size: sizeOf(g.input), inputFormat: g.options.inputFormat, describe: g.describe, start: startOf(g.input) } });
    }
    parentPort.postMessage({ type: 'fingerprint', index, digest: fingerprintOf(g, outcome) });
  }
  parentPort.postMessage({ type: 'done', next: index });
}

// ---------------------------------------------------------------- main thread: arguments

function usage(message) {
  if (message) process.stderr.write(`fuzz: ${message}\n`);
  process.stderr.write('usage: node scripts/fuzz.mjs [--seconds N] [--seed S] [--limit SECONDS] [--hang SECONDS] [--inputs N] [--cli-runs N]\n' +
    '       node scripts/fuzz.mjs --seed S --replay I|cli:I [--save FILE]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { seconds: 60, seed: null, limit: 5, hang: null, inputs: Infinity, cliRuns: 6, replay: null, save: null };
  const number = (name, value, min) => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < min) usage(`${name} needs a number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[i + 1];
    if (a === '--seconds') opts.seconds = number(a, value, 0), i++;
    else if (a === '--seed') {
      if (value === undefined) usage('--seed needs a value');
      opts.seed = seedOf(value), i++;
    } else if (a === '--limit') opts.limit = number(a, value, 0.001), i++;
    else if (a === '--hang') opts.hang = number(a, value, 1), i++;
    else if (a === '--inputs') opts.inputs = Math.floor(number(a, value, 1)), i++;
    else if (a === '--cli-runs') opts.cliRuns = Math.floor(number(a, value, 0)), i++;
    else if (a === '--replay') {
      if (!/^(cli:)?\d+$/.test(value ?? '')) usage('--replay needs an input number (I or cli:I)');
      opts.replay = value, i++;
    } else if (a === '--save') {
      if (value === undefined) usage('--save needs a file');
      opts.save = value, i++;
    } else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (opts.replay && opts.seed === null) usage('--replay needs --seed');
  opts.seed ??= Math.floor(Math.random() * 2 ** 31);
  opts.hang ??= Math.max(10, opts.limit * 2);
  return opts;
}

// ---------------------------------------------------------------- main thread: findings

/** Findings grouped by signature: the first KEEP_GROUPS groups of a section keep their first example. */
class Findings {
  constructor() {
    this.groups = new Map();
    this.total = { core: 0, markdown: 0 };
    this.shown = { core: 0, markdown: 0 };
    this.unlisted = { core: 0, markdown: 0 };
  }

  add(f) {
    this.total[f.section]++;
    const group = this.groups.get(f.signature);
    if (group) {
      group.count++;
      return;
    }
    if (this.shown[f.section] < KEEP_GROUPS) {
      this.shown[f.section]++;
      this.groups.set(f.signature, { count: 1, first: f });
    } else if (this.groups.size < MAX_GROUPS) {
      this.groups.set(f.signature, { count: 1, first: null, section: f.section });
    } else {
      this.unlisted[f.section]++;
    }
  }

  section(name) {
    return [...this.groups.entries()].filter(([, g]) => (g.first?.section ?? g.section) === name);
  }
}

function describeFinding(n, signature, group, seed) {
  const f = group.first;
  const replay = f.cli !== undefined ? `cli:${f.cli}` : String(f.index);
  return [
    `  ${n}. [${f.check}] ${signature} — ${group.count} time(s)`,
    `     first: seed ${seed} input #${replay} (${f.kind}, as ${f.form}${f.inputFormat ? `, inputFormat ${f.inputFormat}` : ''}, ${f.size})`,
    `     input: ${f.describe}`,
    `     starts: ${f.start}`,
    `     ${f.detail.split('\n').join('\n     ')}`,
    `     reproduce: node scripts/fuzz.mjs --seed ${seed} --replay ${replay} --save /tmp/fuzz-input`,
  ].join('\n');
}

// ---------------------------------------------------------------- main thread: CLI pass

function cliPass(seed, runs, limitMs, findings) {
  const results = { runs: 0, exit0: 0, exit1: 0 };
  if (runs === 0) return results;
  const dir = mkdtempSync(join(tmpdir(), 'declutter-fuzz-'));
  const cliSeed = mix(seed, 0xc11);
  try {
    for (let i = 0; i < runs; i++) {
      const g = generate(cliSeed, i);
      const ext = g.kind === 'page-html' ? '.html' : g.kind.startsWith('page-') ? '.txt' : '';
      const file = join(dir, `input-${i}${ext}`);
      writeFileSync(file, typeof g.input === 'string' ? g.input : g.input);
      const args = ['bin/declutter.js', '-f', 'json', ...(g.options.inputFormat ? ['--input-format', g.options.inputFormat] : []), file];
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: PROJECT_DIR, encoding: 'utf8', timeout: Math.max(60000, limitMs * 4), maxBuffer: 1 << 30 });
      const ms = performance.now() - started;
      results.runs++;
      if (run.status === 0) results.exit0++;
      if (run.status === 1) results.exit1++;
      const problems = [];
      if (run.error) problems.push(['spawn', `spawn failed: ${run.error.message}`]);
      if (run.status !== 0 && run.status !== 1) problems.push([`exit ${run.status ?? run.signal}`, `exit code ${run.status ?? `none (signal ${run.signal})`}; stderr: ${JSON.stringify((run.stderr ?? '').slice(0, 300))}`]);
      const out = run.stdout ?? '';
      if (out && !out.endsWith('\n')) problems.push(['stdout not newline-terminated', `stdout does not end with a newline: …${JSON.stringify(out.slice(-80))}`]);
      out.split('\n').forEach((line, n) => {
        if (line === '') return;
        try {
          const value = JSON.parse(line);
          if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push(['stdout line not an object', `stdout line ${n + 1} is not a JSON object: ${JSON.stringify(line.slice(0, 120))}`]);
        } catch (error) {
          problems.push(['stdout not JSON', `stdout line ${n + 1} is not JSON (${error.message}): ${JSON.stringify(line.slice(0, 120))}`]);
        }
      });
      if (run.status === 0 && out.trim() === '') problems.push(['exit 0 without output', 'exit code 0 but no JSON record on stdout']);
      if (/^\s+at .+:\d+:\d+\)?$/m.test(run.stderr ?? '')) problems.push(['uncaught exception', `stderr shows a stack trace: ${JSON.stringify(run.stderr.slice(0, 400))}`]);
      for (const [rule, detail] of problems) {
        findings.add({ section: 'core', check: 'cli', signature: `cli ${rule}`, detail: `${detail} (${(ms / 1000).toFixed(1)} s)`, cli: i, kind: g.kind, form: g.form, size: sizeOf(g.input), inputFormat: g.options.inputFormat, describe: g.describe, start: startOf(g.input) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

// ---------------------------------------------------------------- main thread: replay one input

function replay(opts) {
  const cli = opts.replay.startsWith('cli:');
  const index = Number(opts.replay.replace('cli:', ''));
  const g = generate(cli ? mix(opts.seed, 0xc11) : opts.seed, index);
  console.log(`seed ${opts.seed} input #${opts.replay}: ${g.kind}, as ${g.form}${g.options.inputFormat ? `, inputFormat ${g.options.inputFormat}` : ''}, ${sizeOf(g.input)}`);
  console.log(`input: ${g.describe}`);
  console.log(`starts: ${startOf(g.input, 300)}`);
  if (opts.save) {
    // a string is saved as UTF-8 (lone surrogates become U+FFFD) and, exactly, as JSON next to it
    writeFileSync(opts.save, g.input);
    if (typeof g.input === 'string') writeFileSync(`${opts.save}.json`, JSON.stringify(g.input));
    console.log(`saved: ${opts.save}${typeof g.input === 'string' ? ` (and the exact string as ${opts.save}.json)` : ''}`);
  }
  const outcome = checkInput(g, opts.limit * 1000);
  console.log(`extract: ${outcome.refused ? 'refused with ExtractError' : 'returned'} in ${outcome.ms.toFixed(1)} ms`);
  for (const f of outcome.findings) console.log(`finding [${f.check}] ${f.signature}\n  ${f.detail.split('\n').join('\n  ')}`);
  if (outcome.findings.length === 0) console.log('no finding');
  process.exitCode = outcome.findings.length ? 1 : 0;
}

// ---------------------------------------------------------------- main thread: the run

async function run(opts) {
  const began = Date.now();
  const deadline = began + opts.seconds * 1000;
  const limitMs = opts.limit * 1000;
  const counters = new Float64Array(new SharedArrayBuffer(SLOTS * 8));
  const findings = new Findings();
  const checkpoints = [];
  const fingerprint = createHash('sha1');
  let fingerprinted = 0;
  const fingerprintAdd = (digest) => {
    fingerprint.update(digest);
    fingerprinted++;
    if (CHECKPOINTS.includes(fingerprinted)) checkpoints.push({ count: fingerprinted, digest: fingerprint.copy().digest('hex').slice(0, 12) });
  };
  let next = 0;
  let restarts = 0;
  for (const flavour of Object.values(FLAVOURS)) {
    if (pageFiles(flavour).length === 0) usage(`no benchmark pages in ${join(BENCH_DIR, flavour)}`);
  }
  process.stderr.write(`fuzz: seed ${opts.seed}, ${opts.seconds} s, limit ${opts.limit} s per input\n`);

  const tried = () => KINDS.reduce((sum, _, k) => sum + counters[k * PER_KIND], 0);
  const refused = () => KINDS.reduce((sum, _, k) => sum + counters[k * PER_KIND + 1], 0);
  const progress = setInterval(() => {
    process.stderr.write(`fuzz: ${Math.round((Date.now() - began) / 1000)} s, ${tried()} inputs (${refused()} refused), ` +
      `findings ${findings.total.core} + markdown safety ${findings.total.markdown}\n`);
  }, 10000);

  while (next < opts.inputs && (Date.now() < deadline || next === 0)) {
    const start = next;
    const outcome = await new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { seed: opts.seed, start, deadline: Math.max(deadline, Date.now() + 1), limitMs, maxInputs: opts.inputs, counters: counters.buffer },
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      });
      let settled = false;
      const settle = (value) => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        resolve(value);
      };
      const watchdog = setInterval(() => {
        const startedAt = counters[STARTED];
        if (startedAt && Date.now() - startedAt > opts.hang * 1000) {
          const index = counters[CURRENT];
          worker.terminate();
          settle({ stuck: index });
        }
      }, 250);
      worker.on('message', (m) => {
        if (m.type === 'finding') findings.add(m.finding);
        else if (m.type === 'fingerprint') fingerprintAdd(m.digest);
        else if (m.type === 'done') settle({ next: m.next });
      });
      worker.on('error', (error) => {
        if (!counters[STARTED]) {
          // not while extracting: the script itself is broken (or dist/ is missing)
          process.stderr.write(`fuzz: the worker failed outside any input: ${error?.stack ?? error}\n`);
          process.exit(2);
        }
        settle({ crashed: counters[CURRENT], error });
      });
      worker.on('exit', () => settle({ next: counters[NEXT] }));
    });
    if (outcome.next !== undefined) {
      next = outcome.next;
      if (next === start && !(Date.now() < deadline)) break;
      continue;
    }
    // a hang or a crash: report it, go on with the next input on a new worker
    const index = outcome.stuck ?? outcome.crashed;
    const g = generate(opts.seed, index);
    const detail = outcome.stuck !== undefined
      ? `still running after ${opts.hang} s (limit ${opts.limit} s) on ${sizeOf(g.input)}: worker stopped`
      : `the worker died: ${String(outcome.error?.code ?? '')} ${String(outcome.error?.message ?? outcome.error).slice(0, 300)}`;
    findings.add({ section: 'core', check: outcome.stuck !== undefined ? 'slow' : 'crash', signature: `${outcome.stuck !== undefined ? 'hang' : 'worker crash'} ${g.kind}`, detail, index, kind: g.kind, form: g.form, size: sizeOf(g.input), inputFormat: g.options.inputFormat, describe: g.describe, start: startOf(g.input) });
    fingerprintAdd(fingerprintOf(g, { refused: false, findings: [] }));
    counters[STARTED] = 0;
    next = index + 1;
    counters[NEXT] = next;
    restarts++;
  }
  const elapsed = (Date.now() - began) / 1000;
  clearInterval(progress);

  process.stderr.write(`fuzz: CLI pass (${opts.cliRuns} runs)\n`);
  const cli = cliPass(opts.seed, opts.cliRuns, limitMs, findings);

  // ------------------------------------------------------------ report
  const out = [];
  out.push(`declutter fuzz — seed ${opts.seed}, ${elapsed.toFixed(1)} s of ${opts.seconds} s, limit ${opts.limit} s per input${restarts ? `, ${restarts} worker restart(s)` : ''}`);
  out.push('');
  out.push(`inputs tried: ${tried()} (refused with ExtractError: ${refused()})`);
  out.push(`  ${'kind'.padEnd(20)}${'tried'.padStart(7)}${'refused'.padStart(9)}${'string'.padStart(8)}${'bytes'.padStart(7)}${'gzip'.padStart(6)}${'mean ms'.padStart(9)}${'max ms'.padStart(9)}`);
  KINDS.forEach((kind, k) => {
    const c = counters.subarray(k * PER_KIND, (k + 1) * PER_KIND);
    out.push(`  ${kind.padEnd(20)}${String(c[0]).padStart(7)}${String(c[1]).padStart(9)}${String(c[2]).padStart(8)}${String(c[3]).padStart(7)}${String(c[4]).padStart(6)}` +
      `${(c[0] ? c[6] / c[0] : 0).toFixed(1).padStart(9)}${c[5].toFixed(0).padStart(9)}`);
  });
  out.push(`  CLI runs: ${cli.runs} (exit 0: ${cli.exit0}, exit 1: ${cli.exit1})`);
  if (checkpoints.length) out.push(`  sequence fingerprints (inputs and outcomes, for --seed reproduction): ${checkpoints.map((c) => `#1–#${c.count} ${c.digest}`).join(', ')}`);
  for (const [section, title] of [['core', 'findings (checks a–d, CLI)'], ['markdown', 'Markdown safety findings (check e)']]) {
    const groups = findings.section(section);
    out.push('');
    out.push(`${title}: ${findings.total[section]} in ${groups.length + findings.unlisted[section]} group(s)`);
    let n = 0;
    for (const [signature, group] of groups) {
      if (group.first) out.push(describeFinding(++n, signature, group, opts.seed));
    }
    const counted = groups.filter(([, g]) => !g.first);
    if (counted.length || findings.unlisted[section]) {
      out.push(`  further groups, counted only: ${counted.map(([s, g]) => `${s} ×${g.count}`).join('; ')}${findings.unlisted[section] ? `; ${findings.unlisted[section]} finding(s) in groups beyond ${MAX_GROUPS}` : ''}`);
    }
  }
  console.log(out.join('\n'));
  process.exitCode = findings.total.core + findings.total.markdown > 0 ? 1 : 0;
}

if (isMainThread) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.replay) replay(opts);
  else await run(opts);
}
