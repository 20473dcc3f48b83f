/** Tuning numbers of title, byline and site, and the page's type (see `../settings.ts`). */

// ---------------------------------------------------------------- metadata: title, byline, site of a text dump

/** A dump's headline: its reach before the story (blocks), fewest words (words), lead paragraphs; a date line this near after marks it, its prose starts this near (blocks); a `<title>`-like line stands in the first lines (lines); a line echoing it has at most this many words. */
export const TITLE_LOOKBACK = 25;
export const MIN_TITLE_WORDS = 3;
export const LEAD_PARAGRAPHS = 3;
export const TITLE_DATED_REACH = 4;
export const TITLE_NEXT_REACH = 6;
export const TITLE_TOP_LINES = 3;
export const ECHO_MAX_WORDS = 40;
/** Most words a site's name, a section or a tag after a dump headline's one pipe has (`| Opinion`, `| Get Local Agency`): WCXB dump titles right 609 to 615 (innerText), 736 to 740 (lynx). */
export const PIPED_TAIL_MAX_WORDS = 4;
/** Weights of `HeadlineEvidence`, fitted on WCXB's 2,716 dumps (on one half, the other scores 0.42 vs 0.44); titles right 0.29 to 0.43 (innerText), 0.27 to 0.43 (lynx). `named` and `joined` searched with the rest held: on either half of the dumps (by id) the other gains 0.005; titles right 604 to 606 (innerText), 590 to 599 (lynx). `flush` searched with the rest held: lynx titles right 598 to 736 (innerText dumps indent nothing; a line merely less indented than the prose, 724, takes menus). `doubled` searched with the rest held: each half of the dumps (by id) gains at 1 (innerText +8 and +6, lynx +0 and +2; at 1.5 innerText gains more and lynx loses). */
export const TITLE_WEIGHTS = { lead: 1.4, next: 1.4, titleCase: 0.85, near: 0.3, after: -3.1, dated: 1.95, echoed: 0.4, repeated: 0.1, doubled: 1, kept: 0, short: -1.75, bad: 0, length: 1.25, firstDated: 0.25, echoedAtTop: -0.15, numbered: -2, capitals: -2, named: -2, joined: -0.25, flush: 3 };
/** Bylines and source lines stand this near the story's start: blocks before the headline, blocks after the first kept one. Blocks. */
export const BYLINE_LOOK_BEFORE = 3;
export const BYLINE_LOOK_AFTER = 6;

