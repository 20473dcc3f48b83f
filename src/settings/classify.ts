/** Tuning numbers of a block's grade, the widgets known by their rhythm, and the batch's template (see `../settings.ts`). */

// ---------------------------------------------------------------- classify: a block's grade from its own evidence

/** A block this short is too short to judge alone. Words. jusText's idea (its LENGTH_LOW is 70 characters); set on the scrapinghub pages. */
export const SHORT_WORDS = 7;
/** A block this long is prose whatever its stopwords (some languages have no list). Words. jusText's LENGTH_HIGH (200 characters), as words. */
export const LONG_WORDS = 40;
/** With at least this many words and this stopword density, a block reads as prose. Words; share of words. jusText's STOPWORDS_HIGH is 0.32; set on the scrapinghub pages. */
export const PROSE_WORDS = 12;
export const PROSE_STOPWORDS = 0.25;
/** Share of a block's characters inside links above which it is navigation. Share of characters. jusText's MAX_LINK_DENSITY is 0.2; set on the scrapinghub pages. */
export const LINK_DENSITY_BAD = 0.5;
/** A whole sentence (a paragraph that ends like one) may link more of its words before it counts as links. Share of characters. */
export const LINK_DENSITY_SENTENCE = 0.7;
/** Interface lines, counters, dates and bylines are short: lines longer than this are not tried as such. Words. */
export const META_LINE_MAX_WORDS = SHORT_WORDS * 2;
/** Boilerplate sentences are short; a long paragraph that mentions cookies is still a paragraph. Words. */
export const BOILERPLATE_MAX_WORDS = 50;
/** Small print (legal notices, contact boxes) runs longer than other boilerplate, never as long as a story. Words. */
export const SMALL_PRINT_MAX_WORDS = 150;
/** A paragraph with this many e-mail addresses and telephone numbers is a contact box, however long. Contact details. */
export const CONTACT_DETAILS = 3;
/** An author's note runs to a few sentences; a paragraph of a story about a reporter runs longer. Words. */
export const BIO_MAX_WORDS = 80;
/** A pitch is a line or two; a paragraph that mentions a newsletter is a paragraph. A call to act that opens its paragraph may sell a membership for longer. Words. */
export const PITCH_MAX_WORDS = 40;
export const PITCH_MAX_WORDS_OPENING = 80;
/** A line this short that says `click here` is a button's text, not a sentence about one. Words. */
export const CLICK_LINE_MAX_WORDS = 12;
/** A dateline or byline stamp is at least and at most this long. Words. */
export const STAMP_MIN_WORDS = 3;
export const STAMP_MAX_WORDS = 20;
/** Of a stamp's other words, at most this share may be lowercase (tags, a category). Share of words. */
export const STAMP_OTHER_SHARE = 0.25;
/** A date written in words is short, and most of it is numbers and date names (the rest: `de`, `às`, `at`). Words; share of words. */
export const DATE_LINE_MAX_TOKENS = 14;
export const DATE_NAME_SHARE = 2 / 3;
/** Length bounds tried before any pattern: a relative time, a date line, a stamp is never longer. Characters. */
export const RELATIVE_TIME_MAX_CHARS = DATE_LINE_MAX_TOKENS * 6;
export const DATE_LINE_MAX_CHARS = DATE_LINE_MAX_TOKENS * 12;
export const STAMP_MAX_CHARS = STAMP_MAX_WORDS * 12;
/** A stamp is made of dates and times; `Published in 1998, the book…` is not one. Share of tokens. */
export const DATE_STAMP_SHARE = 0.75;
/** A repeated block needs this many words to count as a repeat rather than a common phrase. Words. */
export const REPEAT_MIN_WORDS = 4;
/** A repeated block this long, and not links, is prose the page prints twice: its first copy is graded as prose. Words. */
export const REPEATED_PROSE_MIN_WORDS = 15;
/** A dump's story printed twice: this many long lines in a row that come again, in the same order. Lines. */
export const COPIED_RUN_LINES = 3;
/** A line this many times in one page is the page's template (share bars under every item). Copies. */
export const TEMPLATE_COPIES = 3;
/** A class or id whose hint covers this share of a page's prose (blocks of this many words, not links, on a page with this many such words) names the story's layout, not boilerplate. Share of words; words. Measured on WCXB dev HTML: F1 0.735 to 0.747, articles 0.914 to 0.926, scrapinghub unchanged. */
export const NAMED_PROSE_SHARE = 0.5;
export const NAMED_PROSE_MIN_WORDS = 15;
export const PAGE_PROSE_MIN_WORDS = 100;
/** A `<form>` holding this share of a page's words wraps the page (ASP.NET's one form around `<body>`), and is no furniture. Share of words. */
export const PAGE_FORM_SHARE = 0.5;
/** An enclosing element with hint at or below this marks its blocks as boilerplate; at or below `HINT_NEVER` (a comment list, a footer, a menu) even long prose is. Hint points. */
export const HINT_BAD = -2;
export const HINT_NEVER = -3;
/** In-story headings (text dumps) are short lines without a sentence end. Words. */
export const HEADING_MAX_WORDS = 20;
/** Headline Case lines longer than this are prose that happens to be capitalised. Words. */
export const HEADLINE_MAX_WORDS = 30;
/** Words of three letters or fewer (`of`, `the`, `and`) stay lower-case in Headline Case. Letters. */
export const SHORT_WORD_LETTERS = 3;
/** Headline Case needs this many longer words, and this share of them capitalised. Words; share of words. */
export const TITLE_CASE_MIN_WORDS = 3;
export const CAPITALISED_SHARE = 0.75;

