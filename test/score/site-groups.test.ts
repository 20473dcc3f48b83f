import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentSketch, extractTrace, TemplateCounts, TemplateLearner } from '../../src/index.js';
import { groupDocuments } from '../../src/score/site-groups.js';
import { distinctLines, sketchOf } from '../../src/score/sketch.js';
import { hashText } from '../../src/features/hash.js';
import { normaliseForRepeat } from '../../src/score/repeats.js';
import { ROOT, fixtureBytes, fixturePath, makeBlock } from '../helpers.js';

/** Four dumps of the Northfield Gazette and four of the Valley Courier, in one folder and no addresses. */
const MIXED = readdirSync(fixturePath('mixed-sites')).sort().map((name) => `mixed-sites/${name}`);
/** The Gazette's footer line that one Courier story quotes as a paragraph of its own. */
const GAZETTE_PUBLISHER = 'The Northfield Gazette is published by Northfield Media, an independent company owned by a trust.';
/** A footer line both sites print. */
const BOTH_SITES = 'Every story we print is checked by two editors before it goes to the printers.';

function learnMixed() {
  const learner = new TemplateLearner();
  for (const name of MIXED) learner.add(name, documentSketch(fixtureBytes(name)));
  return learner.learn();
}

const lines = (...keys: string[]) => Uint32Array.from(new Set(keys.map(hashText))).sort();
const template = (site: string, n: number) => Array.from({ length: n }, (_, i) => `${site} menu line ${i}`);

describe('groupDocuments', () => {
  const few = () => 1;

  it('joins pages whose shared lines overlap strongly, and leaves a page that shares a few generic ones', () => {
    const docs = [
      { lines: lines(...template('a', 12), 'home', 'search'), site: '' },
      { lines: lines(...template('a', 12), 'home'), site: '' },
      { lines: lines(...template('b', 12), 'home', 'search'), site: '' },
      { lines: lines(...template('b', 11), 'search'), site: '' },
      { lines: lines('home', 'search', 'contact'), site: '' },
    ];
    const groups = groupDocuments(docs, few);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).toBe(groups[3]);
    expect(groups[0]).not.toBe(groups[2]);
    expect(new Set(groups).size).toBe(3);
  });

  it('takes the host where documents carry one: one host is one group, and two hosts never merge', () => {
    const docs = [
      { lines: lines(...template('a', 12)), site: 'a.example' },
      { lines: lines('nothing in common'), site: 'a.example' },
      { lines: lines(...template('a', 12)), site: 'b.example' },
      { lines: lines(...template('a', 12)), site: '' },
    ];
    const groups = groupDocuments(docs, few);
    expect(groups[1]).toBe(groups[0]);
    expect(groups[2]).not.toBe(groups[0]);
    // a page without an address joins the site its template matches (the first that takes it)
    expect([groups[0], groups[2]]).toContain(groups[3]);
  });
});

describe('sketchOf', () => {
  it('keeps each distinct line once per element, and past its cap the same sample of lines on every page', () => {
    const blocks = ['one', 'two', 'two', 'three', ''].map((t) => makeBlock(t));
    const keys = ['one', 'two', 'two', 'three', ''];
    expect(distinctLines(sketchOf(blocks, keys))).toHaveLength(3);
    const capped = sketchOf(blocks, keys, 2);
    const smallest = [...new Set(keys.filter(Boolean).map(hashText))].sort((a, b) => a - b).slice(0, 2);
    expect([...capped.lines]).toEqual(smallest);
  });
});