// ---------------------------------------------------------------- page type: what kind of page it is
/** Points each kind of evidence gives the type it speaks for, and the bars the counts must reach. Measured on WCXB dev HTML (agreement with its labels). */
export const PAGE_TYPE = {
  declared: 2, // a schema.org type or og:type is the page saying what it is, though a CMS writes the same one on every page (3 lost 0.004 of agreement)
  address: 2, // a path word (/p/, /t/, /docs/) is the site's own filing
  shown: 2, // posts, prices, code, cards seen on the page
  weak: 1, // evidence that leans: og:type article, a root address, long prose
  storySlugWords: 5, // words of the address's last part that name a story by its headline (WCXB dev html: articles 371 of 711 reach it, services 4 of 165, listings 3 of 98)
  enough: 2, // a type other than article needs this much
  serviceHeadings: 5, // headings of an undated page that leans to a service (less than `enough`) and is laid out as one
  posts: 3, // numbered posts (post-123): a thread has several, a blog post's comments use comment-N
  forumLines: 3, // post heads (Joined, Posts: 12, Reply)
  code: 10, // <pre>/<code> elements
  muchCode: 30, // as many as only a reference page has
  dumpCode: 3, // a dump's code blocks (runs of code lines, segment/code-lines.ts): a page's examples, where <pre> and inline <code> both count in HTML
  dumpMuchCode: 10,
  collectionPrices: 16, // a grid of items, each with its price (8: a buying guide's, a service's plans)
  dumpCollectionPrices: 8, // a dump's still: a product's dump taken for one grows its story into the shop's furniture (the reviewed page product-en-sweetwater-lynx), though WCXB's dumps gain 0.001 with 16
  cards: 8, // linked headings: the titles of a list's cards
  cardShare: 0.4, // share of the headings that are links
  linkPage: 0.6, // share of the page's characters in links: a page of links to other pages
  linkPageRun: 300, // ... beside no run of prose this long
  linkPageProse: 3, // ... and fewer paragraphs of prose than this: three short ones between menus are an article's (WCXB dev html: 1 listing lost, 3 services kept)
  summaryCards: 5, // headings linked to the site's own pages, each over a short summary
  cardWordShare: 0.5, // ... holding this share of the page's prose words
  listPrices: 3, // prices that make a list of items a shop's
  offers: 3, // calls to take up an offer (2: an article's newsletter and contact lines)
  dumpOffers: 2, // in a dump 2 still: there a page taken for a service grows its story over gaps, and WCXB's dumps gain by it (innerText F1 0.752 with 3, 0.757 with 2) though fewer types agree
  manyOffers: 3, // as many as a business's page closes its sections with
  pitches: 5, // headed sections
  headingsPerProse: 1, // a service page heads each short pitch; an article runs paragraphs under a heading
  longProse: 4, // long paragraphs
  datedCards: 10, // linked headings with a date or byline line each: a feed's cards
  docLines: 1, // a documentation site's furniture lines (Edit this page)
  pitchSections: 8, // headed sections of short text on an undated page (features, steps, plans)
  pitchEssays: 0, // ... beside at most this many sections of a story's length
  storyRun: 1000, // words of prose in one run, unbroken by boilerplate: a story's, which no business's page of pitches runs (WCXB dev html service pages: 11 of 165 reach it, articles 410 of 711); 700 to 1500 within 0.002 of agreement
  dumpStoryRun: 600, // the same in a dump, which states no date to tell a story by: with less it is none (WCXB innerText: articles 524 of 711 reach it, service 44 of 165)
  dumpThreadDates: 10, // date and byline lines of a dump with no story: a thread's posts' (articles: median 2)
  dumpThreadCounters: 3, // ... or this many counters (`6 Likes`, `2 replies`), which a thread's posts print where its controls were
  dumpThreadNumbered: 3, // ... or this many date lines that number the posts in turn (`… 3:36pm 2`, `… 4:31pm 3`)
  dumpThreadPostLines: 2, // ... beside this many post heads (Reply, Quote); 1 took a story's own Reply line for a thread's (scrapinghub innerText)
  // a dump's listing (WCXB dev: innerText listings 0.549 to 0.574, lynx 0.477 to 0.495; with 3 paragraphs scrapinghub lynx 0.939 to 0.936, with a teaser share of 0.12 innerText 0.950 to 0.945; 300 or 600 words the same):
  dumpListRun: 300, // a dump whose longest run of prose is shorter than this ...
  dumpListParagraphs: 2, // ... and holds at most this many paragraphs (a card's summary or two; a short news story runs more) ...
  dumpListTeasers: 0.2, // ... and whose lines are teasers (a headline over its summary, of a rhythm) in this share: a listing's cards
  dumpListCards: 5, // ... where its cards also run in one rhythm this many times (select/card-run.ts),
  dumpListDates: 10, // ... or it prints this many date and byline lines,
  dumpListProse: 80, // ... or fewer words of prose than this (scrapinghub's short news stories amid teasers have more, and few dates)
  // a dump of teasers taken for an article (detect/page-type.ts, dumpTeaserPage). Measured on WCXB dev: innerText listing 0.576 to 0.586,
  // article 0.905 to 0.907, all 0.783 to 0.786; lynx listing 0.494 to 0.511, article 0.901, all 0.770 to 0.773; scrapinghub F1 unchanged
  // (0.950, 0.946). Without the dateline guard, scrapinghub 0.930 and 0.918:
  dumpTeaserCardWords: 5, // a teaser line of this many words is a card's headline or summary; fewer, a menu's entry
  dumpTeaserRunShare: 0.5, // a longest run of prose under this share of the page's prose words: the prose scattered in cards
  dumpTeaserBeside: 0.5, // card-length teaser words outside the run, against the run's words: cards as big as the "story"
  dumpTeaserFeedDates: 10, // date and byline lines above the run that are a feed's, each card dated, not a story's dateline (scrapinghub: at most 9 above a story in innerText, 19 in two lynx dumps, which the other evidence passes). Measured with the rest: innerText all 0.786 to 0.788, listing 0.586 to 0.594, forum 0.694 to 0.702; lynx all 0.773 to 0.775, listing 0.511 to 0.527; scrapinghub unchanged
};
/** A headed section's measures (`detect/page-sections.ts`): a pitch holds less prose than `pitchMaxWords`, an essay at least `essayWords`; a dump's line of at most `dumpHeadingWords` over prose heads one. Words. */
export const PAGE_SECTIONS = { pitchMaxWords: 60, essayWords: 150, dumpHeadingWords: 10 };
/** A marked author element (`rel=author`, `itemprop=author`) longer than this holds a bio or a card, not a name. Characters. */
export const AUTHOR_MAX_CHARS = 80;
/** A printed author's name has at most this many words: more is a sentence or a bio. Words. */
export const AUTHOR_NAME_MAX_WORDS = 8;
/** A byline line longer than this is a sentence about someone, not a byline. Characters. */
export const BYLINE_LINE_MAX_CHARS = 120;
/** A line that is only a name, beside a date line, has at most this many words (a headline or a section beside the date has more, or is no name). Words. */
export const NAME_LINE_MAX_WORDS = 4;
/**
 * A dump's line that is only a name, with no label and no date beside it, is its byline this
 * many lines under the headline at most (further down, a name line is a section's or a menu's:
 * on WCXB dev dumps, lines one and two under it were the author 23 times of 31). Lines.
 */
