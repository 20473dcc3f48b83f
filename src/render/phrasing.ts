import type { Image, PhrasingContent, Text } from 'mdast';
import type { InlineMark, InlineRun } from '../model/index.js';
import { placeMarks, type PlacedMark } from './inline-marks.js';
import { safeTarget } from './urls.js';

/** What of a page's inline markup the Markdown keeps. */
export interface InlineOptions {
  /** Links as `[text](url)`; without, their text alone. */
  links: boolean;
  /** Pictures as `![alt](src)`; without, none (as in the text output). */
  images: boolean;
  /** The address relative links and pictures are read against, when the page's is known. */
  base: URL | null;
}

/** Plain text as phrasing, joined to the text before it: a line break in it (a `<br>`) is a hard break. */
function pushText(text: string, into: PhrasingContent[]): void {
  const lines = text.includes('\n') ? text.split('\n') : [text];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > 0) into.push({ type: 'break' });
    const last = into[into.length - 1];
    if (line && last?.type === 'text') last.value += line;
    else if (line) into.push({ type: 'text', value: line });
  }
}

/** A picture as Markdown shows it, or its alternative text where it has no source to show; nothing without `images`. */
export function picture(mark: { target: string | undefined; alt: string }, options: InlineOptions): Image | Text | null {
  if (!options.images) return null;
  const url = safeTarget(mark.target, options.base);
  const alt = mark.alt.replace(/\s+/g, ' ').trim();
  if (url) return { type: 'image', url, alt };
  return alt ? { type: 'text', value: alt } : null;
}

/** An open mark while its text is read: the children its text goes into, and where it ends. */
interface Open {
  end: number;
  kind: InlineMark['kind'] | null;
  children: PhrasingContent[];
  /** The node that holds `children`, and the list it sits in: an empty one is taken out again. */
  node?: PhrasingContent;
  parent?: PhrasingContent[];
}

/** The node a mark makes, or null where its text stays plain (a link turned off, or to nowhere safe; emphasis inside the same emphasis). */
function markNode(mark: PlacedMark, options: InlineOptions, inside: Set<InlineMark['kind']>): PhrasingContent | null {
  if (inside.has(mark.kind)) return null;
  switch (mark.kind) {
    case 'link': {
      const url = options.links ? safeTarget(mark.target, options.base) : null;
      return url ? { type: 'link', url, children: [] } : null;
    }
    case 'emphasis':
      return { type: 'emphasis', children: [] };
    case 'strong':
      return { type: 'strong', children: [] };
    default:
      return null;
  }
}

/**
 * A block's text with its marks as Markdown phrasing: links, emphasis, strong, inline code and
 * pictures where the page had them, the text between as it is (escaped when serialised).
 */
export function phrasing(text: string, run: InlineRun | undefined, options: InlineOptions): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  if (!run) {
    pushText(text, root);
    return root;
  }
  const marks = placeMarks(text, run);
  const open: Open[] = [{ end: text.length, kind: null, children: root }];
  // the kinds of the marks open as nodes: a mark inside one of its kind stays plain
  const inside = new Set<InlineMark['kind']>();
  let at = 0;
  const close = () => {
    const done = open.pop()!;
    if (done.kind) inside.delete(done.kind);
    pushText(text.slice(at, done.end), done.children);
    at = Math.max(at, done.end);
    if (done.node && done.children.length === 0) done.parent!.pop();
  };
  for (const mark of marks) {
    if (mark.start < at) continue;
    // a mark that starts where the open one ends is its sibling; a picture there is still inside it
    while (open.length > 1 && (open[open.length - 1]!.end < mark.start || (open[open.length - 1]!.end === mark.start && mark.end > mark.start))) close();
    const top = open[open.length - 1]!;
    pushText(text.slice(at, mark.start), top.children);
    at = mark.start;
    if (mark.kind === 'image') {
      const node = picture(mark, options);
      if (node) top.children.push(node);
      // cleaning joined the spaces around the picture into the one before it
      if (node && text[at - 1] === ' ' && at < text.length && text[at] !== ' ' && text[at] !== '\n') top.children.push({ type: 'text', value: ' ' });
    } else if (mark.kind === 'code') {
      const end = Math.min(mark.end, top.end);
      top.children.push({ type: 'inlineCode', value: text.slice(at, end).replace(/\n/g, ' ') });
      at = end;
    } else {
      const node = markNode(mark, options, inside);
      const end = Math.min(mark.end, top.end);
      if (node && 'children' in node) {
        top.children.push(node);
        open.push({ end, kind: mark.kind, children: node.children, node, parent: top.children });
        inside.add(mark.kind);
      } else {
        open.push({ end, kind: null, children: top.children });
      }
    }
  }
  while (open.length > 1) close();
  pushText(text.slice(at), root);
  return root;
}
