import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentLines, extract, extractTrace, LineStats } from '../../src/index.js';
import { documentHashes, markTemplateLines as markWith, templateVerdicts } from '../../src/score/template.js';
import type { Features, Verdict } from '../../src/model/index.js';
import { ROOT, fixtureBytes, fixturePath } from '../helpers.js';

const SITE = readdirSync(fixturePath('site-dumps')).sort().map((name) => `site-dumps/${name}`);
const FOOTER = 'Our reporting is paid for by readers, and every subscription keeps a reporter on the waterfront for another week.';
const QUOTED = '“We cannot keep dredging the channel every spring and pretending the silt will stop coming,”';

function siteStats(): LineStats {
  const stats = new LineStats();
  for (const name of SITE) stats.addDocument(documentLines(fixtureBytes(name)));
  return stats;
}

/** Gives the verdicts their template verdicts where the counts make one. */
function markTemplateLines(verdicts: Verdict[], features: Features[], keys: string[], stats: LineStats): void {
  const template = templateVerdicts(verdicts, features, keys, stats);
  if (template) markWith(verdicts, template);
}

const prose = (words: number): Features => ({
  words, stopwordDensity: 0.5, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false,
});

describe('LineStats', () => {
  it('counts a line once per document, however often the document repeats it', () => {
    const stats = new LineStats();
    stats.addDocument(['menu', 'menu', 'story a']);
    stats.addDocument(['menu', 'story b']);
    expect(stats.documents).toBe(2);
    expect(stats.documentsWith('menu')).toBe(2);
    expect(stats.documentsWith('story a')).toBe(1);
    expect(stats.documentsWith('never seen')).toBe(0);
  });

  it('stays bounded: when full it forgets lines seen once and keeps the recurring ones', () => {
    const stats = new LineStats(100);
    for (let d = 0; d < 50; d++) stats.addDocument(['footer line', ...Array.from({ length: 10 }, (_, i) => `doc ${d} line ${i}`)]);
    expect(stats.documentsWith('footer line')).toBe(50);
    expect(stats.documentsWith('doc 3 line 4')).toBe(0);
  });
});

describe('markTemplateLines', () => {
  const stats = new LineStats();
  for (let d = 0; d < 10; d++) stats.addDocument(['disclaimer text', `story ${d}`, d < 2 ? 'quoted sentence' : '']);

  it('marks a line in most documents, and leaves a line in two', () => {
    const verdicts: Verdict[] = [{ grade: 'good', reason: 'prose' }, { grade: 'good', reason: 'prose' }, { grade: 'good', reason: 'prose' }];
    markTemplateLines(verdicts, [prose(30), prose(80), prose(20)], ['disclaimer text', 'story 0', 'quoted sentence'], stats);
    expect(verdicts[0]).toMatchObject({ grade: 'bad', reason: 'repeated in 10 of 10 pages', family: 'template' });
    expect(verdicts[1]!.grade).toBe('good');
    expect(verdicts[2]!.grade).toBe('good');
  });

  it('keeps recurring prose that is most of the document: the same story syndicated, not a template', () => {
    const verdicts: Verdict[] = [{ grade: 'good', reason: 'prose' }, { grade: 'short', reason: 'short' }];
    markTemplateLines(verdicts, [prose(200), prose(2)], ['disclaimer text', 'disclaimer text'], stats);
    expect(verdicts[0]!.grade).toBe('good');
    expect(verdicts[1]!.grade).toBe('bad');
  });

  it('does nothing for a batch too small to tell', () => {
    const small = new LineStats();
    small.addDocument(['x']);
    small.addDocument(['x']);
    const verdicts: Verdict[] = [{ grade: 'good', reason: 'prose' }];
    markTemplateLines(verdicts, [prose(20)], ['x'], small);
    expect(verdicts[0]!.grade).toBe('good');
  });
});