export const NAME_UNDER_HEADLINE_REACH = 2;
/** A lower-case word of a capitalised name is a particle (`van`, `de`, `bin`, `dos`) when it is this short. Characters. */
export const NAME_PARTICLE_MAX_CHARS = 3;
/**
 * A printed byline or date counts as the story's when it stands this near its headline: blocks
 * before, blocks after. Measured on WCXB dev HTML (authors, dates right): authors 2/8 0.795,
 * 3/12 0.802, 5/20 0.799; dates 3/12 0.846, 5/20 0.851, 8/30 0.854.
 */
export const PRINTED_CUE_REACH = { author: { before: 3, after: 12 }, date: { before: 8, after: 30 } };
/**
 * Of the lines by the headline, one before it counts as this many lines of distance per line
 * off, less half a line: at one distance the line after it is read first (a date just over a
 * headline is as often a teaser's above it), and one line before before two after.
 */
export const BEFORE_HEADLINE_WEIGHT = 2;
export const BEFORE_HEADLINE_TIE = 0.5;
/** The furthest a time zone lies behind UTC (UTC−12:00): a stated moment this far into its UTC day is on the same day or the next everywhere. Milliseconds. */
export const UTC_FURTHEST_BEHIND_MS = 12 * 60 * 60 * 1000;
/**
 * A page judged a service page, or a dump judged a collection, prints its story's byline and
 * date (if it is a story: one that states neither is judged so) this near its headline; its
 * items' and news' stand further down. Blocks before, after.
 */
export const DOUBTFUL_STORY_REACH = { before: 1, after: 3 };
/**
 * A service page's story prints its date a little further from its headline than its byline
 * (`Posted on Nov 21, 2018` under a reading time and a share bar). Blocks before, after. Measured
 * on WCXB dev HTML service pages without a stated date: 1/3 and 1/4 date none right, 2/6 one right
 * and none on a page whose truth has none, 3/8 two more on such pages, 3/12 one wrong.
 */
