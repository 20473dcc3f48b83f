import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, filesUnder, fixturePath } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'declutter.js');
let tmp: string;

function run(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small scrape: two dumps at the top, a page in a subfolder. */
function makeTree(name: string): string {
  const root = join(tmp, name);
  mkdirSync(join(root, 'sub'), { recursive: true });
  copyFileSync(fixturePath('crypto-news-dump.txt'), join(root, 'crypto.txt'));
  copyFileSync(fixturePath('site-dumps/harbour-1.txt'), join(root, 'harbour.txt'));
  copyFileSync(fixturePath('blog-post.html'), join(root, 'sub', 'post.html'));
  return root;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'declutter-batch-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('folders, globs and a mirrored output folder', () => {
  it('a folder is every file below it, in order; markdown documents are separated by a source comment', () => {
    makeTree('read');
    const r = run(['read']);
    expect(r.status).toBe(0);
    const sources = [...r.stdout.matchAll(/^<!-- source: (.+) -->$/gm)].map((m) => m[1]);
    expect(sources).toEqual([join('read', 'crypto.txt'), join('read', 'harbour.txt'), join('read', 'sub', 'post.html')]);
    expect(r.stderr).toMatch(/^declutter: 3 documents, kept \d+% of \d+ characters, 0 failed, [\d.]+ s\n$/);
  });

  it('expands a quoted glob itself', () => {
    makeTree('glob');
    const r = run(['--format', 'json', '-q', 'glob/**/*.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([join('glob', 'crypto.txt'), join('glob', 'harbour.txt')]);
  });

  it('a glob that matches nothing, or an empty folder, is a failed input', () => {
    mkdirSync(join(tmp, 'empty'));
    const r = run(['nothing/*.txt', 'empty']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('declutter: nothing/*.txt: no files match');
    expect(r.stderr).toContain('declutter: empty: folder holds no files');
  });

  it('--out-dir mirrors the input tree, one output file per input, and leaves the inputs alone', { timeout: 60_000 }, () => {
    const root = makeTree('mirror');
    const before = readFileSync(join(root, 'sub', 'post.html'));
    const r = run(['--out-dir', 'out', 'mirror']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(filesUnder(join(tmp, 'out'))).toEqual(['crypto.md', 'harbour.md', 'sub/post.md']);
    expect(readFileSync(join(tmp, 'out', 'crypto.md'), 'utf8')).toBe(readFileSync(fixturePath('crypto-news-dump.expected.md'), 'utf8'));
    expect(readFileSync(join(root, 'sub', 'post.html'))).toEqual(before);
    const json = run(['--format', 'json', '--out-dir', 'outjson', 'mirror']);
    expect(json.status).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp, 'outjson', 'sub', 'post.json'), 'utf8')).inputFormat).toBe('html');
  });

  it('--skip-existing finishes an interrupted run without redoing what is written', () => {
    makeTree('resume');
    mkdirSync(join(tmp, 'resumed'));
    writeFileSync(join(tmp, 'resumed', 'crypto.md'), 'written by an earlier run\n');
    const r = run(['--out-dir', 'resumed', '--skip-existing', 'resume']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(tmp, 'resumed', 'crypto.md'), 'utf8')).toBe('written by an earlier run\n');
    expect(existsSync(join(tmp, 'resumed', 'sub', 'post.md'))).toBe(true);
    expect(r.stderr).toContain('1 skipped (output exists)');
    expect(filesUnder(join(tmp, 'resumed')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('an output folder inside the input tree is never read back as input', () => {
    const root = makeTree('inside');
    expect(run(['--out-dir', 'inside/clean', 'inside']).status).toBe(0);
    const again = run(['--out-dir', 'inside/clean', 'inside']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/3 documents/);
    expect(filesUnder(join(root, 'clean'))).toEqual(['crypto.md', 'harbour.md', 'sub/post.md']);
  });

  it('refuses to write outputs over inputs', () => {
    const root = makeTree('clash');
    copyFileSync(fixturePath('crypto-news-dump.txt'), join(root, 'story.md'));
    const same = run(['--out-dir', 'clash', 'clash']);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/outputs would mix with inputs/);
    const r = run(['--out-dir', '.', join('clash', 'story.md')]);
    expect(r.status).toBe(0);
    const over = run(['--out-dir', 'clash', join('clash', 'story.md')]);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/would overwrite the input/);
    expect(readFileSync(join(root, 'story.md'), 'utf8')).toBe(readFileSync(fixturePath('crypto-news-dump.txt'), 'utf8'));
  });

  it('usage errors: --skip-existing without --out-dir, --out-dir with --output', () => {
    expect(run(['--skip-existing', fixturePath('crypto-news-dump.txt')]).status).toBe(2);
    expect(run(['--out-dir', 'x', '-o', 'y.md', fixturePath('crypto-news-dump.txt')]).status).toBe(2);
  });
});

describe('JSON Lines records', () => {
  const page = (n: number) =>
    `<html><head><title>Story ${n}</title></head><body><nav><a href="/">Home</a></nav><article><h1>Story ${n}</h1><p>${'The council met on Tuesday and agreed on a plan for the harbour, which will be rebuilt over the next two years at a cost that surprised nobody. '.repeat(2)}</p></article></body></html>`;
  const records = [1, 2, 3].map((n) => JSON.stringify({ id: `r${n}`, url: `https://news.example/${n}`, html: page(n) }));

  function runStdin(args: string[], input: string | Buffer) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, input, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('one record in, one record out, in order, with url and id carried through (stdin, detected)', () => {
    const r = runStdin(['-f', 'json', '-q'], `${records.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['r1', 'r2', 'r3']);
    expect(out.map((o) => o.url)).toEqual(['https://news.example/1', 'https://news.example/2', 'https://news.example/3']);
    expect(out[0].title).toBe('Story 1');
    expect(out[0].text).toContain('The council met on Tuesday');
    expect(out[0].html).toBeUndefined();
    expect(out.map((o) => o.source)).toEqual(['-:1', '-:2', '-:3']);
  });

  it('a record address that is not text is not carried: JSON and front matter both give the page\'s own', () => {
    const record = JSON.stringify({ id: 'odd', url: 42, html: page(1).replace('<head>', '<head><link rel="canonical" href="https://news.example/canonical">') });
    const json = JSON.parse(runStdin(['-f', 'json', '-q'], `${record}\n`).stdout);
    expect(json.url).toBe('https://news.example/canonical');
    const markdown = runStdin(['--front-matter', '-q', '--input-format', 'jsonl'], `${record}\n`).stdout;
    expect(markdown).toContain('url: https://news.example/canonical');
  });

  it('a broken record becomes an error record in its place; the stream goes on; exit 1', () => {
    const input = [records[0], '{"id": "bad", ', JSON.stringify({ id: 'nopage', url: 'u' }), records[2]].join('\n');
    const r = runStdin(['-f', 'json', '--input-format', 'jsonl'], input);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1]).toMatchObject({ source: '-:2', error: { code: 'bad-json' } });
    expect(out[2]).toMatchObject({ id: 'nopage', source: '-:3', error: { code: 'no-page' } });
    expect(out[3].id).toBe('r3');
    expect(r.stderr).toContain('declutter: stdin:2: not a JSON object');
  });

  it('reads the page from --field, and gzip-compressed files', () => {
    const file = join(tmp, 'records.jsonl.gz');
    writeFileSync(file, gzipSync([1, 2].map((n) => JSON.stringify({ id: n, page: page(n) })).join('\n')));
    const r = run(['-f', 'json', '-q', '--field', 'page', file]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Story 1', 'Story 2']);
  });

  it('--out-dir writes a records file as .jsonl beside the mirrored documents', () => {
    mkdirSync(join(tmp, 'recs'));
    writeFileSync(join(tmp, 'recs', 'crawl.jsonl'), records.join('\n'));
    expect(run(['-f', 'json', '--out-dir', 'recs-out', 'recs']).status).toBe(0);
    expect(readFileSync(join(tmp, 'recs-out', 'crawl.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
  });
});

describe('worker threads', () => {
  const withoutTimings = (out: string) =>
    out.trim().split('\n').map((line) => {
      const record = JSON.parse(line);
      delete record.stats;
      return record;
    });

  it('-j 2 gives the same records in the same order as -j 1, for files and for a JSON Lines stream', () => {
    makeTree('threads');
    const one = run(['-j', '1', '-f', 'json', '-q', 'threads']);
    const two = run(['-j', '2', '-f', 'json', '-q', 'threads']);
    expect(two.status).toBe(0);
    expect(withoutTimings(two.stdout)).toEqual(withoutTimings(one.stdout));

    const lines = readdirSync(fixturePath('site-dumps')).sort().map((name, i) =>
      JSON.stringify({ id: i, text: readFileSync(fixturePath(`site-dumps/${name}`), 'utf8') }));
    const input = [...lines, '{"broken', ...lines].join('\n');
    const stream = (jobs: string) => spawnSync(process.execPath, [BIN, '-j', jobs, '-f', 'json', '-q'], { cwd: tmp, input, encoding: 'utf8' });
    const a = stream('1');
    const b = stream('2');
    expect(b.status).toBe(1);
    expect(withoutTimings(b.stdout)).toEqual(withoutTimings(a.stdout));
    expect(withoutTimings(b.stdout)).toHaveLength(11);
  });

  it('rejects a job count that is not a positive whole number', () => {
    expect(run(['-j', '0', fixturePath('crypto-news-dump.txt')]).status).toBe(2);
    expect(run(['-j', 'many', fixturePath('crypto-news-dump.txt')]).status).toBe(2);
  });
});

describe('a page too big for a worker', () => {
  it('runs on the main thread instead, and the stream goes on in order', { timeout: 60_000 }, () => {
    const huge = `<html><body>${'<div><p>Some words of a paragraph that goes on and on, with commas, and more words.</p><a href="/y">link</a></div>'.repeat(150_000)}</body></html>`;
    const small = `<p>${'Hello there, this is a short page with a sentence. '.repeat(5)}</p>`;
    const input = [JSON.stringify({ id: 'huge', html: huge }), JSON.stringify({ id: 'small', html: small })].join('\n');
    const r = spawnSync(process.execPath, [BIN, '-j', '2', '-f', 'json', '-q'], { cwd: tmp, input, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['huge', 'small']);
    expect(out[1].inputFormat).toBe('html');
  });
});

describe('WARC archives', () => {
  async function makeWarc(path: string, gzip: boolean) {
    const { WARCRecord, WARCSerializer } = await import('warcio');
    const response = (url: string, type: string, body: Buffer) =>
      WARCRecord.create({ url, type: 'response', httpHeaders: { 'Content-Type': type }, statusline: 'HTTP/1.1 200 OK' }, (async function* () { yield body; })());
    const records = [
      WARCRecord.create({ url: 'https://news.example/a', type: 'request', httpHeaders: { Host: 'news.example' }, statusline: 'GET /a HTTP/1.1' }, (async function* () {})()),
      response('https://news.example/a', 'text/html; charset=utf-8', readFileSync(fixturePath('blog-post.html'))),
      response('https://news.example/logo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      response('https://news.example/b', 'text/html; charset=windows-1252', Buffer.from('<html><body><article><p>Caf\xe9 owners met on Tuesday to agree on a plan for the harbour, which will be rebuilt over the next two years at a cost that surprised nobody at all.</p></article></body></html>', 'latin1')),
    ];
    const parts: Uint8Array[] = [];
    for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
    writeFileSync(path, Buffer.concat(parts));
  }

  it.each([false, true])('gives the HTML responses in order, with their target URI, as the pages would (gzip: %s)', async (gzip) => {
    const file = join(tmp, `crawl-${gzip}.warc${gzip ? '.gz' : ''}`);
    await makeWarc(file, gzip);
    const r = run(['-f', 'json', '-q', file]);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(out.map((o) => o.source)).toEqual([`${file}#2`, `${file}#4`]);
    const direct = JSON.parse(run(['-f', 'json', fixturePath('blog-post.html')]).stdout);
    expect(out[0].text).toBe(direct.text);
    expect(out[1].text).toContain('Café owners met on Tuesday');
  });
});

describe('an interrupted run', () => {
  it('leaves only whole output files, and --skip-existing finishes it', { timeout: 60_000 }, async () => {
    const inputs = join(tmp, 'many');
    mkdirSync(inputs);
    const page = readFileSync(fixturePath('blog-post.html'), 'utf8');
    for (let i = 0; i < 60; i++) writeFileSync(join(inputs, `page-${String(i).padStart(2, '0')}.html`), page.replace('Orchards', `Orchards ${i}`));
    expect(run(['-j', '1', '--out-dir', 'reference', 'many']).status).toBe(0);

    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, '-j', '1', '--out-dir', 'partial', 'many'], { cwd: tmp, stdio: 'ignore' });
    const outputs = () => (existsSync(join(tmp, 'partial')) ? readdirSync(join(tmp, 'partial')) : []);
    while (outputs().filter((f) => f.endsWith('.md')).length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    const code = await exited;
    const written = outputs();
    expect(written.some((f) => f.endsWith('.tmp'))).toBe(false);
    if (code !== 0) {
      expect(code).toBe(130);
      expect(written.length).toBeLessThan(60);
    }
    for (const f of written) expect(readFileSync(join(tmp, 'partial', f), 'utf8')).toBe(readFileSync(join(tmp, 'reference', f), 'utf8'));

    const resumed = run(['-j', '1', '--out-dir', 'partial', '--skip-existing', 'many']);
    expect(resumed.status).toBe(0);
    expect(filesUnder(join(tmp, 'partial'))).toEqual(filesUnder(join(tmp, 'reference')));
    for (const f of filesUnder(join(tmp, 'reference'))) expect(readFileSync(join(tmp, 'partial', f), 'utf8')).toBe(readFileSync(join(tmp, 'reference', f), 'utf8'));
  });
});

describe('--max-bytes', () => {
  it('refuses a file or a record larger than the limit, and goes on', () => {
    const big = join(tmp, 'big.html');
    writeFileSync(big, `<html><body><p>${'A sentence that fills the page. '.repeat(2000)}</p></body></html>`);
    const file = run(['--max-bytes', '10K', big, fixturePath('crypto-news-dump.txt')]);
    expect(file.status).toBe(1);
    expect(file.stderr).toContain(`declutter: ${big}: larger than --max-bytes (10240 bytes)`);
    expect(file.stdout).toContain('# ByteDance plans to pump');

    const input = [JSON.stringify({ id: 'big', html: readFileSync(big, 'utf8') }), JSON.stringify({ id: 'small', text: readFileSync(fixturePath('crypto-news-dump.txt'), 'utf8') })].join('\n');
    const r = spawnSync(process.execPath, [BIN, '--max-bytes', '10K', '-f', 'json', '-q'], { cwd: tmp, input, encoding: 'utf8' });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ source: '-:1', error: { code: 'too-large' } });
    expect(out[1].id).toBe('small');
    expect(run(['--max-bytes', 'lots', big]).status).toBe(2);
  });
});

