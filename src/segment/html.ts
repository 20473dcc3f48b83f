import { parseDocument } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockKind, Container } from '../types.js';
import { POSITIVE_HINT, STRONG_NEGATIVE_HINT, WEAK_NEGATIVE_HINT } from '../vocab/index.js';
import { cleanInline } from './clean.js';

/** What the page says about itself, gathered during the same walk. */
export interface HtmlHead {
  title: string | null;
  lang: string | null;
  canonical: string | null;
  meta: Map<string, string>;
  jsonLd: string[];
  times: string[];
  h1: string[];
}

export interface HtmlSegments {
  blocks: Block[];
  head: HtmlHead;
}

/** Never content: their text is code, styling, controls or invisible. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button',
  'input', 'select', 'textarea', 'option', 'datalist', 'head', 'audio', 'video', 'map', 'dialog', 'menu',
]);

/** Elements that end the running paragraph when they open or close. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset', 'details', 'summary', 'center', 'body',
  'html', 'caption', 'tbody', 'thead', 'tfoot', 'legend', 'hgroup',
]);

/** Tags whose role is boilerplate or story whatever their class says. */
const TAG_HINT: Record<string, number> = { nav: -3, footer: -2, aside: -2, header: -1, form: -1, article: 1, main: 1 };
/** A heading in a `<header>` weighs as boilerplate: the headline, or a standfirst set as a heading. */
const HEADER_HEADING_HINT = -2;
const ROLE_HINT: Record<string, number> = {
  navigation: -3, contentinfo: -2, complementary: -2, banner: -2, search: -3, dialog: -3, alert: -1, main: 1, article: 1,
};

/** A data table is small and flat; layout tables are walked like any container. */
const DATA_TABLE_MAX_CELL = 300;

const SOURCE_NEWLINE = /[\r\n]+/g;
const WHITESPACE_ONLY = /^\s*$/;
const INDENTATION = /^[ \t\r\n]*$/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Class names that hide an element in the common CSS frameworks (Bootstrap, Tailwind), unless
 * another class shows it again on wider screens (`hidden md:block`, `d-none d-lg-block`).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none)(?:$|\s)/;
const SHOWN_ON_SOME_SCREENS = /(?:^|\s)(?:[\w-]+:(?:block|flex|inline|inline-block|grid|table)|d-(?:sm|md|lg|xl|xxl)-(?!none)\S+|visible-\S+)(?:$|\s)/;

/** Hidden by an attribute or a style of its own (a class that hides it is judged with its other names). */
function hiddenByAttribute(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** A picture's caption by its element's name: most pages caption with a `<div class="caption">`, not `<figcaption>`. */
const CAPTION_NAME = /(?:^|\s|(?<!\b(?:has|no|with))[_-])(?:caption|captions|caption-text)(?:$|[\s_-])/i;
const CAPTION_TAGS = new Set(['div', 'p', 'span', 'small', 'em', 'i']);

const EMBED_HINT = /(?:^|[\s_-])(?:embed|embedded|embeds)(?:$|[\s_-])/i;

interface ElementJudgement {
  hint: number;
  why: string;
  caption: boolean;
  /** A class hides it (see HIDDEN_CLASS). */
  hidden: boolean;
}

/** What an element's tag, role and names say: how story-like it is, and whether it is a caption. */
function judgeElement(el: Element): ElementJudgement {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  const [hint, why] = elementHint(el, names);
  const cls = el.attribs.class;
  const hidden = cls !== undefined && HIDDEN_CLASS.test(cls) && !SHOWN_ON_SOME_SCREENS.test(cls);
  return { hint, why, caption: CAPTION_TAGS.has(el.name) && CAPTION_NAME.test(names), hidden };
}

/** Judgements by tag name, then by class attribute, for elements that have nothing else to judge. */
type JudgementCache = Map<string, Map<string, ElementJudgement>>;

/**
 * Pages repeat a few class names thousands of times: an element with only a class (or nothing)
 * is judged once per tag and class. Ids are mostly unique, so elements with one are judged anew.
 */
function judgedOnce(el: Element, cache: JudgementCache): ElementJudgement {
  const a = el.attribs;
  if (a.id !== undefined || a.role !== undefined || a.itemprop !== undefined) return judgeElement(el);
  let byClass = cache.get(el.name);
  if (!byClass) cache.set(el.name, (byClass = new Map()));
  const key = a.class ?? '';
  let judgement = byClass.get(key);
  if (!judgement) byClass.set(key, (judgement = judgeElement(el)));
  return judgement;
}

function elementHint(el: Element, names: string): [number, string] {
  let hint = TAG_HINT[el.name] ?? 0;
  let why = hint ? `<${el.name}>` : '';
  const role = el.attribs.role;
  if (role && ROLE_HINT[role]) {
    hint += ROLE_HINT[role]!;
    why = `role=${role}`;
  }
  const itemprop = el.attribs.itemprop;
  if (itemprop === 'articleBody' || itemprop === 'text') return [3, `itemprop=${itemprop}`];
  if (names && names.length < 300) {
    // an embedded post (`social-media-embed`) is quoted in the story, not a share bar
    const strong = EMBED_HINT.test(names) ? null : STRONG_NEGATIVE_HINT.exec(names);
    const negative = strong ?? WEAK_NEGATIVE_HINT.exec(names);
    const positive = POSITIVE_HINT.test(names);
    if (negative && !positive) {
      hint -= strong ? 3 : 1;
      why = `${el.attribs.class ? 'class' : 'id'} ~ ${negative[0].replace(/^[\s_-]|[\s_-]$/g, '')}`;
    } else if (positive && !negative && hint >= 0) {
      // a story-like name makes a plain element story-like; an <aside class="inset-story"> is still aside
      hint += 1;
      why = `class ~ story`;
    }
  }
  return [hint, why];
}

/**
 * Reads a piece of the parsed page (a text node, an attribute value) as text. The page may be
 * UTF-8 bytes read a byte a character (see `utf8AsLatin1`): its markup is ASCII, so each piece
 * holds whole characters and is decoded on its own, and entities are decoded after the bytes.
 */
export type PieceDecoder = (piece: string) => string;

const asIs: PieceDecoder = (piece) => piece;

function textPiece(piece: string, bytes: PieceDecoder): string {
  const text = bytes(piece);
  return text.includes('&') ? decodeHTML(text) : text;
}

function attributePiece(piece: string, bytes: PieceDecoder): string {
  const text = bytes(piece);
  return text.includes('&') ? decodeHTMLAttribute(text) : text;
}

/** The text of an element; a script's is read without entities, as the parser does. */
function textOf(node: AnyNode, bytes: PieceDecoder, entities = true): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      out.push(entities ? textPiece(data, bytes) : bytes(data));
    } else if ('children' in n && !(n.type === 'tag' && SKIP.has((n as Element).name))) {
      if ((n as Element).name === 'br') out.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.join('');
}

