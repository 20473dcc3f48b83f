import type { SiteLineCounts } from '../model/index.js';
import { hashText, mixNumber, mixText } from '../features/hash.js';

/** The counts as they travel to worker threads: typed arrays, copied whole rather than number by number. */
export interface TemplateCountsData {
  keys: Uint32Array;
  counts: Uint32Array;
  /** Each group's name and number of documents. */
  groups: [string, number][];
  /** The group of each host that has one. */
  hosts: [string, string][];
}

/** Marks a class path's key apart from a line's, and a story path's apart from a template path's. */
const PATH_MARK = '\u0002';
const STORY_PATH_MARK = '\u0003';

const groupKey = (group: string) => hashText(group);
export const lineInGroup = (group: string, line: number) => mixNumber(groupKey(group), line);
export const pathInGroup = (group: string, path: number) => mixNumber(mixText(groupKey(group), PATH_MARK), path);
const storyPathInGroup = (group: string, path: number) => mixNumber(mixText(groupKey(group), STORY_PATH_MARK), path);

/**
 * What a batch learnt of its sites' templates, as extraction reads it: per group of documents (a
 * site, found by its address or by the lines its pages share; `''` is the whole batch), the pages
 * of the group that hold each recurring line, and the class paths whose elements hold the group's
 * template. Only what can reach a threshold is kept: lines in fewer than three pages are not here.
 */
export class TemplateCounts implements SiteLineCounts {
  private readonly counts = new Map<number, number>();
  private readonly groups = new Map<string, number>();
  private readonly hosts = new Map<string, string>();

  /** Records that `pages` of the group's documents hold this line. */
  setLine(group: string, line: number, pages: number): void {
    this.counts.set(lineInGroup(group, line), pages);
  }

  /** Records that `pages` of the group's documents hold the template in elements of this class path. */
  setPath(group: string, path: number, pages: number): void {
    this.counts.set(pathInGroup(group, path), pages);
  }

  /** Records that `pages` of the group's documents hold text of their own, hardly ever the template, in elements of this class path. */
  setStoryPath(group: string, path: number, pages: number): void {
    this.counts.set(storyPathInGroup(group, path), pages);
  }

  setGroup(group: string, documents: number): void {
    this.groups.set(group, documents);
  }

  setHost(host: string, group: string): void {
    this.hosts.set(host, group);
  }

  /** The group of a host's documents, for a document the first pass did not group (`''`: the whole batch). */
  groupOfHost(host: string): string {
    return (host && this.hosts.get(host)) || '';
  }

  documentsWith(key: string, site = ''): number {
    return this.counts.get(lineInGroup(site, hashText(key))) ?? 0;
  }

  documentsOf(site = ''): number {
    return this.groups.get(site) ?? 0;
  }

  templatePathPages(path: number, site = ''): number {
    return path === 0 ? 0 : (this.counts.get(pathInGroup(site, path)) ?? 0);
  }

  storyPathPages(path: number, site = ''): number {
    return path === 0 ? 0 : (this.counts.get(storyPathInGroup(site, path)) ?? 0);
  }

  get size(): number {
    return this.counts.size;
  }

  toData(): TemplateCountsData {
    return { keys: Uint32Array.from(this.counts.keys()), counts: Uint32Array.from(this.counts.values()), groups: [...this.groups], hosts: [...this.hosts] };
  }

  static fromData(data: TemplateCountsData): TemplateCounts {
    const table = new TemplateCounts();
    data.keys.forEach((k, i) => table.counts.set(k, data.counts[i]!));
    for (const [group, documents] of data.groups) table.groups.set(group, documents);
    for (const [host, group] of data.hosts) table.hosts.set(host, group);
    return table;
  }
}
