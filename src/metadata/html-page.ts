/**
 * An HTML page's metadata once its story is found and its type decided: the byline and date it
 * prints by its headline where its metadata is silent (`printed.ts`), and its title (`page-title.ts`).
 */
import type { Metadata, PageCues, PageType, ScoredBlock, Verdict } from '../model/index.js';
import { printedMetadata } from './printed.js';
import { pageTitle, type DeclaredTitles } from './page-title.js';
import { siteNames } from './site-names.js';

/**
 * What segmentation keeps of an HTML page for the metadata read once its story is found: what it
 * prints by where it stands, a publication date its type is not judged by (the type was measured
 * on the common keys, and a page's type decides its text), and the titles it declares.
 */
export interface LaterStatements {
  cues: PageCues;
  laterDate: string | null;
  /** When the page says it was last changed: its date where it states and prints no other. */
  modifiedDate: string | null;
  /** The page states its publication under Open Graph's key (see `sharedPublication`). */
  sharedPublication: boolean;
  titles: DeclaredTitles;
}

export const NO_STATEMENTS: LaterStatements = { cues: { headings: [], times: [], authors: [] }, laterDate: null, modifiedDate: null, sharedPublication: false, titles: { shared: null, document: null } };

/** The story as selection left it: the blocks and their grades, the headline's block, the page's type and address, its language. */
export interface FoundStory {
  blocks: ScoredBlock[];
  verdicts: Verdict[];
  title: number | null;
  type: PageType;
  url: string | null;
  lang: string | null;
}

/** The title, byline and date of an HTML page, from what it stated (`meta`), what it prints and where its story is. */
export function foundMetadata(meta: Metadata, page: LaterStatements, story: FoundStory): Pick<Metadata, 'title' | 'byline' | 'date'> {
  const { blocks, title } = story;
  const names = siteNames(story.url, meta.site);
  const printed = printedMetadata(meta, { ...story, cues: page.cues, laterDate: page.laterDate, modifiedDate: page.modifiedDate, sharedPublication: page.sharedPublication, siteNames: names });
  const headline = title === null ? null : blocks[title]!.text;
  return { ...printed, title: pageTitle(headline, page.titles, page.cues.headings, names, story.type, blocks) ?? meta.title };
}
