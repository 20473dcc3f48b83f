import type { InlineMark, InlineRun } from '../model/index.js';
import { PICTURE_MIN_SIDE } from '../settings.js';

/** A mark over a block's text as rendering takes it: offsets into `text`, the target and the alternative text read. */
export interface PlacedMark {
  kind: InlineMark['kind'];
  start: number;
  end: number;
  /** A link's target or a picture's source, as the page wrote it (not yet checked or made absolute). */
  target: string | undefined;
  /** A picture's alternative text. */
  alt: string;
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
  return (p) => at[Math.min(p, raw.length)]!;
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
  return (a.width !== undefined && Number.parseInt(a.width, 10) < PICTURE_MIN_SIDE) || (a.height !== undefined && Number.parseInt(a.height, 10) < PICTURE_MIN_SIDE);
}

const blank = (code: number) => code === 0x20 || code === 0x0a;

/** A picture's source and alternative text, decoded; null for an icon-sized one. */
export function pictureOf(mark: InlineMark, decode: InlineRun['decode']): { target: string | undefined; alt: string } | null {
  const a = mark.attributes ?? {};
  if (tiny(a)) return null;
  const src = imageSource(a);
  return { target: src === undefined ? undefined : decode(src), alt: a.alt ? decode(a.alt) : '' };
}

/**
 * A block's marks over its text: offsets moved from the running text onto the cleaned one, and
 * each mark's ends inside the text it covers (`<em> word </em>` emphasises `word`); marks left
 * with no text, and icon-sized pictures, go.
 */
export function placeMarks(text: string, run: InlineRun): PlacedMark[] {
  const place = positionsIn(run.raw, text);
  const placed: PlacedMark[] = [];
  for (const mark of run.marks) {
    let start = place(mark.start);
    let end = place(mark.end);
    while (start < end && blank(text.charCodeAt(start))) start++;
    while (end > start && blank(text.charCodeAt(end - 1))) end--;
    if (mark.kind === 'image') {
      const picture = pictureOf(mark, run.decode);
      if (picture) placed.push({ kind: 'image', start, end: start, ...picture });
    } else if (start < end) {
      placed.push({ kind: mark.kind, start, end, target: mark.href === undefined ? undefined : run.decode(mark.href), alt: '' });
    }
  }
  return placed;
}
