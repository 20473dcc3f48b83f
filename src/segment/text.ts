import type { Block } from '../model/index.js';
import { IMAGE_NAMES_LINE, LYNX_ARTIFACT, LYNX_FORM_BOX, LYNX_FRAME } from '../vocab/index.js';
import { endsSentence } from '../features/sentences.js';
import { cleanInline } from './clean.js';
import { isTitleCase } from '../features/case.js';
import { codeLineKind, isCodeLike } from './code-lines.js';
import { BULLET_MIN_INDENT, MAX_WRAP_WIDTH, MIN_GLUED_WORDS, MIN_WRAPPED_LINES, MIN_WRAP_WIDTH, RANKED_MIN_ENTRIES, SEPARATOR_MAX_CHARS, CODE_BLOCK, TABLE_MIN_ROWS, TABLE_REGULAR_SHARE, TITLE_GLUE_MAX_CHARS, TITLE_GLUE_TRIES, WRAP_COUNT_SHARE, WRAP_JOIN_SHARE } from '../settings.js';
import { mapped } from '../model/mapped.js';

interface Line {
  text: string;
  number: number;
  indent: number;
  bullet: boolean;
  /** An ordered list's item, its number kept in its text (lynx numbers the items; the page's text has the numbers too). */
  ordered: boolean;
  blankBefore: boolean;
  /** Its place among a list item's lines: 0 the bullet's, 1, 2… the lines lynx sets under the item's text with no blank line between; null outside a list item. */
  itemLine: number | null;
  /** The line's cells when it reads as a table row (tab-separated, or columns of spaces). */
  cells: string[] | null;
}

/** A lynx bullet: `*`, `+`, `o`, `#`, `@` or `-` before the text, at any indentation. */
const BULLET = /^[*+o#@-] +(?=\S)/;
/** A lynx number before an ordered list's item: `    1. `, right-aligned (`   10. `). */
const ITEM_NUMBER = /^\d{1,3}\. +(?=\S)/;
/**
 * Flattening fuses a teaser headline to its summary: `…imposing tariffsThe Australian Dollar…`.
 * A word of three or more lower-case letters only (or a closing quote/bracket/question mark) touching
 * a capitalised word, with no space between; after a question mark or a quote, an acronym too.
 * The lookahead comes first, so the backward scan over a word runs only where a capital follows.
 */
const GLUE = /(?=\p{Lu}\p{Ll})(?<=(?:^|[^\p{L}])\p{Ll}{3,})|(?=\p{Lu})(?<=\p{L}[’”)?!])/u;
const TITLE_GLUE = /(?=\p{Lu}\p{Ll})(?<=(?:^|\s)\p{Lu}\p{Ll}{2,})/gu;
/**
 * Flattened tables: `innerText` puts a tab between cells, lynx pads columns with spaces. Sentences
 * are followed by two spaces at most, so three or more inside a line part columns.
 */
const CELL_GAP = /\t+| {3,}/;
/** Braces and brackets that close a block of code, alone on their line. */
const CODE_CLOSER = /^[}\])]+[;,)]*$/;
/** The `¶` a documentation page links each heading to itself with, glued to the heading's end once flattened (`Basic Usage¶`). */
const SELF_LINK_TAIL = /(?<=\S) ?¶$/u;
/** A line of one token (a URL, maybe numbered) cannot have been wrapped. */
const ONE_TOKEN = /^(?:\d{1,5}\.\s+)?\S+$/;

function rawLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  // the column a list item's text starts at, while its lines run on
  let itemColumn = -1;
  let itemLines = 0;
  // a frame's address runs on over the next lines when it is longer than lynx's width
  let inFrame = false;
  const parts = text.split(/\r\n?|\n/);
  for (let i = 0; i < parts.length; i++) {
    const source = parts[i]!.trim();
    inFrame = LYNX_FRAME.test(source) || (inFrame && source !== '' && !/\s/.test(source));
    if (inFrame) {
      blank = true;
      continue;
    }
    const raw = parts[i]!.replace(LYNX_ARTIFACT, ' ');
    const indent = raw.length - raw.trimStart().length;
    let body = raw.trim();
    // lynx indents its form's boxes like its text; one flush left is the page's own text
    if (indent >= BULLET_MIN_INDENT) body = body.replace(LYNX_FORM_BOX, '');
    // lynx indents its bullets; an unindented `o ` is a Portuguese article, not a bullet
    const marker = indent >= BULLET_MIN_INDENT ? BULLET.exec(body) : null;
    // an ordered list's item stays a line of its own, its number in its text as a browser's text shows it
    const ordered = marker === null && indent >= BULLET_MIN_INDENT && ITEM_NUMBER.test(body);
    const bullet = marker !== null;
    if (marker) body = body.slice(marker[0].length);
    const inItem = !bullet && !blank && indent === itemColumn;
    itemLines = inItem ? itemLines + 1 : 0;
    const itemLine = bullet || inItem ? itemLines : null;
    body = cleanInline(body).replace(/\n/g, ' ').replace(SELF_LINK_TAIL, '');
    // a line of punctuation is a separator, but a brace that closes the code above it is code
    const closesCode = CODE_CLOSER.test(body) && out.length > 0 && !blank && isCodeLike(out[out.length - 1]!.text);
    if (!body || (/^[\s\p{P}\p{S}]*$/u.test(body) && body.length < SEPARATOR_MAX_CHARS && !closesCode) || IMAGE_NAMES_LINE.test(body)) {
      blank = true;
      continue;
    }
    const trimmed = raw.trim();
    const cells = !bullet && CELL_GAP.test(trimmed) ? mapped(trimmed.split(CELL_GAP), (c) => cleanInline(c)).filter(Boolean) : [];
    out.push({ text: body, number: i + 1, indent, bullet, ordered, blankBefore: blank, itemLine, cells: cells.length >= 2 ? cells : null });
    // lynx's bullets (`*`, `+`, `o`, `#`, `@`), not a dash: a dash opens a YAML list or a page's own, its next line no item's
    if (marker) itemColumn = marker[0][0] === '-' ? -1 : indent + marker[0].length;
    else if (!inItem) itemColumn = -1;
    blank = false;
  }
  return out;
}

/**
 * Hard-wrapped dumps (lynx, fold, email) break long paragraphs at a fixed width. When several
 * lines end near one width, a line that reaches it continues on the next.
 */
function unwrap(lines: Line[]): Line[] {
  // a URL (lynx's References list) is never wrapped and says nothing of the width
  const lengths = mapped(lines, (l) => (ONE_TOKEN.test(l.text) ? 0 : l.indent + l.text.length));
  const widest = lengths.reduce((a, b) => Math.max(a, b), 0);
  const nearWidest = lengths.filter((n) => n >= widest * WRAP_COUNT_SHARE).length;
  if (widest < MIN_WRAP_WIDTH || nearWidest < MIN_WRAPPED_LINES) return lines;
  // wrapped that wide (lynx -width=1000), a line is cut mid-sentence or not at all; a page's own lines end sentences
  const wide = widest > MAX_WRAP_WIDTH;
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !line.bullet && !line.blankBefore && !line.cells && !prev.cells && prev.indent + prev.text.length >= widest * WRAP_JOIN_SHARE
      && (!wide || (!endsSentence(prev.text) && /^\p{Ll}/u.test(line.text)))) {
      prev.text += ' ' + line.text;
      continue;
    }
    out.push({ ...line });
  }
  return out;
}

function splitAt(text: string, at: number): [string, string] | null {
  const head = text.slice(0, at);
  const tail = text.slice(at);
  return head.split(' ').length < MIN_GLUED_WORDS || tail.split(' ').length < MIN_GLUED_WORDS ? null : [head, tail];
}

/** The word that straddles a join: `ByteDance` at `Byte|Dance`. */
function wordAcross(text: string, at: number): string {
  return (/[\p{L}\p{N}]+$/u.exec(text.slice(0, at))?.[0] ?? '') + (/^[\p{L}\p{N}]+/u.exec(text.slice(at))?.[0] ?? '');
}

function splitGlued(line: Line, isWordOfPage: (word: string) => boolean): string[] {
  const match = GLUE.exec(line.text);
  // `useState` written again elsewhere is a name of the page's, not a headline run into a summary
  if (match) return (!isWordOfPage(wordAcross(line.text, match.index)) && splitAt(line.text, match.index)) || [line.text];
  if (line.text.length > TITLE_GLUE_MAX_CHARS) return [line.text];
  let tried = 0;
  for (const title of line.text.matchAll(TITLE_GLUE)) {
    if (++tried > TITLE_GLUE_TRIES) break;
    const parts = splitAt(line.text, title.index);
    if (parts && isTitleCase(parts[0], 1) && !isTitleCase(parts[1]) && !isWordOfPage(wordAcross(line.text, title.index))) return parts;
  }
  return [line.text];
}

