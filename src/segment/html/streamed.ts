import type { AnyNode, Document, Element } from 'domhandler';
import { STREAMED_LINKED_SHARE } from '../../settings.js';

/**
 * React's streamed rendering (React 18's `renderToPipeableStream`, the Next.js app router) sends
 * each part of a page that waited on data (a Suspense boundary) late: in its place the first
 * bytes hold a `<template id="B:0">` and the part's fallback (a skeleton, often nothing), and the
 * part itself comes at the end of `<body>` in a hidden `<div id="S:0">`, which a script (`$RC`)
 * moves into the template's place. Pages saved without running scripts keep the part hidden at
 * the end, though it is the page's content a reader sees where the template stands (a service
 * page's feature sections, a shop's product details).
 */
const BOUNDARY = /^B:([0-9a-zA-Z]+)$/;
const SEGMENT = /^S:([0-9a-zA-Z]+)$/;
/** The cheap test that a page streams any part at all, before its elements are looked through. */
const STREAMS = '<template id="B:';

/** The characters of an element's text, and of the text inside its links. */
function textShares(root: Element): { chars: number; linked: number } {
  const counts = { chars: 0, linked: 0 };
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, inLink] = stack.pop()!;
    if (node.type === 'text') {
      const length = (node as unknown as { data: string }).data.trim().length;
      counts.chars += length;
      if (inLink) counts.linked += length;
    } else if (node.type === 'tag') {
      const el = node as Element;
      for (const child of el.children) stack.push([child, inLink || el.name === 'a']);
    }
  }
  return counts;
}

/** Whether a segment is the page's own part: text more than links. */
function ownPart(segment: Element): boolean {
  const { chars, linked } = textShares(segment);
  return linked < chars * STREAMED_LINKED_SHARE;
}

/** The hidden segments of a streamed page, each read once, where its boundary's template stands. */
export class StreamedSegments {
  /** Segments by their boundaries' ids (`B:0` for `S:0`), until read. */
  private readonly waiting = new Map<string, Element>();
  private readonly read = new Set<Element>();

  /** The page's segments, or null for a page that streams none (most: one string test). */
  static of(doc: Document, html: string): StreamedSegments | null {
    if (!html.includes(STREAMS)) return null;
    const found = new StreamedSegments();
    const stack: AnyNode[] = [...doc.children];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type !== 'tag') continue;
      const el = node as Element;
      const id = SEGMENT.exec(el.attribs.id ?? '')?.[1];
      // a segment is hidden until its script moves it; one that is shown is in its place already
      if (id !== undefined && el.attribs.hidden !== undefined) {
        if (ownPart(el)) found.waiting.set(`B:${id}`, el);
      } else for (const child of el.children) stack.push(child);
    }
    return found.waiting.size ? found : null;
  }

  /** Whether the walk reads the element here as a streamed page's: a boundary's template (its segment in its place), or a segment read already there. */
  owns(el: Element): boolean {
    return this.read.has(el) || (el.name === 'template' && BOUNDARY.test(el.attribs.id ?? '') && this.waiting.has(el.attribs.id!));
  }

  /** Puts a template's segment's children on the walk's stack, to be read where the template stands, once (a segment met again adds nothing). */
  push(el: Element, stack: AnyNode[], leaving: boolean[]): void {
    const segment = this.waiting.get(el.attribs.id ?? '');
    if (el.name !== 'template' || !segment) return;
    this.waiting.delete(el.attribs.id!);
    this.read.add(segment);
    for (let i = segment.children.length - 1; i >= 0; i--) {
      stack.push(segment.children[i]!);
      leaving.push(false);
    }
  }
}