function childElements(el: Element, names: Set<string>): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (names.has(e.name)) found.push(e);
    else if (e.name !== 'table') for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
  return found;
}

const ROW = new Set(['tr']);
const CELL = new Set(['td', 'th']);

/** Rows of a data table, or null when the table is for layout (nested, one column, long cells). */
function dataTableRows(table: Element, bytes: PieceDecoder): string[][] | null {
  // a table holding a table is for layout; looked for first, so that nested tables cost each a few steps
  const stack: AnyNode[] = [...table.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' && (n as Element).name === 'table') return null;
    if ('children' in n) for (const child of n.children) stack.push(child);
  }
  const rows: string[][] = [];
  for (const tr of childElements(table, ROW)) {
    const cells = childElements(tr, CELL).map((c) => cleanInline(textOf(c, bytes)).replace(/\n/g, ' '));
    if (cells.some((c) => c.length > DATA_TABLE_MAX_CELL)) return null;
    rows.push(cells);
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length < 2 || width < 2) return null;
  return rows;
}

function blockKindOf(open: Frame[]): [BlockKind, number] {
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i]!.name;
    if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') return ['heading', Number(name[1])];
    if (name === 'li' || name === 'dd' || name === 'dt') return ['list-item', 0];
    if (name === 'blockquote') return ['quote', 0];
    if (name === 'figcaption' || name === 'figure' || open[i]!.caption) return ['figure', 0];
  }
  return ['paragraph', 0];
}

interface Frame {
  container: Container;
  name: string;
  hint: number;
  why: string;
  ordered: boolean;
  caption: boolean;
}

/**
 * Walks the DOM once, iteratively (pages nest thousands deep), and emits a block for every
 * paragraph, heading, list item, quote, code block, table and caption, with the evidence of
 * the elements around it.
 */
