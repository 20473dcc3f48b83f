// --no-links, --images and --front-matter on the command line, on stdout and in --out-dir files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, ensureBuilt, fixturePath } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'declutter.js');
const PAGE = fixturePath('markdown/images.html');
const LINKS = fixturePath('markdown/links.html');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 15_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The YAML between the `---` lines that open a document, and the Markdown after them. */
function split(output: string): { metadata: unknown; markdown: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(output);
  if (!match) throw new Error(`no front matter in ${output.slice(0, 80)}`);
  return { metadata: parse(match[1]!), markdown: output.slice(match[0].length) };
}

/** What the front matter holds of a JSON result: every metadata field that is known (an empty list is none). */
function metadataOf(result: Record<string, unknown>): Record<string, unknown> {
  const extraction = new Set(['source', 'inputFormat', 'text', 'markdown', 'empty', 'stats']);
  return Object.fromEntries(Object.entries(result).filter(([key, value]) => !extraction.has(key) && value !== null && !(Array.isArray(value) && value.length === 0)));
}

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'declutter-markdown-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('links and pictures', () => {
  it('links are on by default and --no-links turns them off; the text output never has them', () => {
    expect(run([LINKS]).stdout).toContain('[north pier](https://news.example.org/local/pier.html)');
    const plain = run(['--no-links', LINKS]).stdout;
    expect(plain).toContain('rebuild the north pier, which');
    expect(plain).not.toContain('](');
    expect(run(['-f', 'text', LINKS]).stdout).not.toContain('](');
  });

  it('--images adds the pictures, to the JSON Markdown too, and the JSON text stays plain', () => {
    expect(run([PAGE]).stdout).not.toContain('![');
    expect(run(['--images', PAGE]).stdout).toContain('![The north pier at dawn, with its new deck](https://www.example.org/photos/pier.jpg)');
    const record = JSON.parse(run(['-f', 'json', '--images', '--no-links', PAGE]).stdout) as { markdown: string; text: string };
    expect(record.markdown).toContain('![A sensor on a pile]');
    expect(record.text).not.toMatch(/!\[|\]\(/);
  });
});

describe('--front-matter', () => {
  it('puts YAML front matter with the metadata before the Markdown, which parses back to the JSON output’s metadata', () => {
    const { status, stdout } = run(['--front-matter', PAGE]);
    expect(status).toBe(0);
    const { metadata, markdown } = split(stdout);
    const json = JSON.parse(run(['-f', 'json', PAGE]).stdout) as Record<string, unknown>;
    expect(metadata).toEqual(metadataOf(json));
    expect(Object.keys(metadata as object).slice(0, 3)).toEqual(['title', 'url', 'lang']);
    expect(markdown).toBe(json.markdown);
  });

  it('opens every file of --out-dir', () => {
    const out = join(tmp, 'out');
    expect(run(['--front-matter', '-q', '--out-dir', out, PAGE, LINKS]).status).toBe(0);
    for (const [name, page] of [['images.md', PAGE], ['links.md', LINKS]] as const) {
      const { metadata } = split(readFileSync(join(out, name), 'utf8'));
      expect(metadata).toEqual(metadataOf(JSON.parse(run(['-f', 'json', page]).stdout) as Record<string, unknown>));
    }
  });

  it('needs Markdown output', () => {
    const r = run(['--front-matter', '-f', 'json', PAGE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--front-matter needs Markdown output');
  });
});
