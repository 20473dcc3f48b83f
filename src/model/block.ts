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
  /** Its tag and class attribute, by which a site's pages show the same element (see `score/sketch.ts`). */
  tag: string;
  classes?: string;
  /** An `<article>` element: one inside another is a related item or a comment (HTML's own meaning). */
  article?: boolean;
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
