import type { Element } from 'domhandler';
import type { InlineMark } from '../../model/index.js';
import { PICTURE_MIN_SIDE } from '../../settings.js';
import { attributePiece, type PieceDecoder } from './pieces.js';

/** The inline elements the Markdown keeps, by the mark each makes; null for every other element. */
export function markKind(name: string): InlineMark['kind'] | null {
  switch (name) {
    case 'a':
      return 'link';
    case 'em':
    case 'i':
      return 'emphasis';
    case 'strong':
    case 'b':
      return 'strong';
    case 'code':
      return 'code';
    default:
      return null;
  }
}

/** A mark over the running text as the walk reads it (raw, before the block's text is cleaned); `end` -1 while open. */
interface RawMark extends InlineMark {
  /** A picture inside boilerplate (a share bar's icons): never one that stands alone. */
  aside?: boolean;
}

/**
 * Lazy loading leaves `src` empty or a placeholder (`data:` GIF) and puts the picture in a data
 * attribute or a `srcset`, whose first candidate is taken.
 */
function imageSource(a: Record<string, string>): string | undefined {
  const src = a.src?.trim();
  if (src && !/^data:/i.test(src)) return src;
  const lazy = a['data-src'] ?? a['data-lazy-src'] ?? a['data-original'] ?? (a['data-srcset'] ?? a.srcset)?.trim().split(/[\s,]/)[0];
  return lazy?.trim() || src || undefined;
}

/** A picture declared smaller than an icon: a tracking pixel, a bullet, a logo glyph. */
function tiny(a: Record<string, string>): boolean {
  for (const side of [a.width, a.height]) {
    const pixels = side === undefined ? NaN : Number.parseInt(side, 10);
    if (pixels < PICTURE_MIN_SIDE) return true;
  }
  return false;
}

const SPACE = new Set([0x20, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);

/** Whether `raw`, a character of the running text, is what cleaning made `clean` of it. */
function same(raw: number, clean: number): boolean {
  if (raw === clean) return true;
  if (clean === 0x20) return SPACE.has(raw) || (raw >= 0x2000 && raw <= 0x200a);
  return clean === 0x0a && raw === 0x0d;
}

/**
 * Where each position of the running text lands in the block's text. Cleaning only removes
 * characters or replaces one (spaces, line ends), so the text is the running text's subsequence
 * and a greedy walk aligns them; most texts only lose the spaces around them.
 */
function positionsIn(raw: string, text: string): (p: number) => number {
  let lead = 0;
  while (lead < raw.length && raw.charCodeAt(lead) <= 0x20) lead++;
  if (raw.startsWith(text, lead)) return (p) => Math.min(Math.max(p - lead, 0), text.length);
  const at = new Int32Array(raw.length + 1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    at[i] = j;
    if (j < text.length && same(raw.charCodeAt(i), text.charCodeAt(j))) j++;
  }
  at[raw.length] = j;
  return (p) => at[p]!;
}

/** A mark's ends moved inside the text it covers: `<em> word </em>` emphasises `word`. */
function trimmed(mark: InlineMark, text: string): InlineMark | null {
  let { start, end } = mark;
  while (start < end && (text[start] === ' ' || text[start] === '\n')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
  if (start === end && mark.kind !== 'image') return null;
  return { ...mark, start, end };
}

/**
 * The marks of one walk: links, emphasis, inline code and pictures, recorded against the running
 * text as the walk reads it and moved onto each block's text when the block is made. Only the
 * elements that make a mark cost anything.
 */
export class InlineCapture {
  /** Marks of the running text, in the order their elements opened. */
  private marks: RawMark[] = [];
  private readonly open: RawMark[] = [];
  /** Pictures that stood alone, waiting for the next block. */
  pictures: InlineMark[] = [];

  constructor(private readonly bytes: PieceDecoder) {}

  /** Whether the running text holds a mark, or a mark is open. */
  get holding(): boolean {
    return this.marks.length > 0;
  }

  enter(kind: InlineMark['kind'], el: Element, at: number): void {
    const href = kind === 'link' ? el.attribs.href : undefined;
    const mark: RawMark = { kind, start: at, end: -1 };
    if (href !== undefined) mark.target = attributePiece(href, this.bytes);
    this.marks.push(mark);
    this.open.push(mark);
  }

  leave(at: number): void {
    this.open.pop()!.end = at;
  }

  image(el: Element, at: number, aside: boolean): void {
    const a = el.attribs;
    if (tiny(a)) return;
    const src = imageSource(a);
    const mark: RawMark = { kind: 'image', start: at, end: at, alt: a.alt ? attributePiece(a.alt, this.bytes) : '' };
    if (src) mark.target = attributePiece(src, this.bytes);
    if (aside) mark.aside = true;
    this.marks.push(mark);
  }

  /** The running text made no block: its pictures stand alone, and the marks still open go on in the next text. */
  idle(): void {
    for (const mark of this.marks) {
      if (mark.kind === 'image' && !mark.aside) this.pictures.push({ kind: 'image', start: 0, end: 0, target: mark.target, alt: mark.alt });
    }
    this.restart();
  }

  /** The running text `raw` became a block's `text`: its marks, over the text (none when none is left). */
  take(raw: string, text: string): InlineMark[] | undefined {
    const place = positionsIn(raw, text);
    const out: InlineMark[] = [];
    for (const mark of this.marks) {
      const end = mark.end < 0 ? raw.length : mark.end;
      const moved = trimmed({ kind: mark.kind, start: place(mark.start), end: place(end), target: mark.target, alt: mark.alt }, text);
      if (moved) out.push(moved);
    }
    this.restart();
    return out.length ? out : undefined;
  }

  /** A new running text: the marks of elements still open (a link around a paragraph) start again at its start. */
  private restart(): void {
    this.marks = this.open.length ? this.open.map((m) => m) : [];
    for (const mark of this.marks) mark.start = 0;
  }
}