/** A rank standing alone before an entry of a ranked list: ` 2 Obama aides…`. */
const RANK = /(?<=\s)(\d{1,2})\s+(?=[\p{Lu}\p{N}"'‘“])/gu;

/**
 * A ranked widget (`Most popular`: 1, 2, 3…) lynx printed on one line: `1 Chinese hunter catches… 2 Obama aides…
 * 3 …`. A line that opens with `1` and holds the ranks after it in turn, each before an entry of a few
 * words, is the widget's entries, not a sentence; a browser's text gives each its own line.
 */
function splitRanked(text: string): string[] | null {
  if (!/^1\s/.test(text)) return null;
  const cuts = [0];
  for (const m of text.matchAll(RANK)) if (Number(m[1]) === cuts.length + 1) cuts.push(m.index);
  if (cuts.length < RANKED_MIN_ENTRIES) return null;
  const entries = mapped(cuts, (at, k) => text.slice(at, cuts[k + 1]).replace(/^\d+\s+/, '').trim());
  return entries.every((e) => e.split(' ').length >= MIN_GLUED_WORDS) ? entries : null;
}

/** A word the page writes more than once is a name (`ByteDance`), not two words run together. */
function repeatedWords(text: string): (word: string) => boolean {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(CAMEL_WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return (word) => (counts.get(word) ?? 0) > 1;
}

const CAMEL_WORD = /\p{L}\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu;

/** The run of row-shaped lines from `start`, and whether it is a table: most rows with the same number of cells. */
function rowRun(lines: Line[], start: number): { end: number; table: boolean } {
  let end = start;
  while (end < lines.length && lines[end]!.cells) end++;
  const rows = end - start;
  if (rows < TABLE_MIN_ROWS) return { end, table: false };
  const counts = new Map<number, number>();
  for (let i = start; i < end; i++) counts.set(lines[i]!.cells!.length, (counts.get(lines[i]!.cells!.length) ?? 0) + 1);
  return { end, table: Math.max(...counts.values()) >= rows * TABLE_REGULAR_SHARE };
}

/**
 * The run of code-like lines from `start`, and whether it is a code block: two lines or more, of
 * which at least two and a third read as code on their own (`CODE_BLOCK`).
 */
function codeRun(lines: Line[], start: number): { end: number; code: boolean } {
  let end = start;
  let shaped = 0;
  for (; end < lines.length; end++) {
    const kind = codeLineKind(lines[end]!.text);
    if (!kind) break;
    if (kind === 'shaped') shaped++;
  }
  const length = end - start;
  return { end, code: length >= CODE_BLOCK.minLines && shaped >= CODE_BLOCK.minShaped && shaped >= length * CODE_BLOCK.shapedShare };
}

/** The code's lines, indented as the dump indents them past the block's least indented line. */
function codeText(lines: Line[]): string {
  const least = Math.min(...mapped(lines, (l) => l.indent));
  return mapped(lines, (l) => ' '.repeat(l.indent - least) + l.text).join('\n');
}

function block(index: number, text: string, line: Line, glued: boolean, rows?: string[][], code = false): Block {
  return {
    index,
    kind: code ? 'code' : rows ? 'table' : line.bullet ? 'list-item' : 'paragraph',
    rows,
    level: 0,
    ordered: line.ordered,
    text,
    origin: `line ${line.number}`,
    linkChars: 0,
    hint: 0,
    hintReason: '',
    container: null,
    glued,
    indent: line.indent,
    // every block of a dump has one shape, in a list item or not
    itemLine: line.itemLine ?? undefined,
  };
}

/**
 * A text dump as blocks: one per line (re-joined where hard-wrapped), glued teaser lines split,
 * runs of table rows one table.
 */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = unwrap(rawLines(text));
  const isWordOfPage = repeatedWords(text);
  // a run of row-shaped or code-like lines is measured once: a table or a code block, or lines like any other
  let runEnd = 0;
  let codeEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= codeEnd) {
      const run = codeRun(lines, i);
      codeEnd = Math.max(run.end, i + 1);
      if (run.code) {
        blocks.push(block(blocks.length, codeText(lines.slice(i, run.end)), line, false, undefined, true));
        i = run.end - 1;
        continue;
      }
    }
    if (line.cells && i >= runEnd) {
      const run = rowRun(lines, i);
      runEnd = run.end;
      if (run.table) {
        const cells = mapped(lines.slice(i, run.end), (l) => l.cells!);
        blocks.push(block(blocks.length, mapped(cells, (r) => r.join(' ')).join('\n'), line, false, cells));
        i = run.end - 1;
        continue;
      }
    }
    const ranked = splitRanked(line.text);
    if (ranked) {
      for (const entry of ranked) blocks.push(block(blocks.length, entry, { ...line, bullet: true, itemLine: 0 }, true));
      continue;
    }
    const parts = splitGlued(line, isWordOfPage);
    for (const part of parts) blocks.push(block(blocks.length, part, line, parts.length > 1));
  }
  return blocks;
}
