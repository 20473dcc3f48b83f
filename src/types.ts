import type { LineStats } from './score/template.js';

/** The kinds of block both segmenters produce; everything after segmentation sees only these. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code' | 'table' | 'figure';

export type InputFormat = 'html' | 'text';
export type OutputFormat = 'markdown' | 'json' | 'text';

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
  /** The text dump's source line this block repeats or was glued from (text only). */
  glued: boolean;
}

export type Label = 'keep' | 'drop';

export interface Features {
  words: number;
  stopwordDensity: number;
  linkDensity: number;
  endsSentence: boolean;
  sentences: number;
  titleCase: boolean;
}

/** A block after scoring and selection. */
export interface ScoredBlock extends Block {
  features: Features;
  score: number;
  label: Label;
  reason: string;
  /** Set when a text-dump line was judged to be an in-story heading. */
  asHeading?: number;
}

/** What a page says about itself; unknown values are null. */
export interface Metadata {
  title: string | null;
  byline: string | null;
  date: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
}

export interface ExtractStats {
  inputChars: number;
  outputChars: number;
  blocksKept: number;
  blocksDropped: number;
  ms: number;
}

/** The result of one extraction: the same object the JSON output prints. */
export interface ExtractResult extends Metadata {
  source: string;
  inputFormat: InputFormat;
  text: string;
  markdown: string;
  /** No story was found: `text` is empty (a title may still be known). */
  empty: boolean;
  stats: ExtractStats;
}

export interface ExtractOptions {
  /** Name of the input, reported as `source`; `-` for stdin. */
  source?: string;
  /** `auto` decides from the content. */
  inputFormat?: 'auto' | InputFormat;
  /** Charset from a transport header, if the caller knows one. */
  charset?: string;
  /** Bytes refused past this, stored or decompressed (an `ExtractError` with code `too-large`). */
  maxBytes?: number;
  /** Line counts over the batch this input belongs to (see `documentLines`): its template. */
  batch?: LineStats;
  /** The site (host) the input belongs to within the batch, when the batch counts lines per site. */
  batchSite?: string;
}

/** The run of blocks chosen as the story, and what bounds it. */
export interface StoryRegion {
  start: number;
  end: number;
  why: string;
}

/** A full extraction with its blocks, for the explain view and for tests. */
export interface ExtractTrace {
  result: ExtractResult;
  blocks: ScoredBlock[];
  region: StoryRegion | null;
}
