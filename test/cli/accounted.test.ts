import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, filesUnder, fixturePath } from '../helpers.js';

// Nothing lost: no output replaces an input or another output, and every input ends in an
// output, a line on stderr, or an error record that says why.

const BIN = join(ROOT, 'bin', 'declutter.js');
const PAGE = fixturePath('blog-post.html');
const DUMP = fixturePath('crypto-news-dump.txt');
let tmp: string;

function run(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) {
  const env = { ...process.env, ...options.env };
  delete env.DECLUTTER_DEBUG;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', input: options.input ?? '', env, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'declutter-accounted-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('-o never replaces an input', () => {
  it('refuses the input by any name (itself, ./, ../, a symbolic link, a hard link) before any work: exit 2, the input untouched', () => {
    const dir = join(tmp, 'o');
    mkdirSync(dir);
    copyFileSync(PAGE, join(dir, 'p.html'));
    symlinkSync('p.html', join(dir, 'soft.html'));
    linkSync(join(dir, 'p.html'), join(dir, 'hard.html'));
    const before = readFileSync(PAGE);
    for (const output of ['o/p.html', './o/p.html', '../' + join(tmp.split('/').pop()!, 'o', 'p.html'), 'o/soft.html', 'o/hard.html']) {
      const r = run(['-o', output, 'o/p.html', DUMP]);
      expect(r.status, output).toBe(2);
      expect(r.stderr).toBe(`declutter: -o ${output} is the input o/p.html: refusing to replace it\n`);
      expect(readFileSync(join(dir, 'p.html'))).toEqual(before);
    }
    // the input inside a folder given as input is an input too
    expect(run(['-o', 'o/p.html', 'o']).status).toBe(2);
  });
});

describe('--out-dir: two inputs never share an output', () => {
  it('two folders with one name, x.html beside x.html.gz, story.html beside story.txt: every input its own file', () => {
    const src = join(tmp, 'clash');
    for (const sub of ['a', 'b', 'c']) mkdirSync(join(src, sub), { recursive: true });
    copyFileSync(PAGE, join(src, 'a', 'page.html'));
    writeFileSync(join(src, 'b', 'page.html'), readFileSync(PAGE, 'utf8').replaceAll('Orchards', 'Vineyards'));
    copyFileSync(PAGE, join(src, 'c', 'x.html'));
    writeFileSync(join(src, 'c', 'x.html.gz'), gzipSync(readFileSync(DUMP)));
    copyFileSync(PAGE, join(src, 'c', 'story.html'));
    copyFileSync(DUMP, join(src, 'c', 'story.txt'));
    copyFileSync(DUMP, join(src, 'c', 'alone.txt'));
    const r = run(['-q', '--out-dir', 'clash-out', 'clash/a', 'clash/b', 'clash/c']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(filesUnder(join(tmp, 'clash-out'))).toEqual([
      'alone.md', 'clash/a/page.html.md', 'clash/b/page.html.md', 'story.html.md', 'story.txt.md', 'x.html.gz.md', 'x.html.md',
    ]);
    expect(readFileSync(join(tmp, 'clash-out', 'clash/b/page.html.md'), 'utf8')).toContain('Vineyards');
    expect(readFileSync(join(tmp, 'clash-out', 'x.html.gz.md'), 'utf8')).toContain('ByteDance');
    // the same run again gives the same names: --skip-existing resumes it
    const again = run(['--skip-existing', '--out-dir', 'clash-out', 'clash/a', 'clash/b', 'clash/c']);
    expect(again.stderr).toMatch(/7 skipped \(output exists\)/);
  });

  it('the same file given twice: one output, and a failure line for the other', () => {
    const r = run(['--out-dir', 'twice-out', PAGE, PAGE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`declutter: ${PAGE}: its output would be that of ${PAGE}`);
    expect(filesUnder(join(tmp, 'twice-out'))).toEqual(['blog-post.md']);
  });
});

describe('a document in which no story is found', () => {
  const NOTHING = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2025 Example</footer></body></html>';

  it('is said on stderr, counted in the summary, marked in JSON; --out-dir writes no file for it', () => {
    writeFileSync(join(tmp, 'nothing.html'), NOTHING);
    const r = run(['-f', 'json', 'nothing.html', PAGE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^declutter: nothing\.html: no story found\ndeclutter: 2 documents, kept \d+% of \d+ characters, 1 without a story, 0 failed, [\d.]+ s\n$/);
    expect(records(r.stdout).map((o) => [o.source, o.empty])).toEqual([['nothing.html', true], [PAGE, false]]);
    expect(run(['-q', 'nothing.html']).stderr).toBe('');
    const dir = run(['--out-dir', 'nothing-out', 'nothing.html', PAGE]);
    expect(dir.status).toBe(0);
    expect(filesUnder(join(tmp, 'nothing-out'))).toEqual(['blog-post.md']);
  });

  it('--fail-empty makes it a failure: exit 1, an error record in its place', () => {
    const r = run(['-f', 'json', '-q', '--fail-empty', 'nothing.html', PAGE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('declutter: nothing.html: no story found\n');
    expect(records(r.stdout)[0]).toEqual({ source: 'nothing.html', error: { code: 'no-story', message: 'no story found' } });
  });
});

describe('every failed input leaves an error record in JSON, in its place', () => {
  it('missing, not a file, binary, truncated gzip, too large, a glob with no match, past the time limit', () => {
    writeFileSync(join(tmp, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(tmp, 'cut.html.gz'), gzipSync(readFileSync(PAGE)).subarray(0, 60));
    writeFileSync(join(tmp, 'large.html'), `<p>${'word '.repeat(5000)}</p>`);
    execFileSync('mkfifo', [join(tmp, 'fifo.html')]);
    const r = run(['-f', 'json', '--max-bytes', '20K', '-q', 'missing.html', 'fifo.html', 'binary.html', PAGE, 'cut.html.gz', 'large.html', 'none/*.html']);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((o) => [o.source, o.error?.code ?? 'ok'])).toEqual([
      ['missing.html', 'not-found'], ['fifo.html', 'not-a-file'], ['binary.html', 'binary'], [PAGE, 'ok'],
      ['cut.html.gz', 'bad-gzip'], ['large.html', 'too-large'], ['none/*.html', 'no-match'],
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(6);
    // every code is one the schema lists, and every error record has the schema's shape
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'error.schema.json'), 'utf8'));
    for (const record of records(r.stdout).filter((o) => o.error)) {
      expect(schema.properties.error.properties.code.enum).toContain(record.error.code);
      expect(Object.keys(record.error).sort()).toEqual(['code', 'message']);
    }
    const slow = run(['-f', 'json', '-q', '--timeout', '0.001', PAGE]);
    expect(records(slow.stdout)).toEqual([{ source: PAGE, error: { code: 'timeout', message: 'took longer than 0.001 s (--timeout)' } }]);
  });
});

describe('a folder reads only pages, dumps, records and archives', () => {
  it('passes over styles, scripts, images, fonts and PDFs, by name or by content, and counts them; --include and --exclude choose otherwise', () => {
    const site = join(tmp, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    copyFileSync(PAGE, join(site, 'index.html'));
    copyFileSync(DUMP, join(site, 'dump.txt'));
    copyFileSync(PAGE, join(site, 'saved-without-a-name'));
    writeFileSync(join(site, 'assets', 'site.css'), 'body { color: red }');
    writeFileSync(join(site, 'assets', 'app.js'), 'console.log("hi")');
    writeFileSync(join(site, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(site, 'assets', 'font.woff2'), Buffer.from('wOF2\0\0\0'));
    writeFileSync(join(site, 'assets', 'paper.pdf'), '%PDF-1.7\n');
    writeFileSync(join(site, 'assets', 'blob'), Buffer.from([0, 1, 2, 3]));
    const r = run(['-f', 'json', 'site']);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((o) => o.source)).toEqual([join('site', 'dump.txt'), join('site', 'index.html'), join('site', 'saved-without-a-name')]);
    expect(r.stderr).toMatch(/3 documents, .*, 0 failed, 6 files skipped \(not pages, or excluded\), [\d.]+ s\n$/);
    const chosen = run(['-f', 'json', '-q', '--include', '*.txt', '--include', 'assets/*.css', 'site']);
    expect(records(chosen.stdout).map((o) => o.source)).toEqual([join('site', 'assets', 'site.css'), join('site', 'dump.txt')]);
    const less = run(['-f', 'json', '-q', '--exclude', '*.txt', '--exclude', 'saved-*', 'site']);
    expect(records(less.stdout).map((o) => o.source)).toEqual([join('site', 'index.html')]);
  });
});

describe('decompression is bounded by --max-bytes', () => {
  it('a small gzip of many zeros fails as too large, alone, and the batch goes on', () => {
    writeFileSync(join(tmp, 'bomb.html.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024)));
    const r = run(['-f', 'json', '-q', '--max-bytes', '1M', 'bomb.html.gz', PAGE]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((o) => o.error?.code ?? o.title)).toEqual(['too-large', 'Why Our Town Is Replanting Its Orchards']);
    expect(r.stderr).toContain('bomb.html.gz: larger than 1048576 bytes once decompressed');
  });

  it('a gzipped JSON Lines record past the limit fails, never held whole, and the records after it are read', () => {
    const lines = [
      JSON.stringify({ id: 'a', html: readFileSync(PAGE, 'utf8') }),
      JSON.stringify({ id: 'huge', html: `<p>${'x'.repeat(3 * 1024 * 1024)}</p>` }),
      JSON.stringify({ id: 'c', text: readFileSync(DUMP, 'utf8') }),
    ];
    writeFileSync(join(tmp, 'crawl.jsonl.gz'), gzipSync(lines.join('\n')));
    const r = run(['-f', 'json', '-q', '--max-bytes', '1M', 'crawl.jsonl.gz']);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((o) => o.id ?? o.error?.code)).toEqual(['a', 'too-large', 'c']);
  });

  it('a WARC response past the limit fails on its own', async () => {
    const { WARCRecord, WARCSerializer } = await import('warcio');
    const response = (url: string, body: string) =>
      WARCRecord.create({ url, type: 'response', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' }, (async function* () { yield Buffer.from(body); })());
    const parts: Uint8Array[] = [];
    for (const record of [response('https://a.example/big', `<p>${'x'.repeat(2 * 1024 * 1024)}</p>`), response('https://a.example/page', readFileSync(PAGE, 'utf8'))]) {
      parts.push(await WARCSerializer.serialize(record, { gzip: true }));
    }
    writeFileSync(join(tmp, 'crawl.warc.gz'), Buffer.concat(parts));
    const r = run(['-f', 'json', '-q', '--max-bytes', '1M', 'crawl.warc.gz']);
    expect(records(r.stdout).map((o) => [o.url, o.error?.code ?? 'ok'])).toEqual([['https://a.example/big', 'too-large'], ['https://a.example/page', 'ok']]);
  });
});

describe('conventions of a Unix filter', () => {
  it('colour: NO_COLOR and TERM=dumb are honoured, FORCE_COLOR and --color always colour a pipe, --color never wins', () => {
    const escape = /\u001b\[/;
    expect(run(['--explain', DUMP], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(escape);
    expect(run(['--explain', '--color', 'always', DUMP]).stdout).toMatch(escape);
    expect(run(['--explain', '--color', 'never', DUMP], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(escape);
    expect(run(['--explain', DUMP], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(escape);
    expect(run(['--explain', '--color', 'sometimes', DUMP]).status).toBe(2);
  });

  it('a closed pipe ends quietly: no summary, no error, exit 0', () => {
    const many = join(tmp, 'many');
    mkdirSync(many);
    for (let i = 0; i < 30; i++) copyFileSync(DUMP, join(many, `d${String(i).padStart(2, '0')}.txt`));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" -j 1 many | head -1`], { cwd: tmp, encoding: 'utf8' });
    expect(r.stdout).toBe(`<!-- source: ${join('many', 'd00.txt')} -->\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('inputs are never modified', () => {
  it('a run over a folder leaves every byte of it as it was', () => {
    const site = join(tmp, 'site');
    const before = filesUnder(site).map((f) => readFileSync(join(site, f)));
    run(['--out-dir', 'site-out', 'site']);
    expect(filesUnder(site).map((f) => readFileSync(join(site, f)))).toEqual(before);
    expect(existsSync(join(tmp, 'site-out', 'index.md'))).toBe(true);
  });
});