// ---------------------------------------------------------------- widgets: teaser lists and feeds, known by their rhythm

/** A teaser list has at least this many headline(+summary) units in a row; without any byline, time or label in it, the rhythm must go on longer. Units. */
export const MIN_UNITS = 3;
export const MIN_UNMARKED_UNITS = 4;
/** A teaser rhythm whose headlines are numbered one after another, this share of its units or more, is a listicle's sections (`score/teasers.ts`). Share. */
export const NUMBERED_SECTIONS_SHARE = 0.3;
/** In a dump, an unmarked teaser rhythm with long prose this near before it and after it is the article's sections (`score/teasers.ts`). Lines. Measured on WCXB dev innerText: 3 lines 0.761 (articles 0.897), 6 0.764 (0.900), 10 0.766 (0.902) with scrapinghub innerText 0.947 to 0.946. */
export const SECTION_PROSE_REACH = 6;
/** Teaser summaries are a sentence or two; story paragraphs run longer. Words; sentences. */
export const SUMMARY_MAX_WORDS = 50;
export const SUMMARY_MAX_SENTENCES = 2;
/** Under a linked headline (a page's teaser, not a listicle's heading) a summary may run to a short paragraph. Words; sentences. */
export const LINKED_SUMMARY_MAX_WORDS = 80;
export const LINKED_SUMMARY_MAX_SENTENCES = 3;
/** Dates, bylines and counters between the parts of a teaser; labels are shorter still. Words. */
export const META_MAX_WORDS = 8;
export const LABEL_MAX_WORDS = 3;
/** A one-word line is a button or a label, not a headline. Words. */
export const HEADLINE_MIN_WORDS = 2;
/** A comment or feed item: up to this many head lines (name, time, rating), then some text. Lines. */
export const FEED_HEAD_LINES = 4;
export const FEED_BODY_LINES = 6;
/** A long reply inside a thread: the next item's head after it shows it is one. Lines. */
export const FEED_LONG_BODY_LINES = 40;
/** A feed item's name line is at most this long. Words. */
export const FEED_NAME_WORDS = 4;

// ---------------------------------------------------------------- template: lines that recur across a batch

