import { TEMPLATE_GROUP_CANDIDATES, TEMPLATE_GROUP_JACCARD, TEMPLATE_GROUP_MIN_SHARED } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** A document as grouping sees it: the lines it shares with other documents of the batch (hashes, increasing), and its host if known. */
export interface Shared {
  lines: Uint32Array;
  site: string;
}

/** Documents joined into sets (union-find, by size, with path halving); a set whose documents name a host takes no document of another host. */
class Sets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly host: string[];

  constructor(sites: readonly string[]) {
    this.parent = Int32Array.from(sites, (_, i) => i);
    this.size = new Int32Array(sites.length).fill(1);
    this.host = [...sites];
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) x = p[x] = p[p[x]!]!;
    return x;
  }

  /** Joins the sets of `a` and `b`, unless they name two hosts. */
  join(a: number, b: number): void {
    let [x, y] = [this.find(a), this.find(b)];
    if (x === y || (this.host[x] && this.host[y] && this.host[x] !== this.host[y])) return;
    if (this.size[x]! < this.size[y]!) [x, y] = [y, x];
    this.parent[y] = x;
    this.size[x]! += this.size[y]!;
    this.host[x] ||= this.host[y]!;
  }
}

/** Lines two increasing arrays share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** Whether two documents' shared lines overlap strongly enough to be pages of one site. */
function sameTemplate(a: Uint32Array, b: Uint32Array): boolean {
  const n = sharedCount(a, b);
  return n >= TEMPLATE_GROUP_MIN_SHARED && n >= TEMPLATE_GROUP_JACCARD * (a.length + b.length - n);
}

/**
 * A document's rarest lines, as many as any document it is as similar to as the threshold asks
 * must share one of (the prefix filter of all-pairs similarity search, Bayardo et al. 2007):
 * compared through these alone, no pair above the threshold is missed.
 */
function prefixOf(lines: Uint32Array, documentsWith: (line: number) => number): number[] {
  const byRarity = [...lines].sort((a, b) => documentsWith(a) - documentsWith(b) || a - b);
  return byRarity.slice(0, lines.length - Math.ceil(TEMPLATE_GROUP_JACCARD * lines.length) + 1);
}

/**
 * Groups the documents of a batch into sites: the same host where documents carry addresses,
 * and pages whose lines shared with other documents (menus, footers, widget labels: the
 * template) overlap strongly (`sameTemplate`), joined transitively. Each document is compared,
 * through its rarest shared lines, with the latest few documents that hold each of them
 * (`TEMPLATE_GROUP_CANDIDATES`), and not with those already in its set: a site of thousands of
 * pages costs a few comparisons a page, not one per pair. Returns each document's group, as the
 * index of one of its documents.
 */
export function groupDocuments(documents: readonly Shared[], documentsWith: (line: number) => number): Int32Array {
  const sets = new Sets(mapped(documents, (d) => d.site));
  const firstOfHost = new Map<string, number>();
  documents.forEach((d, i) => {
    if (!d.site) return;
    const first = firstOfHost.get(d.site);
    if (first === undefined) firstOfHost.set(d.site, i);
    else sets.join(first, i);
  });
  const holders = new Map<number, number[]>();
  documents.forEach((d, i) => {
    if (d.lines.length < TEMPLATE_GROUP_MIN_SHARED) return;
    const prefix = prefixOf(d.lines, documentsWith);
    const tried = new Set<number>();
    for (const line of prefix) {
      const latest = holders.get(line);
      if (!latest) continue;
      for (let k = latest.length - 1; k >= 0; k--) {
        const other = latest[k]!;
        if (tried.has(other) || sets.find(other) === sets.find(i)) continue;
        tried.add(other);
        if (sameTemplate(d.lines, documents[other]!.lines)) sets.join(i, other);
      }
    }
    for (const line of prefix) {
      const latest = holders.get(line);
      if (!latest) holders.set(line, [i]);
      else {
        latest.push(i);
        if (latest.length > TEMPLATE_GROUP_CANDIDATES) latest.shift();
      }
    }
  });
  return Int32Array.from(documents, (_, i) => sets.find(i));
}
