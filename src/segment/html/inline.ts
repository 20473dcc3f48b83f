import type { Element } from 'domhandler';
import type { InlineMark, InlineRun } from '../../model/index.js';
import { INLINE_MAX_DEPTH } from '../../settings.js';
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

/**
 * The marks of one walk: links, emphasis, inline code and pictures, recorded against the running
 * text as the walk reads it, and handed to each block with the text they count in. Recording is
 * all the walk does (a page's menus hold hundreds of links): attributes are decoded and offsets
 * moved onto the cleaned text only for the blocks that are rendered (`render/inline-marks.ts`).
 */
export class InlineCapture {
  /** Marks of the running text, in the order their elements opened; `end` is -1 while open. */
  private marks: InlineMark[] = [];
  private readonly open: InlineMark[] = [];
  /** Pictures that stood alone, waiting for the next block. */
  private pictures: InlineMark[] = [];

  /** How the blocks' attributes are read as text: the page's bytes, then its entities. */
  private readonly decode: InlineRun['decode'];

  constructor(bytes: PieceDecoder) {
    this.decode = (piece) => attributePiece(piece, bytes);
  }

  /** Whether the running text holds a mark, or a mark is open. */
  get holding(): boolean {
    return this.marks.length > 0;
  }

  /** Opens a mark; false past INLINE_MAX_DEPTH open ones, where the element's text stays plain (and it is not left). */
  enter(kind: InlineMark['kind'], el: Element, at: number): boolean {
    if (this.open.length >= INLINE_MAX_DEPTH) return false;
    const mark: InlineMark = { kind, start: at, end: -1, href: kind === 'link' ? el.attribs.href : undefined, attributes: undefined, aside: false };
    this.marks.push(mark);
    this.open.push(mark);
    return true;
  }

  leave(at: number): void {
    this.open.pop()!.end = at;
  }

  /** A picture where the running text stands; `aside`: inside boilerplate. */
  image(el: Element, at: number, aside: boolean): void {
    this.marks.push({ kind: 'image', start: at, end: at, href: undefined, attributes: el.attribs, aside });
  }

  /** The running text made no block: its pictures stand alone, and the marks still open go on in the next text. */
  idle(): void {
    for (const mark of this.marks) if (mark.kind === 'image' && !mark.aside) this.pictures.push(mark);
    this.restart();
  }

  /** The running text `raw` became a block: its marks, those still open ending with it. */
  take(raw: string): InlineRun {
    const marks = this.marks;
    if (this.open.length) for (let i = 0; i < marks.length; i++) if (marks[i]!.end < 0) marks[i] = { ...marks[i]!, end: raw.length };
    this.restart();
    return { raw, marks, decode: this.decode };
  }

  /** The pictures that stood alone since the last block, for the next one. */
  takePictures(): InlineRun | undefined {
    if (this.pictures.length === 0) return undefined;
    const marks = this.pictures;
    this.pictures = [];
    return { raw: '', marks, decode: this.decode };
  }

  /** A new running text: the marks of elements still open (a link around a paragraph) start again at its start. */
  private restart(): void {
    if (this.open.length === 0) {
      this.marks = [];
      return;
    }
    this.marks = [...this.open];
    for (const mark of this.marks) mark.start = 0;
  }
}
