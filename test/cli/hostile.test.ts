// Hostile and broken input: each gets a one-line answer or a plain result, never a crash.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'declutter.js');
const STORY = 'The harbour board agreed on Thursday to rebuild the north pier, which has been closed to heavy vehicles since a storm cracked its deck two winters ago.';

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-hostile-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('inputs that are not files', () => {
  it.skipIf(process.platform === 'win32')('a named pipe given as a file: exit 1, one line naming it', () => {
    withDir((dir) => {
      const fifo = join(dir, 'pipe');
      spawnSync('mkfifo', [fifo]);
      const r = spawnSync(process.execPath, [BIN, fifo], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`declutter: ${fifo}: not a regular file (a pipe or a device: pipe it into stdin instead)\n`);
    });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('an unreadable file: exit 1, permission denied', () => {
    withDir((dir) => {
      const file = join(dir, 'secret.txt');
      writeFileSync(file, STORY);
      chmodSync(file, 0o000);
      const r = spawnSync(process.execPath, [BIN, file], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`declutter: ${file}: permission denied\n`);
    });
  });
});

describe('shapes no page should have', () => {
  it('a 10 MB line without a newline', { timeout: 60_000 }, () => {
    const line = `${STORY} `.repeat(Math.ceil(10_000_000 / (STORY.length + 1)));
    const result = extract(line, { inputFormat: 'text' });
    expect(result.text.length).toBeGreaterThan(1_000_000);
  });

  it('two hundred thousand tiny paragraphs', { timeout: 60_000 }, () => {
    expect(extract('a\n\n'.repeat(200_000), { inputFormat: 'text' }).text).toBe('');
    expect(() => extract(`<html><body>${'<p>a</p>'.repeat(200_000)}</body></html>`)).not.toThrow();
  });

  it('regex-hostile runs of spaces, dots, dashes, digits and mixed scripts', () => {
    const runs = [' '.repeat(200_000), '.'.repeat(200_000), '-'.repeat(200_000), '1'.repeat(200_000), 'aБ中'.repeat(70_000), 'Ab'.repeat(100_000), `${'a@'.repeat(50_000)}.com`];
    for (const run of runs) {
      for (const format of ['text', 'html'] as const) {
        expect(() => extract(`${STORY}\n${run}\n${STORY}`, { inputFormat: format })).not.toThrow();
      }
    }
  });

  it('markup that never closes: comments, scripts and attributes', () => {
    for (const page of ['<html><body><!-- never closed <p>a</p>', '<html><body><p>x</p><script>never closed', `<html><body><p title="${'x'.repeat(100_000)}`]) {
      expect(() => extract(page)).not.toThrow();
    }
  });
});
