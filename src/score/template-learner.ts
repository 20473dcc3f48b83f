import { distinctLines, type DocumentSketch } from './sketch.js';
import { groupDocuments } from './site-groups.js';
import { TemplateCounts } from './template-counts.js';
import { templateMinDocuments } from './template.js';
import { STORY_PATH_TEMPLATE_SHARE, TEMPLATE_MAX_PAIRS, TEMPLATE_MAX_SKETCHES, TEMPLATE_MIN_DOCUMENTS, TEMPLATE_PATH_SHARE } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** What a batch's first pass learnt: the counts every extraction reads, and the group each document's lines are counted in. */
export interface LearntTemplate {
  counts: TemplateCounts;
  /** The group a document (by its source) belongs to; a document in none is counted with the whole batch (`''`). */
  groups: Map<string, string>;
}

/** In how many of these documents each line occurs, for the lines in at least `min` of them (sorted, then counted in runs). */
function lineCounts(sketches: readonly DocumentSketch[], min: number): Map<number, number> {
  const all = new Uint32Array(sketches.reduce((n, s) => n + s.lines.length, 0));
  let at = 0;
  for (const sketch of sketches) {
    const lines = distinctLines(sketch);
    all.set(lines, at);
    at += lines.length;
  }
  const sorted = all.subarray(0, at).sort();
  const counts = new Map<number, number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= min) counts.set(sorted[i]!, j - i);
    i = j;
  }
  return counts;
}

/** The sketch without the lines not in `keep`. */
function restricted(sketch: DocumentSketch, keep: ReadonlyMap<number, number>): DocumentSketch {
  const at: number[] = [];
  sketch.lines.forEach((line, i) => keep.has(line) && at.push(i));
  return { lines: Uint32Array.from(at, (i) => sketch.lines[i]!), paths: Uint32Array.from(at, (i) => sketch.paths[i]!) };
}

/**
 * Learns the template of the sites in a batch from the sketches of its documents (`sketchOf`), in
 * one pass over them: documents are grouped into sites by host or by the lines they share
 * (`groupDocuments`), then each group's lines, and the class paths whose elements hold its
 * template, are counted over the group's pages. Memory is the sketches, a few kilobytes a
 * document; past `TEMPLATE_MAX_PAIRS` the lines seen in one document so far are forgotten (a
 * template line recurs from the start and stays; one that comes back is undercounted, never over).
 */
export class TemplateLearner {
  private readonly sources: string[] = [];
  private readonly sites: string[] = [];
  private sketches: DocumentSketch[] = [];
  private pairs = 0;
  /** Pairs past which the lines seen once are forgotten; it grows when what recurs fills it. */
  private bound: number;

  constructor(
    maxPairs = TEMPLATE_MAX_PAIRS,
    private readonly maxDocuments = TEMPLATE_MAX_SKETCHES,
  ) {
    this.bound = maxPairs;
  }

  get documents(): number {
    return this.sketches.length;
  }

  /** Takes a document's sketch; past `maxDocuments`, none (the document takes its host's group, or the batch's counts). */
  add(source: string, sketch: DocumentSketch, site = ''): void {
    if (this.sketches.length >= this.maxDocuments) return;
    this.sources.push(source);
    this.sites.push(site);
    this.sketches.push(sketch);
    this.pairs += sketch.lines.length;
    if (this.pairs > this.bound) this.forgetSingles();
  }

  private forgetSingles(): void {
    const recurring = lineCounts(this.sketches, 2);
    this.sketches = mapped(this.sketches, (s) => restricted(s, recurring));
    this.pairs = this.sketches.reduce((n, s) => n + s.lines.length, 0);
    // what recurs stays: forgetting again is worth it only once as much more has come
    this.bound = Math.max(this.bound, this.pairs * 2);
  }

  learn(): LearntTemplate {
    const counts = new TemplateCounts();
    const groups = new Map<string, string>();
    const recurring = lineCounts(this.sketches, 2);
    const shared = mapped(this.sketches, (s, i) => ({ lines: distinctLines(restricted(s, recurring)), site: this.sites[i]! }));
    const roots = groupDocuments(shared, (line) => recurring.get(line) ?? 0);
    const members = new Map<number, number[]>();
    roots.forEach((root, i) => {
      const group = members.get(root);
      if (group) group.push(i);
      else members.set(root, [i]);
    });
    let named = 0;
    for (const group of members.values()) {
      if (group.length < TEMPLATE_MIN_DOCUMENTS) continue;
      const withSite = group.find((i) => this.sites[i]);
      const site = withSite === undefined ? '' : this.sites[withSite]!;
      const name = `group ${++named}${site ? ` (${site})` : ''}`;
      for (const i of group) groups.set(this.sources[i]!, name);
      if (site) counts.setHost(site, name);
      this.countGroup(counts, name, mapped(group, (i) => this.sketches[i]!));
    }
    // the documents in no group are counted with the whole batch, as one site
    if (groups.size < this.sketches.length) {
      counts.setGroup('', this.sketches.length);
      for (const [line, n] of recurring) if (n >= TEMPLATE_MIN_DOCUMENTS) counts.setLine('', line, n);
    }
    return { counts, groups };
  }

  /**
   * A group's line counts, its template paths (those whose blocks on its pages are mostly
   * template lines) and its story paths (those on several of its pages whose blocks hardly ever
   * are: what they hold differs from page to page, as a story's text does).
   */
  private countGroup(counts: TemplateCounts, name: string, sketches: DocumentSketch[]): void {
    counts.setGroup(name, sketches.length);
    const lines = lineCounts(sketches, TEMPLATE_MIN_DOCUMENTS);
    for (const [line, n] of lines) counts.setLine(name, line, n);
    const minDocuments = templateMinDocuments(sketches.length);
    const held = new Map<number, { blocks: number; template: number; pages: number; last: number }>();
    sketches.forEach((sketch, d) => {
      sketch.paths.forEach((path, i) => {
        if (path === 0) return;
        let entry = held.get(path);
        if (!entry) held.set(path, (entry = { blocks: 0, template: 0, pages: 0, last: -1 }));
        entry.blocks++;
        if ((lines.get(sketch.lines[i]!) ?? 0) >= minDocuments) entry.template++;
        if (entry.last !== d) {
          entry.pages++;
          entry.last = d;
        }
      });
    });
    for (const [path, { blocks, template, pages }] of held) {
      if (pages < minDocuments) continue;
      if (template >= blocks * TEMPLATE_PATH_SHARE) counts.setPath(name, path, pages);
      else if (template <= blocks * STORY_PATH_TEMPLATE_SHARE) counts.setStoryPath(name, path, pages);
    }
  }
}