describe('a batch that mixes two sites, with no addresses', () => {
  it('finds the two sites, and counts a line both print per site', () => {
    const { counts, groups } = learnMixed();
    const gazette = groups.get('mixed-sites/gazette-1.txt')!;
    const courier = groups.get('mixed-sites/courier-1.txt')!;
    expect(gazette).toMatch(/^group \d+$/);
    expect(courier).not.toBe(gazette);
    for (const name of MIXED) expect(groups.get(name)).toBe(name.includes('gazette') ? gazette : courier);
    expect(counts.documentsOf(courier)).toBe(4);
    expect(counts.documentsWith(normaliseForRepeat(BOTH_SITES), courier)).toBe(4);
    // every page is in a group: the whole batch is not counted as one site
    expect(counts.documentsOf('')).toBe(0);
  });

  it("prices site A's template as template on A's pages, not on B's, and says which group counted it", () => {
    const { counts, groups } = learnMixed();
    const trace = (name: string) => extractTrace(fixtureBytes(name), { batch: counts, batchSite: groups.get(name), source: name });
    const gazette = trace('mixed-sites/gazette-2.txt');
    const footer = gazette.blocks.find((b) => b.text === GAZETTE_PUBLISHER)!;
    expect(footer.label).toBe('drop');
    expect(footer.reason).toContain(`repeated in 4 of 4 pages of ${groups.get('mixed-sites/gazette-2.txt')}`);
    const quoting = trace('mixed-sites/courier-3.txt');
    expect(quoting.result.text).toContain(GAZETTE_PUBLISHER);
    const both = quoting.blocks.find((b) => b.text === BOTH_SITES)!;
    expect(both.reason).toContain(`repeated in 4 of 4 pages of ${groups.get('mixed-sites/courier-3.txt')}`);
  });

  it('the command line groups a folder of both sites the same way, and --explain names the group', () => {
    const run = (...flags: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'declutter.js'), ...flags, fixturePath('mixed-sites')], { encoding: 'utf8' });
    const explained = run('--explain', '--color', 'never').stdout;
    expect(explained).toMatch(/repeated in 4 of 4 pages of group 1/);
    expect(explained).toMatch(/repeated in 4 of 4 pages of group 2/);
    const results = run('-f', 'json').stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; text: string });
    expect(results).toHaveLength(8);
    expect(results.find((r) => r.source.endsWith('courier-3.txt'))!.text).toContain(GAZETTE_PUBLISHER);
    expect(results.every((r) => !r.text.includes(BOTH_SITES))).toBe(true);
  });
});

describe('HTML pages of one site', () => {
  const MENU = ['Home', 'News', 'Sport', 'Business', 'Weather', 'Letters'];
  const POPULAR = ['Harbour wall repairs to start in May', 'Ferry timetable changes for the winter', 'Lifeboat crew rescue two walkers', 'Fish market moves to the old quay'];
  const page = (n: number, extra: string[] = []) => `<html><body>
    <nav class="site-menu"><ul>${MENU.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav>
    <article><h1>Story number ${n} of the harbour</h1>
    <p>The harbour board met on day ${n} to discuss the plans for the quay, which have been argued over for a decade by the fishermen and the council alike.</p>
    <p>Members said the work on stretch ${n} would start once the winter storms had passed, and that the cost would be shared between the board and the county.</p></article>
    <section class="strip"><h2>Most read this week</h2><ul>${[...POPULAR, ...extra].map((t) => `<li class="strip-item">${t}</li>`).join('')}</ul></section>
    </body></html>`;
  const NEW_ITEM = 'Storm closes the coastal path for a week';

  it("drops a new item of an element that holds the site's template on its other pages", () => {
    const pages = [1, 2, 3, 4].map((n) => page(n)).concat(page(5, [NEW_ITEM]));
    const learner = new TemplateLearner();
    pages.forEach((html, i) => learner.add(`p${i}`, documentSketch(html)));
    const { counts, groups } = learner.learn();
    expect(groups.get('p4')).toBe('group 1');
    const graded = (batch?: TemplateCounts) => {
      const block = extractTrace(pages[4]!, batch ? { batch, batchSite: groups.get('p4') } : {}).blocks.find((b) => b.text === NEW_ITEM)!;
      return block.gradedBy ?? block.rule;
    };
    expect(graded(counts)).toBe('template/template-element');
    expect(graded()).not.toMatch(/^template/);
  });
});