describe('a handful of dumps of one site', () => {
  it('alone, a dump keeps the prose-like footer line next to its story', () => {
    expect(extract(fixtureBytes(SITE[0]!)).text).toContain(FOOTER);
  });

  it('in the batch, the footer and the menu go only because they repeat; the story stays', () => {
    const batch = siteStats();
    for (const name of SITE) {
      const { result, blocks } = extractTrace(fixtureBytes(name), { batch });
      expect(result.text).not.toContain(FOOTER);
      expect(blocks.find((b) => b.text === FOOTER)!.reason).toMatch(/repeated in 5 of 5 pages/);
      expect(result.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a story sentence that two of the articles quote', () => {
    const batch = siteStats();
    const quoting = SITE.filter((name) => fixtureBytes(name).toString('utf8').includes(QUOTED));
    expect(quoting).toHaveLength(2);
    for (const name of quoting) expect(extract(fixtureBytes(name), { batch }).text).toContain(QUOTED);
  });

  it('the CLI learns the template across its inputs, and --no-template turns it off', () => {
    const paths = SITE.map((name) => fixturePath(name));
    const run = (...flags: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin', 'declutter.js'), '--format', 'json', ...flags, ...paths], { encoding: 'utf8' });
    const learnt = run().stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string });
    const plain = run('--no-template').stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string });
    expect(learnt).toHaveLength(5);
    expect(learnt.every((r) => !r.text.includes(FOOTER))).toBe(true);
    expect(plain.every((r) => r.text.includes(FOOTER))).toBe(true);
  });
});

describe('a JSON Lines file mixing sites', () => {
  it('counts lines per host: a line that is one site’s footer stays in another site’s story', () => {
    const harbour = SITE.map((name, i) => ({ id: `a${i}`, url: `https://harbour.example/${i}`, text: fixtureBytes(name).toString('utf8') }));
    const story = (n: number, extra = '') =>
      [`Council story number ${n}`, `The council met on Tuesday to agree a plan for road number ${n}, which will be rebuilt over two years at a cost that surprised nobody in the town.`, extra, `Residents said they welcomed the plan for road ${n}, although several asked why the work would not start before the autumn, when the weather turns.`].filter(Boolean).join('\n\n');
    const other = [1, 2, 3].map((n) => ({ id: `b${n}`, url: `https://www.council.example/${n}`, text: story(n, n === 1 ? FOOTER : '') }));
    const file = join(tmpdir(), `declutter-mixed-${process.pid}.jsonl`);
    writeFileSync(file, [...harbour, ...other].map((r) => JSON.stringify(r)).join('\n'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'declutter.js'), '-f', 'json', '-q', file], { encoding: 'utf8' });
      const out = new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }).map((o) => [o.id, o.text]));
      expect(out.get('a0')).not.toContain(FOOTER);
      expect(out.get('b1')).toContain(FOOTER);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('line counts handed between threads', () => {
  it('a document counted from its hashes counts as its lines would, and the counts survive the trip to a worker', () => {
    const pages = [['Menu', 'Story one', 'Footer', 'Menu'], ['Menu', 'Story two', 'Footer'], ['Menu', 'Footer', 'Story three']];
    const direct = new LineStats();
    const hashed = new LineStats();
    for (const lines of pages) {
      direct.addDocument(lines, 'a.example');
      hashed.addHashes(documentHashes(lines, 'a.example'));
    }
    const copied = LineStats.fromData(structuredClone(hashed.toData()));
    for (const stats of [hashed, copied]) {
      for (const line of ['Menu', 'Footer', 'Story one', 'Absent']) expect(stats.documentsWith(line, 'a.example')).toBe(direct.documentsWith(line, 'a.example'));
      expect(stats.documents).toBe(3);
    }
    expect(direct.documentsWith('Menu', 'a.example')).toBe(3);
    expect(direct.documentsWith('Menu', 'b.example')).toBe(0);
  });
});