/** The most distinct lines the batch's counts hold before the rare ones are forgotten (lossy counting). Lines. */
export const TEMPLATE_MAX_LINES = 500_000;
/** A line in this many documents of the batch, and this share of them, is the site's template. Documents; share of documents. */
export const TEMPLATE_MIN_DOCUMENTS = 3;
export const TEMPLATE_MIN_SHARE = 0.1;
/** A word or two recurs in any batch (`News`, `1`); such a line must be in this share of its documents. Words; share of documents. */
export const FEW_WORDS = 2;
export const FEW_WORDS_MIN_SHARE = 0.5;
/**
 * Beyond this share of a document's prose, recurring prose is a syndicated story, not a template.
 * Share of words. 0.5 spared a short story's related-stories box, printed on the site's pages of
 * that day; with lines counted per site, a story the batch holds twice is nearly all of its page.
 * Measured on cleanportaleval's lynx dumps run by site: 0.921 at 0.5, 0.937 at 0.65, 0.949 from 0.7 to 0.9.
 */
export const SYNDICATED_SHARE = 0.8;

// ---------------------------------------------------------------- template: the batch's sites, found by the lines their pages share

/** Lines and element paths kept of one document between the batch's two passes: the ones with the smallest hashes, the same sample on every page. Pairs. */
export const TEMPLATE_SKETCH_PAIRS = 1024;
/** Past this many pairs kept over the batch, the lines seen in one document so far are forgotten (lossy counting, as `TEMPLATE_MAX_LINES`). Pairs. */
export const TEMPLATE_MAX_PAIRS = 4_000_000;
/** The documents a batch's template is learnt from: a longer stream's later documents take their host's group, or the whole batch's counts. Documents. */
export const TEMPLATE_MAX_SKETCHES = 50_000;
/**
 * Two documents are pages of one site when the lines each shares with other documents overlap
 * this much (Jaccard) and in this many lines. Measured on WCXB dev (1,358 pages of 1,181 sites, so
 * mostly pages with no sibling) and cleanportaleval (70 pages of 4 sites): the pages found
 * together are 95% of one site, and find 85% of their site's other pages. Share; lines.
 */
export const TEMPLATE_GROUP_JACCARD = 0.3;
export const TEMPLATE_GROUP_MIN_SHARED = 10;
/** The latest documents holding a line that a document is compared with, for each of its rarest lines. Documents. */
export const TEMPLATE_GROUP_CANDIDATES = 16;
/** The enclosing elements whose tags and classes make a block's class path (a site's `nav.menu > ul > li`). Elements. */
export const CLASS_PATH_ELEMENTS = 4;
/** Element names (tag and class attribute) a thread keeps hashed for the next block and page. Names. */
export const ELEMENT_NAMES_KEPT = 10_000;
/**
 * A line on this share of its site's pages is the site's furniture (family `template`: never a
 * headline); one on fewer is another page's teaser or a line quoted (family `recurring`): a post's
 * headline recurs in the recent-posts list of its site's other pages. Share of documents.
 */
export const TEMPLATE_SITE_WIDE_SHARE = 0.5;
/** An element path is a site's template where this share of the blocks it holds on the site's pages are template lines. Share of blocks. */
export const TEMPLATE_PATH_SHARE = 0.8;
/** An element path is a site's story element where at most this share of the blocks it holds on the site's pages are template lines (cleanportaleval HTML by site: 0.980 from 0 to 0.3). Share of blocks. */
export const STORY_PATH_TEMPLATE_SHARE = 0.1;

/**
 * A lynx dump's list is a widget's cards when it has `minItems` items or more, a `cardShare` of them
 * run over `minLines` lines or more and end in a headline of `headlineMinWords` or more with no full stop (lynx
 * sets an item's lines under its text: a caption, a label, a headline; a comment ends on its author's name),
 * and none of its lines runs over `maxWords` (a post's, a story's paragraph).
 */
export const CARD_LIST = { minItems: 3, minLines: 3, cardShare: 0.8, headlineMinWords: 4, maxWords: 50 };
