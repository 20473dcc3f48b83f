import type { BlockContent, Blockquote, Heading, Image, Paragraph, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { InlineRun, ScoredBlock } from '../model/index.js';
import { pictureOf } from './inline-marks.js';
import { ListBuilder } from './lists.js';
import { phrasing, picture, type InlineOptions } from './phrasing.js';
import { plainHeading, plainLink, plainParagraph, plainText } from './plain-text.js';
import { mapped } from '../model/mapped.js';

/** What the Markdown keeps of the page's markup: links (on unless turned off), pictures (off unless asked for), and the address they are read against. */
export interface MarkdownOptions {
  links?: boolean;
  images?: boolean;
  base?: URL | null;
  /** Pictures to show before a block besides its own: those of a caption the story left out (see `picturesBefore`). */
  pictures?: Map<ScoredBlock, InlineRun[]>;
}

/**
 * The serialiser's settings: `-` bullets, `*` emphasis, fenced code, items indented by their
 * marker's width, GFM tables with no cell padded to its column's width (a long cell would
 * widen every row): each cell counts as three characters, the delimiter row's `---`.
 * The library escapes what page text would otherwise turn into markup (`*`, `_`, `` ` ``, `#`,
 * `<`, `[`, list markers and numbers at a line's start).
 */
const UNPADDED_CELL = 3;
const SETTINGS: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmTableToMarkdown({ stringLength: () => UNPADDED_CELL }), { handlers: { text: plainText, paragraph: plainParagraph, heading: plainHeading, link: plainLink } }],
};

/** Heading depth in the output: the title owns `#`, so story headings start at `##`. */
export function headingDepth(block: ScoredBlock): Heading['depth'] {
  const level = block.asHeading ?? block.level;
  return Math.min(6, Math.max(2, level)) as Heading['depth'];
}

function table(rows: string[][]): Table {
  const width = Math.max(...mapped(rows, (r) => r.length));
  return {
    type: 'table',
    children: mapped(rows, (r) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: r[i] ? [{ type: 'text', value: r[i]! }] : [] })),
    })),
  };
}

/** One block as Markdown flow content. */
function blockNode(block: ScoredBlock, inline: InlineOptions): BlockContent {
  const content = (): PhrasingContent[] => phrasing(block.text, block.inline, inline);
  if (block.asHeading !== undefined || block.kind === 'heading') return { type: 'heading', depth: headingDepth(block), children: content() };
  switch (block.kind) {
    case 'code':
      return { type: 'code', lang: block.lang ?? null, value: block.text };
    case 'table':
      return block.rows ? table(block.rows) : { type: 'paragraph', children: content() };
    default:
      return { type: 'paragraph', children: content() };
  }
}

/** The pictures to show before a block, as a paragraph of their own. */
function picturesOf(runs: InlineRun[], inline: InlineOptions): Paragraph | null {
  const children: (Image | Text)[] = [];
  for (const run of runs) {
    for (const mark of run.marks) {
      const read = pictureOf(mark, run.decode);
      const node = read && picture(read, inline);
      if (node) children.push(node);
    }
  }
  return children.length ? { type: 'paragraph', children } : null;
}

/** The story as an mdast tree: title as `#`, then the kept blocks; list items and consecutive quotes stay together. */
export function markdownTree(title: string | null, blocks: ScoredBlock[], options: MarkdownOptions = {}): Root {
  const inline: InlineOptions = { links: options.links ?? true, images: options.images ?? false, base: options.base ?? null };
  const children: RootContent[] = [];
  if (title) children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
  const lists = new ListBuilder(children);
  let quote: Blockquote | null = null;
  for (const block of blocks) {
    // a headline that is all the story is its text, and in Markdown already its title
    if (block === blocks[0] && blocks.length === 1 && block.text === title) continue;
    const runs = inline.images ? (options.pictures?.get(block) ?? (block.pictures ? [block.pictures] : null)) : null;
    const pictures = runs && picturesOf(runs, inline);
    const node = blockNode(block, inline);
    const content = pictures ? [pictures, node] : [node];
    const listed = block.asHeading === undefined && (block.kind === 'list-item' || (block.kind === 'code' && block.item !== undefined));
    if (listed) {
      quote = null;
      lists.add(block, content);
      continue;
    }
    lists.end();
    if (block.kind === 'quote' && block.asHeading === undefined) {
      if (pictures) children.push(pictures);
      if (!quote) children.push((quote = { type: 'blockquote', children: [] }));
      quote.children.push(node);
      continue;
    }
    quote = null;
    children.push(...content);
  }
  return { type: 'root', children };
}

/** The story as Markdown: title as `#`, then the kept blocks. */
export function renderMarkdown(title: string | null, blocks: ScoredBlock[], options: MarkdownOptions = {}): string {
  const tree = markdownTree(title, blocks, options);
  return tree.children.length ? toMarkdown(tree, SETTINGS) : '';
}
