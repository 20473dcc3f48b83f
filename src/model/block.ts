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
  /** An element of the class path that holds text of its own page on most of its site's pages (a batch's story element, `score/template-learner.ts`). */
  storyElement?: boolean;
}

/**
 * Something the page marked up within a block's text (HTML only): a link, emphasis, inline code,
 * or a picture (which has no text: `start === end`, where it stood). Offsets count in the
 * running text as read (`InlineRun.raw`), attributes are as the page wrote them: both are
 * resolved only for the blocks that are rendered. Marks nest as the page's elements did.
 */
export interface InlineMark {
  kind: 'link' | 'emphasis' | 'strong' | 'code' | 'image';
  start: number;
  end: number;
  /** A link's `href`. */
  href: string | undefined;
  /** A picture's attributes (`src`, `alt`, `width`, lazy-loading `data-src`…). */
  attributes: Record<string, string> | undefined;
  /** A picture inside boilerplate (a share bar's icons), which never stands for the story's own. */
  aside: boolean;
}

/** A block's inline markup: its marks over its text as the walk read it. */
export interface InlineRun {
  /** The text before cleaning (`Block.text` is it cleaned), which the marks' offsets count in. */
  raw: string;
  marks: InlineMark[];
  /** Reads an attribute's value as text (the page's bytes, then its entities). */
  decode: (piece: string) => string;
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
  /** How far a text-dump line stands in from the left margin, in characters (text only). */
  indent?: number;
  /** A dump's list item's line: 0 its bullet's, 1, 2… the lines lynx sets under the item's text, paragraphs of their own (text only). */
  itemLine?: number;
  /** The page's links, emphasis, inline code and pictures within the text (HTML only; none when it has none). */
  inline?: InlineRun;
  /** Pictures that stood alone (in no text of their own) just before the block (HTML only). */
  pictures?: InlineRun;
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