export function segmentHtml(html: string, bytes: PieceDecoder = asIs): HtmlSegments {
  // entities are decoded piece by piece, after the bytes (see PieceDecoder)
  const doc = parseDocument(html, { decodeEntities: false });
  const head: HtmlHead = { title: null, lang: null, canonical: null, meta: new Map(), jsonLd: [], times: [], h1: [] };
  const blocks: Block[] = [];
  const open: Frame[] = [];
  let nextId = 0;
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let headerDepth = 0;
  const judged: JudgementCache = new Map();
  let listDepth = 0;

  const emit = (kind: BlockKind, level: number, text: string, links: number, rows?: string[][]) => {
    // The nearest story-like container shields its block from the names of wrappers outside it;
    // inside it, the most boilerplate-like element counts.
    let hint = 0;
    let hintReason = '';
    for (let i = open.length - 1; i >= 0; i--) {
      const f = open[i]!;
      if (f.hint > 0) {
        if (hint === 0) [hint, hintReason] = [f.hint, f.why];
        break;
      }
      if (f.hint < hint) [hint, hintReason] = [f.hint, f.why];
    }
    // a heading in a <header> is the page's headline or a standfirst set as one, not a section's
    if (kind === 'heading' && headerDepth > 0 && hint > HEADER_HEADING_HINT) [hint, hintReason] = [HEADER_HEADING_HINT, 'the <header> (a headline or standfirst)'];
    const top = open[open.length - 1];
    blocks.push({
      index: blocks.length,
      kind,
      level: kind === 'list-item' ? Math.max(0, listDepth - 1) : level,
      ordered: kind === 'list-item' && open.some((f) => f.ordered),
      text,
      rows,
      origin: top ? open.slice(-3).map((f) => f.name).join('>') : 'document',
      linkChars: links,
      hint,
      hintReason,
      container: top?.container ?? null,
      glued: false,
    });
  };

  const flush = () => {
    if (!buffer) return;
    // most runs of text between two block tags are the source's indentation
    const text = WHITESPACE_ONLY.test(buffer) ? '' : cleanInline(buffer);
    if (text) {
      const [kind, level] = blockKindOf(open);
      emit(kind, level, text, Math.min(linkChars, text.length));
    }
    buffer = '';
    linkChars = 0;
  };

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
      // a line break in the source is a space; only <br> breaks a line. Most text nodes are
      // the source's indentation, which is one space however long it runs
      const source = (node as unknown as { data: string }).data;
      if (INDENTATION.test(source)) {
        if (buffer) buffer += ' ';
        continue;
      }
      const data = textPiece(source, bytes).replace(SOURCE_NEWLINE, ' ');
      buffer += data;
      if (linkDepth > 0) linkChars += data.trim().length;
      continue;
    }
    if (node.type === 'script' || node.type === 'style' || node.type === 'tag') {
      const el = node as Element;
      const name = el.name;
      if (exit) {
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'a') linkDepth--;
        if (name === 'header') headerDepth--;
        if (name === 'ul' || name === 'ol') listDepth--;
        open.pop();
        continue;
      }
      if (name === 'head' || name === 'title' || name === 'meta' || name === 'link' || name === 'script' || name === 'html') {
        collectHead(el, head, bytes);
        if (name !== 'html') continue;
      }
      if (SKIP.has(name)) continue;
      const { hint, why, caption, hidden } = judgedOnce(el, judged);
      if (hidden || hiddenByAttribute(el)) continue;
      if (name === 'br') {
        if (buffer.endsWith('\n')) flush();
        else buffer += '\n';
        continue;
      }
      if (name === 'time' && el.attribs.datetime) head.times.push(attributePiece(el.attribs.datetime, bytes));
      if (name === 'hr' || name === 'img') continue;
      const container: Container = { id: nextId++, parent: open[open.length - 1]?.container ?? null };
      if (name === 'article') container.article = true;
      const frame: Frame = { container, name, hint, why, ordered: name === 'ol', caption };
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'pre') {
        open.push(frame);
        const code = textOf(el, bytes).replace(/^\n+|\s+$/g, '');
        if (code) emit('code', 0, code, 0);
        open.pop();
        continue;
      }
      if (name === 'table') {
        const rows = dataTableRows(el, bytes);
        if (rows) {
          open.push(frame);
          emit('table', 0, rows.map((r) => r.join(' ')).join('\n'), 0, rows);
          open.pop();
          continue;
        }
      }
      if (name === 'h1') head.h1.push(cleanInline(textOf(el, bytes)));
      if (name === 'a') linkDepth++;
      if (name === 'header') headerDepth++;
      if (name === 'ul' || name === 'ol') listDepth++;
      open.push(frame);
      stack.push(node);
      leaving.push(true);
      for (let i = el.children.length - 1; i >= 0; i--) {
        stack.push(el.children[i]!);
        leaving.push(false);
      }
    }
  }
  flush();
  return { blocks, head };
}

function collectHead(el: Element, head: HtmlHead, bytes: PieceDecoder): void {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      if (a.lang) head.lang = a.lang;
      break;
    case 'head':
      for (const child of el.children) if (child.type !== 'text') collectHead(child as Element, head, bytes);
      break;
    case 'title':
      if (!head.title) head.title = cleanInline(textOf(el, bytes)) || null;
      break;
    case 'meta': {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      if (key && a.content && !head.meta.has(key)) head.meta.set(key, attributePiece(a.content, bytes));
      break;
    }
    case 'link':
      if (a.rel?.toLowerCase() === 'canonical' && a.href) head.canonical = attributePiece(a.href, bytes);
      break;
    case 'script':
      if (a.type?.toLowerCase() === 'application/ld+json') head.jsonLd.push(textOf(el, bytes, false));
      break;
  }
}
