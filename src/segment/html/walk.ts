import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import type { Block, BlockKind, Container, InlineRun, PageMarks } from '../../model/index.js';
import { blockKindOf, originPath, type Frame } from './frame.js';
import { cleanInline } from '../clean.js';
import { blockHint } from '../../rules/containers.js';
import { BLOCK_TAGS, hiddenByAttribute, judgedOnce, showsFallback, SKIP, type JudgementCache } from './elements.js';
import { collectHead, emptyHead, notePageCues, type HtmlHead } from './head.js';
import { emptyMarks, newMarkCounts, noteElement, type CardParent } from './marks.js';
import { Attributes, attributesOf } from './attributes.js';
import { asIs, dataTableRows, textOf, textPiece, type PieceDecoder } from './pieces.js';
import { InlineCapture, markKind } from './inline.js';
import { codeLanguage, ListTracker } from './lists.js';
import { baseHref } from './base.js';
import { isSelfLink } from './self-links.js';
import { OnDemandPanels } from './panels.js';
import { StreamedSegments } from './streamed.js';
import { mapped } from '../../model/mapped.js';

export type { HtmlHead } from './head.js';
export type { PieceDecoder } from './pieces.js';

/** What a reading passed over that a later reading would read: hidden elements and `<noscript>`s, and elements judged by their names. */
export interface PassedOver {
  hidden: number;
  named: number;
}

export interface HtmlSegments {
  blocks: Block[];
  head: HtmlHead;
  passedOver: PassedOver;
  marks: PageMarks;
  /** The page's `<base href>`, as written. */
  base: string | null;
}

const SOURCE_NEWLINE = /[\r\n]+/g;
/**
 * `<![CDATA[` in HTML (outside SVG and MathML) opens a bogus comment that a browser ends at the
 * next `>`; the parser would run it to a `]]>` that may never come and lose the rest of the page.
 * A script's own `//<![CDATA[` is left alone.
 */