export const SERVICE_DATE_REACH = { before: 2, after: 6 };
/** A line this near the headline that holds a full date prints the story's date, whatever it was graded (`Dec 17, 2025Julian K. Arni`, `Dec 26, 2025 • Mahua Das in Guides`). Blocks. */
export const PRINTED_DATE_BESIDE = 1;
/** A post that prints its date at its foot (`Posted on April 13, 2023`) prints it within this many blocks after the story's last. Blocks. */
export const STORY_FOOT_REACH = 4;
/**
 * A forum member card's lines over its first figure (`Posts: 524`) that may be its name, ranks
 * and badges (`Chris Hall`, `Chris Hall`, `Editorial Contributor`, `[badge.png]`). Lines. On
 * WCXB dev forum dumps the cards' tops stand one to four lines up.
 */
export const MEMBER_CARD_LINES = 4;
/**
 * An author's picture (`Picture of Jane Doe`, `Jane Doe's avatar`) stands within this many blocks
 * before the story's first kept block or after its last: the byline's or the author box's, where
 * the dump's headline is not the story's. Blocks before, after. On WCXB dev lynx dumps 15 each
 * way finds 3 right authors fewer than 30, and 50 none more.
 */
export const STORY_PICTURE_REACH = { before: 30, after: 30 };
/** Date lines by the headline read by the date parser, at most, nearest first: a page without a date in its metadata has a handful, and the parser is slow. Lines. */
export const PRINTED_DATE_TRIES = 3;
/** A printed headline agrees with the declared title when it shares this much of the shorter one's words. Share. */
export const TITLE_AGREEMENT = 0.8;
/**
 * On a story, an `<h1>` of this many words or fewer that agrees with no declared title, and is
 * shorter than it, names the page's section (`Our Blog`, `Menu`, `Contact Us`), not the story:
 * the declared title is. Words. On WCXB dev HTML story pages whose `<h1>` and declared title
 * disagree, h1s of 1 to 5 words: the declared title right 15 times, the h1 2; of 6 words, 1 and 1.
 */
export const SECTION_HEADING_WORDS = 5;
/**
 * A forum thread's label (`News`, `Payment issues`, a year) before its subject in a declared
 * `Label - Subject` is this many words at most; a longer lead is the subject itself. Words. On
 * WCXB dev HTML forum threads: 5 labels of 1 to 2 words left off right, 2 (`Info`, `Question`) wrongly.
 */
export const THREAD_LABEL_WORDS = 3;
/** Tags a page's metadata gives, at most: a keywords list past this is stuffed for search engines, not the page's topics. */
export const TAGS_MAX = 30;
/** Author elements a page's walk notes, at most: the story's byline stands by its headline, near the top; a thread's hundredth commenter is no candidate. */
export const AUTHOR_CUES_MAX = 30;
/**
 * A product page's JSON-LD description (`metadata/product.ts`) joins the content where it has
 * `minWords` words or more and the kept text shows less than `shown` of them (a description the
 * story holds is not printed twice). Words; share. Measured on WCXB dev html product pages
 * (per-page word F1, 0.553 before): `minWords` 10 or 15 0.564, 30 0.564, 50 0.562; `shown` 0.3
 * or 0.7 0.562. With 15 and 0.5: WCXB html product 0.596 to 0.608, all 0.842 to 0.843;
 * articles, scrapinghub and dumps unchanged.
 */
export const PRODUCT_DESCRIPTION = { minWords: 15, shown: 0.5 };
/** A stated date or a byline longer than this is read for a date only in its first this many characters: a date is a few words, and the parser's time grows with the text (280k characters, 1.5 s). Characters. */
export const DATE_MAX_CHARS = 200;
/** How many readings of dates are remembered (see `metadata/date.ts`): a page reads a few, each a few times; more would only hold memory. Readings. */
export const READ_DATES_KEPT = 64;

/** A dump's interface line this short between paragraphs (`Advertisement`) does not end the story's run of prose in the page-type evidence. Words. */
export const ADVERT_LABEL_MAX_WORDS = 1;
