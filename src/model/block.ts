/**
 * The block: one unit of text from the page, the same for HTML and for text dumps. Everything
 * after segmentation sees only blocks, never the input's own format.
 */

/** The kinds of block both segmenters produce. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code' | 'table' | 'figure';

/**
 * An element of the page, as far as selection needs it: blocks share their enclosing elements
 * through parent links, so deep pages cost memory per element, not per block and level.
 */
export interface Container {
  id: number;
  parent: Container | null;
  /** An `<article>` element: one inside another is a related item or a comment (HTML's own meaning). */
  article?: boolean;
}

/**
 * A stretch of a block's text that the page marked up (HTML only): a link, emphasis, inline code,
 * or a picture (an image has no text: `start === end`, where it stood). Offsets into `text`;
 * marks nest as the page's elements did (one inside another, or apart).
 */
export interface InlineMark {
  kind: 'link' | 'emphasis' | 'strong' | 'code' | 'image';
  start: number;
  end: number;
  /** A link's target, or an image's source, as the page wrote it: resolved and checked when rendered. */
  target?: string;
  /** An image's alternative text. */
  alt?: string;
}

/** A list of the page (`<ul>`, `<ol>`), shared by the blocks of its items. */
export interface ListRef {
  id: number;
  ordered: boolean;
  /** The number of its first item (`<ol start>`). */
  start: number;
}

/** The list item a block stands in: its list, its place there (0 the first item), and the item its list is nested in. */
export interface ListItemRef {
  list: ListRef;
  position: number;
  parent: ListItemRef | null;
}

/** One unit of text from the page: a paragraph, a heading, a list item, a line of a dump. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Heading level 1–6 for headings (text headings are guessed later); list depth for list items. */
  level: number;
  ordered: boolean;
  text: string;
  /** Table cells, for tables only. */
  rows?: string[][];
  /** Where the block came from, for the explain view: `line 12` or a short DOM path. */
  origin: string;
  /** Characters of the text that sit inside links (HTML only). */
  linkChars: number;
  /** Class/id/role/tag evidence from enclosing elements: negative = boilerplate-like. */
  hint: number;
  hintReason: string;
  /** The innermost enclosing element (HTML), linked to its parents; null for text dumps. */
  container: Container | null;
  /** Whether this text-dump line is a teaser's headline glued to its summary (text only). */
  glued: boolean;
  /** The page's links, emphasis, inline code and pictures within the text (HTML only; none when it has none). */
  inline?: InlineMark[];
  /** Pictures that stood alone (in no text of their own) just before the block (HTML only). */
  pictures?: InlineMark[];
  /** The list item the block stands in (HTML list items and code blocks in a `<ul>` or `<ol>`). */
  item?: ListItemRef;
  /** A code block's language, as the page names it (`class="language-js"`). */
  lang?: string;
}

/** What scoring measures of a block's text. */
export interface Features {
  words: number;
  stopwordDensity: number;
  linkDensity: number;
  endsSentence: boolean;
  sentences: number;
  titleCase: boolean;
}
