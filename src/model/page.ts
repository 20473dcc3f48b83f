/** The seven page types of WCXB's taxonomy. */
export type PageType = 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service';

/**
 * What the markup of a page says about what kind of page it is, counted during segmentation's one
 * walk (HTML only): the evidence the page type is decided from, beside the head's metadata.
 */
export interface PageMarks {
  /** Schema.org types of the page's microdata (`itemtype`), by their last path part (`Product`). */
  itemtypes: string[];
  /** `<article>` elements. */
  articles: number;
  /** `<pre>` and `<code>` elements. */
  code: number;
  /** Form fields a visitor types into or picks from (`<input>` but hidden ones, `<select>`, `<textarea>`). */
  fields: number;
  /** Buttons, submit inputs and links whose text puts something in a cart. */
  cartButtons: number;
  /** Elements named as a post, comment or reply of a thread (`class="post"`, `id="comment-12"`). */
  postNamed: number;
  /** Elements marked as a price (`itemprop=price`, a class named `price`). */
  priceNamed: number;
  /** The largest group of sibling elements of one tag and class outside boilerplate: a grid of cards. */
  repeatedSiblings: number;
}

/** What a page's headed sections show of its kind: cards of a list, pitches of a business, essays of a story. */
export interface SectionCounts {
  /** Linked headings with a date or byline line in their section: a feed's or a blog index's cards. */
  datedCards: number;
  /** Unlinked headings over a short text: a service page's features, steps, plans. */
  pitches: number;
  /** Sections holding a story's worth of prose under their heading. */
  essays: number;
  /** Linked headings over a short text: a card's title and its summary. */
  summaries: number;
  /** ... of them, those whose heading links to the site's own page, not within the page nor off the site. */
  ownSummaries: number;
  /** Words of prose on the page, and under linked headings among them (HTML headings; a dump's guessed ones are never linked). */
  words: number;
  linkedWords: number;
  /** The most words of prose under one unlinked heading, or before the first: a story's body. */
  biggest: number;
}

/** What a page gives of its kind: its declared types, its address, its markup and its lines. */
export interface PageEvidence {
  format: 'html' | 'text';
  /** Schema.org types the page declares (JSON-LD, then microdata), each once. */
  types: string[];
  ogType: string | null;
  /** The documentation generator that wrote the page, by its `<meta name="generator">` (`rustdoc`, `mkdocs`, `Docusaurus`). */
  docsGenerator: string | null;
  /** The page's address, lower-cased path and query; null when unknown. */
  path: string | null;
  /** The address was given with the page (a record's, a WARC's), not read from it. */
  pathGiven: boolean;
  marks: PageMarks | null;
  blocks: number;
  /** Blocks graded as prose, and long ones among them. */
  prose: number;
  longProse: number;
  /** Short lines that state a price, that put something in a cart, that head a forum post. */
  priceLines: number;
  cartLines: number;
  forumLines: number;
  /** Lines that count a post's likes, replies or votes (`6 Likes`, `2 replies`): a thread prints them by its posts. */
  counterLines: number;
  /** Date and byline lines that end in the next number of a count (`Jane March 4, 2024, 3:36pm 2`): a thread's numbered posts. */
  numberedPosts: number;
  codeBlocks: number;
  /** Short lines that ask the visitor to act on an offer: `Get started`, `Request a demo`, `Get a quote`. */
  offerLines: number;
  headings: number;
  /** Headings that are links: the titles of cards or teasers. */
  linkedHeadings: number;
  /** Blocks graded as a date, a time or a byline: one per post or teaser in a feed. */
  dateLines: number;
  /** The page states a date, an author. */
  dated: boolean;
  signed: boolean;
  /** Blocks a teaser or feed rhythm took: the items of a list of cards. */
  teasers: number;
  /** Share of the page's characters inside links (HTML). */
  linkShare: number;
  /** The host of the page's address, lower-cased; null when unknown. */
  host: string | null;
  /** Short lines of a documentation site's furniture: `Edit this page`, `Was this page helpful?`, `On this page`. */
  docLines: number;
  /** The most words of prose in one run of the page's blocks, unbroken by a line graded boilerplate (headings do not break it): a story's length. */
  storyRun: number;
  /** The page's headed sections, measured. */
  sections: SectionCounts;
  /** The paragraphs of prose in that run. */
  storyParagraphs: number;
  /** A dump's date and byline lines above that run: a story's dateline, where a page of cards dates each card below its first prose. */
  datedAboveStory: number;
  /** A dump's words in teaser lines of a card's length (`PAGE_TYPE.dumpTeaserCardWords`) outside that run. */
  teaserWordsBeside: number;
  /** The words of the blocks graded as prose, wherever they stand. */
  proseWords: number;
  /** A dump's longest run of lines of one repeated shape (`select/card-run.ts`): its cards, and its share of the page's words. */
  cardRun?: { cards: number; share: number };
}

/** Something a page prints about its story, and where: `at` is the index of the first block at or after its element. */
export interface PlacedCue {
  at: number;
  text: string;
}

/**
 * What an HTML page prints about its story, outside its metadata, noted during segmentation's
 * walk (plain text, so that a segmented document holds no part of the parsed page): read once
 * the story is found, by where it stands from the headline.
 */
export interface PageCues {
  /** `<h1>` elements' text; `home`: it links to the site's home page (a logo's). */
  headings: (PlacedCue & { home: boolean })[];
  /** `<time datetime>` values. */
  times: PlacedCue[];
  /** Elements the page marks as its author's (`rel=author`, `itemprop=author`: `marked`) or names so by their class or id (`author`, `byline`). */
  authors: (PlacedCue & { marked: boolean })[];
}