const STRAY_CDATA = /(?<!\/\/\s*|\/\*\s*)<!\[CDATA\[[^>]*>/g;
const WHITESPACE_ONLY = /^\s*$/;
const INDENTATION = /^[ \t\r\n]*$/;
/** Elements whose text belongs to the head, read where they stand. */
const HEAD_ELEMENTS = new Set(['head', 'title', 'meta', 'link', 'script', 'html', 'base']);

/**
 * How much of a page is read. `visible`: what a reader sees. `hidden`: also what scripts show
 * later (`<noscript>` bodies, elements hidden by an attribute, a style or a class: server-rendered
 * content streamed into hidden elements, galleries shown on load). `unnamed`: that, without the
 * class and id names' evidence. The later readings are for pages the first leaves without a story.
 */
export type Reading = 'visible' | 'hidden' | 'unnamed';

/** The state of one walk over a page: the open elements, and the text of the running paragraph. */
class Walk {
  readonly head: HtmlHead = emptyHead();
  readonly blocks: Block[] = [];
  readonly passedOver: PassedOver = { hidden: 0, named: 0 };
  readonly marks: PageMarks = emptyMarks();
  private readonly markCounts = newMarkCounts();
  /** The page's top-level elements' parent, for their card counts. */
  private readonly root: CardParent = { cards: null };
  private readonly scratch = new Attributes();
  base: string | null = null;
  private readonly open: Frame[] = [];
  private readonly judged: JudgementCache = new Map();
  /** How many of the open elements are boilerplate-like (hint < 0): a menu or a footer holds what opens inside one. */
  private boilerplateDepth = 0;
  private readonly inBoilerplate = () => this.boilerplateDepth > 0;
  private nextId = 0;
  private buffer = '';
  private linkChars = 0;
  private linkDepth = 0;
  /** Where the buffer stood when the last link closed (-1: no link closed in it). */
  private linkEnd = -1;
  private headerDepth = 0;
  private listDepth = 0;
  private readonly inline: InlineCapture;
  private readonly lists = new ListTracker();
  private readonly panels = new OnDemandPanels();

  constructor(
    private readonly bytes: PieceDecoder,
    private readonly reading: Reading,
  ) {
    this.inline = new InlineCapture(bytes);
  }

  emit(kind: BlockKind, level: number, text: string, links: number, rows?: string[][], inline?: InlineRun): Block {
    const [hint, hintReason] = blockHint(this.open, kind === 'heading' && this.headerDepth > 0);
    const open = this.open;
    const top = open[open.length - 1];
    const block: Block = {
      index: this.blocks.length,
      kind,
      level: kind === 'list-item' ? Math.max(0, this.listDepth - 1) : level,
      ordered: kind === 'list-item' && open.some((f) => f.ordered),
      text,
      rows,
      origin: top ? originPath(open) : 'document',
      linkChars: links,
      hint,
      hintReason,
      container: top?.container ?? null,
      glued: false,
      // every block of a page has one shape, whichever of these it has (scoring reads them all)
      inline,
      pictures: this.inline.takePictures(),
      item: kind === 'list-item' || kind === 'code' ? this.lists.current : undefined,
      lang: undefined,
    };
    this.blocks.push(block);
    return block;
  }

  flush(): void {
    const marked = this.inline.holding;
    if (!this.buffer) {
      if (marked) this.inline.idle();
      return;
    }
    // most runs of text between two block tags are the source's indentation
    const text = WHITESPACE_ONLY.test(this.buffer) ? '' : cleanInline(this.buffer);
    if (text) {
      const [kind, level] = blockKindOf(this.open);
      this.emit(kind, level, text, Math.min(this.linkChars, text.length), undefined, marked ? this.inline.take(this.buffer) : undefined);
    } else if (marked) {
      this.inline.idle();
    }
    this.buffer = '';
    this.linkChars = 0;
    this.linkEnd = -1;
  }

  text(source: string): void {
    // a line break in the source is a space; only <br> breaks a line. Most text nodes are
    // the source's indentation, which is one space however long it runs
    if (INDENTATION.test(source)) {
      if (this.buffer) this.buffer += ' ';
      return;
    }
    const data = textPiece(source, this.bytes).replace(SOURCE_NEWLINE, ' ');
    this.buffer += data;
    if (this.linkDepth > 0) this.linkChars += data.trim().length;
  }

  leave(name: string): void {
    if (BLOCK_TAGS.has(name)) this.flush();
    if (name === 'a') {
      this.linkDepth--;
      this.linkEnd = this.buffer.length;
    }
    if (name === 'header') this.headerDepth--;
    if (name === 'ul' || name === 'ol') this.listDepth--;
    const frame = this.open.pop()!;
    if (frame.hint < 0) this.boilerplateDepth--;
    if (frame.closes === 'mark') this.inline.leave(this.buffer.length);
    else if (frame.closes === 'list') this.lists.closeList();
    else if (frame.closes === 'item') this.lists.closeItem();
  }

  /** Opens an element; false when its children are not to be walked (skipped, hidden, or read whole). */
  enter(el: Element): boolean {
    const name = el.name;
    if (HEAD_ELEMENTS.has(name)) {
      // the first `<base href>`, in the head or wherever a page puts it
      if ((name === 'head' || name === 'base') && this.base === null) this.base = baseHref(el, this.bytes);
      collectHead(el, this.head);
      if (name !== 'html') return false;
    }
    const attrs = attributesOf(el.attribs, this.scratch);
    noteElement(el, attrs, this.marks, this.markCounts, this.open[this.open.length - 1] ?? this.root, this.inBoilerplate, this.bytes);
    this.panels.note(el, attrs);
    const shown = this.reading !== 'visible';
    if (SKIP.has(name) && !(shown && name === 'noscript') && !showsFallback(el)) {
      if (name === 'noscript') this.passedOver.hidden++;
      return false;
    }
    const { hint, why, caption, hidden, named, author } = judgedOnce(el, attrs, this.judged, this.reading === 'unnamed');
    if (!shown && (hidden || hiddenByAttribute(el, attrs)) && !this.panels.opens(el, attrs)) {
      this.passedOver.hidden++;
      return false;
    }
    if (named) this.passedOver.named++;
    if (name === 'br') {
      if (this.buffer.endsWith('\n')) this.flush();
      else this.buffer += '\n';
      return false;
    }
    notePageCues(el, attrs, author, this.head, this.blocks.length, this.bytes);
    if (name === 'img') this.inline.image(el, this.buffer.length, blockHint(this.open, false)[0] < 0);
    if (name === 'hr' || name === 'img' || (name === 'a' && isSelfLink(el, this.bytes))) return false;
    const container: Container = { id: this.nextId++, parent: this.open[this.open.length - 1]?.container ?? null, tag: name, classes: attrs.class };
    if (name === 'article') container.article = true;
    const frame: Frame = { container, name, hint, why, ordered: name === 'ol', caption, closes: null, cards: null };
    if (BLOCK_TAGS.has(name)) this.flush();
    // the children of a flex or grid box are laid out apart (a facet's name, and its count beside it)
    else if (this.buffer.length > 0 && !/\s$/.test(this.buffer) && FLEX_CLASS.test(this.open[this.open.length - 1]?.container.classes ?? '')) this.buffer += ' ';
    if (name === 'pre' || name === 'table') {
      const read = this.readWhole(el, frame);
      if (read) return false;
    }
    if (name === 'a') {
      // links set side by side with no space between (a menu's, a card's tags) are separate words: `HomeShop` is `Home Shop`
      if (this.linkEnd === this.buffer.length && this.buffer.length > 0 && !/\s/.test(this.buffer[this.buffer.length - 1]!)) this.buffer += ' ';
      this.linkDepth++;
    }
    if (name === 'header') this.headerDepth++;
    if (hint < 0) this.boilerplateDepth++;
    if (name === 'ul' || name === 'ol') {
      this.listDepth++;
      this.lists.openList(el);
      frame.closes = 'list';
    } else if (name === 'li') {
      if (this.lists.openItem()) frame.closes = 'item';
    } else {
      const mark = markKind(name);
      if (mark && this.inline.enter(mark, el, this.buffer.length)) frame.closes = 'mark';
    }
    this.open.push(frame);
    return true;
  }

  /** A code block, or a data table, becomes one block of its own; a layout table is walked. */
  private readWhole(el: Element, frame: Frame): boolean {
    if (el.name === 'pre') {
      this.open.push(frame);
      const code = textOf(el, this.bytes).replace(/^\n+|\s+$/g, '');
      if (code) this.emit('code', 0, code, 0).lang = codeLanguage(el);
      this.open.pop();
      return true;
    }
    const rows = dataTableRows(el, this.bytes);
    if (!rows) return false;
    this.open.push(frame);
    this.emit('table', 0, mapped(rows, (r) => r.join(' ')).join('\n'), 0, rows);
    this.open.pop();
    return true;
  }
}

/**
 * The class names of a flex or grid box in the common CSS frameworks (Tailwind, Bootstrap): CSS
 * lays out each child of such a box as an item of its own, so two inline children with no space
 * between them (`<label>Adhesives</label><span>704</span>`) read as two words, not `Adhesives704`.
 */
const FLEX_CLASS = /(?:^|\s)(?:flex|inline-flex|d-flex|d-inline-flex|grid|d-grid)(?:\s|$)/;

/** A page's tree, which a walk only reads: the readings of a page that read the same source share it. */
export function parseHtml(html: string): Document {
  // entities are decoded piece by piece, after the bytes (see PieceDecoder)
  return parseDocument(html.includes('<![CDATA[') ? html.replace(STRAY_CDATA, '') : html, { decodeEntities: false });
}

/**
 * Walks the DOM once, iteratively (pages nest thousands deep), and emits a block for every
 * paragraph, heading, list item, quote, code block, table and caption, with the evidence of
 * the elements around it.
 */
export function segmentHtml(html: string, bytes: PieceDecoder = asIs, reading: Reading = 'visible', doc: Document = parseHtml(html)): HtmlSegments {
  const walk = new Walk(bytes, reading);
  const streamed = StreamedSegments.of(doc, html);
  // nodes to visit, and beside each whether it is being left (its children done): two arrays,
  // not an object a node, since a page has tens of thousands of nodes
  const stack: AnyNode[] = [];
  const leaving: boolean[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    stack.push(doc.children[i]!);
    leaving.push(false);
  }
  while (stack.length) {
    const node = stack.pop()!;
    const exit = leaving.pop()!;
    if (node.type === 'text') {
      walk.text((node as unknown as { data: string }).data);
    } else if (node.type === 'script' || node.type === 'style' || node.type === 'tag') {
      const el = node as Element;
      if (exit) {
        walk.leave(el.name);
      } else if (streamed?.owns(el)) {
        streamed.push(el, stack, leaving);
      } else if (walk.enter(el)) {
        stack.push(node);
        leaving.push(true);
        for (let i = el.children.length - 1; i >= 0; i--) {
          stack.push(el.children[i]!);
          leaving.push(false);
        }
      }
    }
  }
  walk.flush();
  return { blocks: walk.blocks, head: walk.head, passedOver: walk.passedOver, marks: walk.marks, base: walk.base };
}
