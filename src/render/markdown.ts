import type { ScoredBlock } from '../model/index.js';

/** What would turn the start of a line into Markdown syntax: a marker, then whitespace or the end; a link reference definition. */
const LEADING_MARKER = /^[#>+*-](?=\s|$)|^[=`~_]{3}|^\||^\[(?=[^\]\n]{0,999}\]:)/;
/**
 * Markdown renders raw HTML and `<scheme:…>` autolinks, and `[text](target)` links: a page whose
 * text shows `<script>` or `[click](javascript:…)` must print them as text, never as markup.
 */
const MARKUP = /<(?=[\p{L}/!?])|\](?=\()/gu;

/** Text that stays text in Markdown: no raw HTML, no autolinks, no links or images. A page's own backslash is doubled first, or `\\<` would escape the escape. */
function inert(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(MARKUP, (m) => `\\${m}`);
}
const LEADING_NUMBER = /^(\d{1,9})([.)])(?=\s|$)/;

/** Escapes every line's start, so text never becomes a heading, a list, a quote or a fence. */
function escapeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(LEADING_NUMBER, '$1\\$2').replace(LEADING_MARKER, (m) => `\\${m}`))
    .join('\n');
}

function cell(text: string): string {
  return inert(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}\n${code}\n${marks}`;
}

/** Heading depth in the output: the title owns `#`, so story headings start at `##`. */
export function headingDepth(block: ScoredBlock): number {
  const level = block.asHeading ?? block.level;
  return Math.min(6, Math.max(2, level));
}

function renderBlock(block: ScoredBlock): string {
  if (block.asHeading !== undefined || block.kind === 'heading') {
    return `${'#'.repeat(headingDepth(block))} ${inert(block.text).replace(/\n/g, ' ')}`;
  }
  switch (block.kind) {
    case 'list-item':
      return `${'  '.repeat(block.level)}${block.ordered ? '1.' : '-'} ${inert(block.text).replace(/\n/g, ' ')}`;
    case 'quote':
      return escapeLines(inert(block.text)).split('\n').map((l) => `> ${l}`).join('\n');
    case 'code':
      return fence(block.text);
    case 'table':
      return block.rows ? table(block.rows) : block.text;
    default:
      return escapeLines(inert(block.text)).replace(/\n/g, '  \n');
  }
}

/** The story as Markdown: title as `#`, then the kept blocks; list items stay together. */
export function renderMarkdown(title: string | null, blocks: ScoredBlock[]): string {
  const parts: string[] = [];
  if (title) parts.push(`# ${inert(title)}`);
  let previous: ScoredBlock | null = null;
  for (const block of blocks) {
    // a headline that is all the story is its text, and in Markdown already its title
    if (block === blocks[0] && blocks.length === 1 && block.text === title) continue;
    const text = renderBlock(block);
    const sameList = previous?.kind === 'list-item' && block.kind === 'list-item' && block.asHeading === undefined;
    const sameQuote = previous?.kind === 'quote' && block.kind === 'quote';
    if (sameList) parts[parts.length - 1] += `\n${text}`;
    else if (sameQuote) parts[parts.length - 1] += `\n>\n${text}`;
    else parts.push(text);
    previous = block;
  }
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}