describe("HTML pages of one site: the site's story element", () => {
  const SECTIONS = ['Home', 'News', 'Sport', 'Business', 'Weather', 'Letters', 'Obituaries', 'Jobs', 'Property', 'Motors', 'Events', 'Contact'];
  const caption = (n: number) => `Harbour master ${n} speaks to our reporter about the storm damage to the quay and the cost of the repairs this winter.`;
  // each page's video caption sits above the lead, in a column the site names a sidebar
  const page = (n: number) => `<html><body>
    <nav class="site-menu"><ul>${SECTIONS.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav>
    <div class="main"><h1>Story number ${n} of the harbour</h1><div id="sidebar-video"><div class="player"><p>This video is no longer available.</p><p>Share this video</p><p>Embed</p><p>Report a problem</p><div class="player-caption-box"><p class="player-caption">${caption(n)}</p></div></div></div>
    <div class="body">
    <p>The harbour board met on day ${n} to discuss the plans for the quay, which have been argued over for a decade by the fishermen and the council alike.</p>
    <p>Members said the work on stretch ${n} would start once the winter storms had passed, and that the cost would be shared between the board and the county.</p>
    <p>The county said it would publish the tender for stretch ${n} next month, and that local firms would be given the first chance to bid for the work.</p></div></div>
    <footer class="site-footer"><p>Copyright the Harbour Times</p></footer>
    </body></html>`;

  it('keeps a caption above the lead in an element that holds its own page\'s text on the site\'s other pages, and only with them', () => {
    const pages = [1, 2, 3, 4, 5].map(page);
    const learner = new TemplateLearner();
    pages.forEach((html, i) => learner.add(`p${i}`, documentSketch(html)));
    const { counts, groups } = learner.learn();
    const kept = (batch?: TemplateCounts) => extractTrace(pages[2]!, batch ? { batch, batchSite: groups.get('p2') } : {}).result.text.includes(caption(3));
    expect(kept(counts)).toBe(true);
    expect(kept()).toBe(false);
  });
});

describe('TemplateCounts', () => {
  it('survives the trip to a worker thread', () => {
    const { counts, groups } = learnMixed();
    const copied = TemplateCounts.fromData(structuredClone(counts.toData()));
    const courier = groups.get('mixed-sites/courier-1.txt')!;
    const key = normaliseForRepeat(GAZETTE_PUBLISHER);
    expect(copied.documentsWith(key, groups.get('mixed-sites/gazette-1.txt'))).toBe(4);
    expect(copied.documentsWith(key, courier)).toBe(0);
    expect(copied.documentsOf(courier)).toBe(4);
  });
});

describe('TemplateLearner memory', () => {
  it('past its bound forgets the lines seen once, and keeps those that recur', () => {
    const learner = new TemplateLearner(200);
    for (let d = 0; d < 40; d++) {
      const keys = [...template('site', 12), ...Array.from({ length: 10 }, (_, i) => `page ${d} line ${i}`)];
      learner.add(`p${d}`, sketchOf(keys.map((k) => makeBlock(k)), keys));
    }
    const { counts, groups } = learner.learn();
    const group = groups.get('p0')!;
    expect(counts.documentsWith('site menu line 3', group)).toBe(40);
    expect(counts.documentsWith('page 3 line 4', group)).toBe(0);
  });

  it('learns from its first documents only; a later one takes its host\'s group', () => {
    const learner = new TemplateLearner(undefined, 3);
    const keys = template('site', 12);
    for (let d = 0; d < 5; d++) learner.add(`p${d}`, sketchOf(keys.map((k) => makeBlock(k)), keys), 'a.example');
    const { counts, groups } = learner.learn();
    expect(groups.has('p3')).toBe(false);
    expect(counts.documentsOf(groups.get('p0'))).toBe(3);
    expect(counts.groupOfHost('a.example')).toBe(groups.get('p0'));
    expect(groups.get('p0')).toBe('group 1 (a.example)');
  });
});
