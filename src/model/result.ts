/** What an extraction is asked for and what it gives back: the library's public shapes. */
import type { Block, Features } from './block.js';
import type { Label } from './verdict.js';
import type { PageEvidence, PageType } from './page.js';

export type InputFormat = 'html' | 'text';
export type OutputFormat = 'markdown' | 'json' | 'text';

/**
 * How many documents of a batch hold each normalised line, per site: the batch's template, as
 * extraction reads it (the batch's first pass counts it, see `score/template.ts`).
 */
export interface SiteLineCounts {
  /** In how many documents of the site this normalised line occurs. */
  documentsWith(key: string, site?: string): number;
  /** How many documents of the site were counted. */
  documentsOf(site?: string): number;
  /** On how many of the site's pages elements of this class path (`score/sketch.ts`) hold its template; 0 where they do not. */
  templatePathPages?(path: number, site?: string): number;
  /** On how many of the site's pages elements of this class path hold text of their own page (a story's), hardly ever its template; 0 where they do not. */
  storyPathPages?(path: number, site?: string): number;
}

/** A block after scoring and selection. */
export interface ScoredBlock extends Block {
  features: Features;
  /** The block's weight as the search for the story region used it, rounded to a tenth. */
  score: number;
  label: Label;
  reason: string;
  /** The rule that decided the label, as `--explain` prints it (`notice/cookie-notice`, `context/between-prose`). */
  rule?: string;
  /** The rule that graded the block, where the context pass decided its label from its neighbours. */
  gradedBy?: string;
  /** Set when a text-dump line was judged to be an in-story heading. */
  asHeading?: number;
}

/** What a page says about itself; unknown values are null. */
export interface Metadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601: `YYYY-MM-DD`, or a full timestamp with its offset where the page gives one. */
  date: string | null;
  /** The date as the page wrote it. */
  dateRaw: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  /** The page's summary of itself (its description metadata). */
  description: string | null;
  /** The page's lead picture, an absolute address. */
  image: string | null;
  /** The page's topics and keywords, each once, in the page's order. */
  tags: string[];
  /** The organisation that publishes the page, where it differs from `site`. */
  publisher: string | null;
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
  /** What kind of page it is (WCXB's seven types), from the evidence it gives; `article` without any. */
  pageType: PageType;
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
  batch?: SiteLineCounts;
  /** The site (host) the input belongs to within the batch, when the batch counts lines per site. */
  batchSite?: string;
  /** The page's address, when the caller knows it (a JSON Lines record's, a WARC's): its shape tells the page type, and the Markdown's links are made absolute against it. */
  url?: string;
  /** Markdown: the page's links as `[text](url)` (default true); without, their text alone. */
  links?: boolean;
  /** Markdown: the page's pictures as `![alt](src)` (default false). */
  images?: boolean;
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
  /** The page type, and the evidence it was decided from, as `--explain` shows it. */
  page: { type: PageType; why: string[]; evidence: PageEvidence; metadataType?: PageType };
}
