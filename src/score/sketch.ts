import type { Block, Container } from '../model/index.js';
import { FNV_START, hashText, mixNumber, mixText } from '../features/hash.js';
import { CLASS_PATH_ELEMENTS, ELEMENT_NAMES_KEPT, TEMPLATE_SKETCH_PAIRS } from '../settings.js';
import { mapped } from '../model/mapped.js';

/**
 * What the batch's first pass keeps of one document: its distinct lines, each beside the class
 * path of the element that holds it (0 in a dump), as hashes. A few kilobytes however large the
 * page: past `TEMPLATE_SKETCH_PAIRS` only the pairs with the smallest line hashes are kept, so
 * that two pages keep the same sample of the lines they share.
 */
export interface DocumentSketch {
  lines: Uint32Array;
  paths: Uint32Array;
}

/**
 * A block's element by the tags and classes of it and its nearest ancestors (`div.sidebar > ul >
 * li`): the same on every page of a site for its menus, widgets and footers, whatever they show
 * that day. 0 for a dump's line, which has no element.
 */
export function classPath(container: Container | null, depth = CLASS_PATH_ELEMENTS): number {
  if (!container) return 0;
  let h = FNV_START;
  for (let c: Container | null = container, k = 0; c && k < depth; c = c.parent, k++) h = mixNumber(h, elementName(c));
  // 0 stands for no element
  return h || 1;
}

/** A class token with a digit names one item (`post-1234`, `menu-item-77`), not a kind of element. */
const NUMBERED = /\d/;
const CLASS_SEPARATOR = /\s+/;
/** Element names by tag and class attribute: a page repeats a few of them thousands of times. */
const names = new Map<string, number>();

/** An element's tag and the class tokens that name a kind of element, hashed; the same on every page of a site. */
function elementName(container: Container): number {
  const classes = container.classes ?? '';
  const key = `${container.tag} ${classes}`;
  let h = names.get(key);
  if (h === undefined) {
    h = hashText(container.tag);
    for (const token of classes.split(CLASS_SEPARATOR)) if (token && !NUMBERED.test(token)) h = mixText(mixText(h, '.'), token);
    // a long batch's own class names would fill the table: it starts again
    if (names.size >= ELEMENT_NAMES_KEPT) names.clear();
    names.set(key, h);
  }
  return h;
}

/** The sketch of a document from its blocks and their normalised lines (`normaliseForRepeat`). */
export function sketchOf(blocks: readonly Block[], keys: readonly string[], cap = TEMPLATE_SKETCH_PAIRS): DocumentSketch {
  const lines: number[] = [];
  const paths: number[] = [];
  keys.forEach((key, i) => {
    if (!key) return;
    lines.push(hashText(key));
    paths.push(classPath(blocks[i]!.container));
  });
  const order = mapped(lines, (_, i) => i).sort((a, b) => lines[a]! - lines[b]! || paths[a]! - paths[b]!);
  const kept: number[] = [];
  for (const i of order) {
    const last = kept[kept.length - 1];
    if (last !== undefined && lines[last] === lines[i] && paths[last] === paths[i]) continue;
    if (kept.length === cap) break;
    kept.push(i);
  }
  return { lines: Uint32Array.from(kept, (i) => lines[i]!), paths: Uint32Array.from(kept, (i) => paths[i]!) };
}

/** A sketch's distinct lines, in increasing order (a line held by two elements is in it twice). */
export function distinctLines(sketch: DocumentSketch): Uint32Array {
  const { lines } = sketch;
  let n = 0;
  const out = new Uint32Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[i - 1]) out[n++] = lines[i]!;
  return out.subarray(0, n);
}