describe('--timeout', () => {
  // no page of these takes a millisecond to extract, but no worker starts that fast: every document runs out of time
  it('a document past the limit fails on its own, with an error record that keeps the record’s fields; the run goes on', { timeout: 60_000 }, () => {
    const files = run(['--timeout', '0.001', '-q', fixturePath('crypto-news-dump.txt'), fixturePath('blog-post.html')]);
    expect(files.status).toBe(1);
    expect(files.stderr).toContain(`declutter: ${fixturePath('crypto-news-dump.txt')}: took longer than 0.001 s (--timeout)`);
    expect(files.stderr).toContain(`declutter: ${fixturePath('blog-post.html')}: took longer than 0.001 s (--timeout)`);

    const input = ['a', 'b'].map((id) => JSON.stringify({ id, url: `https://x.example/${id}`, text: readFileSync(fixturePath('crypto-news-dump.txt'), 'utf8') })).join('\n');
    const r = spawnSync(process.execPath, [BIN, '--timeout', '0.001', '-f', 'json', '-q'], { cwd: tmp, input, encoding: 'utf8' });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.url, o.error?.code])).toEqual([['a', 'https://x.example/a', 'timeout'], ['b', 'https://x.example/b', 'timeout']]);
  });

  it('a generous limit changes nothing, and a limit that is not a number of seconds is a usage error', () => {
    const limited = run(['--timeout', '60', '-q', fixturePath('crypto-news-dump.txt'), fixturePath('blog-post.html')]);
    const free = run(['-q', fixturePath('crypto-news-dump.txt'), fixturePath('blog-post.html')]);
    expect(limited.status).toBe(0);
    expect(limited.stdout).toBe(free.stdout);
    expect(run(['--timeout', 'soon', fixturePath('blog-post.html')]).status).toBe(2);
    expect(run(['--timeout', '-1', fixturePath('blog-post.html')]).status).toBe(2);
  });
});
