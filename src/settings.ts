/**
 * Every tuning number of declutter, by stage, each with why it is what it is, its unit, and where
 * it came from. jusText keeps its defaults legible the same way (`MAX_LINK_DENSITY_DEFAULT`…).
 * "Set on the scrapinghub pages" means chosen by hand against the 181 scrapinghub article pages
 * (scored by the benchmark's own script), not re-measured since; a measured origin says what was measured.
 * Nothing here is read from the environment: these are the program's constants, not options.
 */

// ---------------------------------------------------------------- read: bytes to text

/** How much of a page the charset sniffer reads for a `<meta charset>`. Bytes. The WHATWG encoding sniffing algorithm's 1024, widened for pages with long heads. */
export const CHARSET_SNIFF_BYTES = 64 * 1024;
/** NUL bytes in this much of the start make the input binary, not a page or a dump. Bytes. */
export const BINARY_SNIFF_BYTES = 8192;
/** A tag longer than this is not looked into when cutting script and style bodies. Bytes. A guard against quadratic scans; no page needs more. */
export const MAX_TAG_BYTES = 2048;

// ---------------------------------------------------------------- detect: HTML or a text dump

/** How much of the input format detection reads. Characters. Enough for any page's opening tags. */
export const FORMAT_LOOK_CHARS = 64 * 1024;
/** How far into the bytes a `<!doctype>` or `<html>` must open for the input to be surely a page. Bytes. */
export const DOCUMENT_LOOK_BYTES = 4096;
/** A text with this many common tags, and a tag for every `FORMAT_LINES_PER_TAG` lines, is HTML without a doctype. Tags; lines. */
export const FORMAT_MIN_TAGS = 5;
export const FORMAT_LINES_PER_TAG = 4;

// ---------------------------------------------------------------- segment: text into blocks

/** Container evidence on the hint scale (negative: boilerplate-like; see `HINT_BAD`, `HINT_NEVER`). Hint points. Set on the scrapinghub pages. */
export const TAG_HINT: Readonly<Record<string, number>> = { nav: -3, footer: -2, aside: -2, header: -1, form: -1, article: 1, main: 1 };
export const ROLE_HINT: Readonly<Record<string, number>> = { navigation: -3, contentinfo: -2, complementary: -2, banner: -2, search: -3, dialog: -3, alert: -1, main: 1, article: 1 };
/** `itemprop=articleBody` is the page saying where its story is. Hint points: the top of the scale. */
export const ITEMPROP_BODY_HINT = 3;
/** A class or id word that names a container never the story (`comments`, `sidebar`), one that leans that way (`promo`), and a story-like one. Hint points. */
export const STRONG_NAME_HINT = 3;
export const WEAK_NAME_HINT = 1;
export const STORY_NAME_HINT = 1;
/** A heading in a `<header>` weighs as boilerplate: the headline, or a standfirst set as a heading. Hint points. */
export const HEADER_HEADING_HINT = -2;
/** Class and id attributes longer than this are generated (utility-class soups) and say nothing. Characters. */
export const CLASS_NAMES_MAX_CHARS = 300;
/** A data table is small and flat; a table with a longer cell is layout and is walked like any container. Characters. */
export const DATA_TABLE_MAX_CELL = 300;
/** How many enclosing elements a block's origin names in the explain view. Elements. */
export const ORIGIN_PATH_ELEMENTS = 3;

/** A headline and its summary make a line of a few hundred characters; each join costs a pass over the line. Characters. */
export const TITLE_GLUE_MAX_CHARS = 2000;
/** Joins tried per line before giving up. Tries. */
export const TITLE_GLUE_TRIES = 4;
/** Each side of a glued headline and summary has at least this many words. Words. */
export const MIN_GLUED_WORDS = 3;
/** A flattened table has at least this many rows. Rows. */
export const TABLE_MIN_ROWS = 3;
/** Most rows of a table have the same number of cells (a header or a total row may differ). Share of rows. */
export const TABLE_REGULAR_SHARE = 0.6;
/** Tools wrap at 72 to 80 columns, some at 100 or so; past the maximum, only a cut mid-sentence is a wrap. Columns. */
export const MIN_WRAP_WIDTH = 40;
export const MAX_WRAP_WIDTH = 120;
/** A text is hard-wrapped when this many lines reach near its widest line. Lines. */
export const MIN_WRAPPED_LINES = 3;
/** "Near the widest": a line this share of the widest counts as wrapped there, and one this share continues on the next. Share of the width. */
export const WRAP_COUNT_SHARE = 0.9;
export const WRAP_JOIN_SHARE = 0.85;
/** A line of only punctuation shorter than this is a separator, not text. Characters. */
export const SEPARATOR_MAX_CHARS = 4;
/** lynx indents its bullets by this much; an unindented `o ` is a Portuguese article, not a bullet. Columns. */
export const BULLET_MIN_INDENT = 2;

/** ICU's word breaking slows down more than linearly on long mixed-script text, so it runs in windows. Characters. */
export const SEGMENT_WINDOW = 256;

// ---------------------------------------------------------------- language

/** Enough text for a confident trigram guess; more only costs time. Characters. */
export const DETECTION_SAMPLE_CHARS = 1500;
/** franc's own minimum, raised: shorter samples guess wildly. Characters. */
export const DETECTION_MIN_CHARS = 20;
/** The language sample takes the longest blocks, up to this much. Characters. */
export const LANGUAGE_SAMPLE_CHARS = 1500;
/** A block joins the language sample with this many characters or words. Characters; words. */
export const LANGUAGE_SAMPLE_MIN_CHARS = 60;
export const LANGUAGE_SAMPLE_MIN_WORDS = 8;
/** A declared language whose stopwords make less than this share of the text is checked against detection. Share of words. Set on the scrapinghub pages. */
export const DECLARED_FIT = 0.12;
/** Detection overrides the declared language when its stopwords fit this many times better. Ratio. */
export const DETECTED_FIT_RATIO = 2;
/** English function words make this share of any English sample; the other languages of the scrapinghub pages reach 0.28 of them at most (Portuguese), and most stay under 0.2. Share of words. Measured on the scrapinghub pages. */
export const ENGLISH_FIT = 0.4;

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
/** A line this many times in one page is the page's template (share bars under every item). Copies. */
export const TEMPLATE_COPIES = 3;
/** A class or id whose hint covers this share of a page's prose (blocks of this many words, not links, on a page with this many such words) names the story's layout, not boilerplate. Share of words; words. Measured on WCXB dev HTML: F1 0.735 to 0.747, articles 0.914 to 0.926, scrapinghub unchanged. */
export const NAMED_PROSE_SHARE = 0.5;
export const NAMED_PROSE_MIN_WORDS = 15;
export const PAGE_PROSE_MIN_WORDS = 100;
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
/** Beyond this share of a document's prose, recurring prose is a syndicated story, not a template. Share of words. */
export const SYNDICATED_SHARE = 0.5;

// ---------------------------------------------------------------- select: the story region and the context pass

/** Scores for the region search: prose counts by its size, nearly-prose by this share of it, controls cost a little, junk a lot. Weight per word; weight. */
export const NEAR_WEIGHT = 0.5;
export const SHORT_PENALTY = 2;
export const BAD_PENALTY = 3;
/** What a short unlinked list item costs, as a share of what a short line does. Share. */
export const LIST_ITEM_SHARE = 0.25;
/** A run of blocks that are not prose costs more the longer it goes on: its n-th block n times its weight, up to this many times. Times. Measured with the whole-page fallback in place, 8 to 4: WCXB dumps 0.723 to 0.728 (innerText), 0.720 to 0.725 (lynx), dump titles +0.01; scrapinghub and HTML unchanged. */
export const GAP_GROWTH_CAP = 4;
/** A list that closes a dump's story: at least this many lines of this many words each. Lines; words. */
export const LIST_MIN_LINES = 3;
export const LIST_LINE_MIN_WORDS = 4;
export const LIST_LINE_MAX_WORDS = 25;
/** A widget the story resumes after costs what a short pause does, however many lines it has. Weight. */
export const BRIDGED_WIDGET_COST = 6;
/** The story resumes when this many paragraphs follow the widget before anything but short lines. Paragraphs. */
export const RESUMED_PARAGRAPHS = 3;
/** A box's heading before it and a time or a `More` link after it belong to the box. Lines. */
export const WIDGET_EDGE_LINES = 2;
/** Prose before the story within this many levels of elements above its element is the story's too (a lead above the byline). Elements. Measured: WCXB dev html 0.768 to 0.772, scrapinghub 0.982 to 0.981. */
export const PROSE_REACH_LEVELS = 3;
/** A story region is one item of many (a card, a post, a section) when it holds less than `words` of the page content's words, or less than `mixed` of them and less than `prose` of its prose; a dump's content holds every menu line, so its bar is lower. Shares of words. Measured on WCXB dev: html 0.783 to 0.833, innerText 0.682 to 0.725, lynx 0.679 to 0.721; scrapinghub within 0.003. */
export const ONE_OF_MANY: Record<'html' | 'text', { words: number; mixed: number; prose: number }> = {
  html: { words: 0.1, mixed: 0.5, prose: 0.5 },
  text: { words: 0.05, mixed: 0.5, prose: 0.3 },
};
/** How many blocks after a marked-up heading its prose may begin. Blocks. */
export const HEADING_REACH = 3;

// ---------------------------------------------------------------- metadata: title, byline, site of a text dump

/** A dump's headline: its reach before the story (blocks), fewest words (words), lead paragraphs; a date line this near after marks it, its prose starts this near (blocks); a `<title>`-like line stands in the first lines (lines); a line echoing it has at most this many words. */
export const TITLE_LOOKBACK = 25;
export const MIN_TITLE_WORDS = 3;
export const LEAD_PARAGRAPHS = 3;
export const TITLE_DATED_REACH = 4;
export const TITLE_NEXT_REACH = 6;
export const TITLE_TOP_LINES = 3;
export const ECHO_MAX_WORDS = 40;
/** Weights of `HeadlineEvidence`, fitted on WCXB's 2,716 dumps (on one half, the other scores 0.42 vs 0.44); titles right 0.29 to 0.43 (innerText), 0.27 to 0.43 (lynx). */
export const TITLE_WEIGHTS = { lead: 1.4, next: 1.4, titleCase: 0.85, near: 0.3, after: -3.1, dated: 1.95, echoed: 0.4, repeated: 0.1, kept: 0, short: -1.75, bad: 0, length: 1.25, firstDated: 0.25, echoedAtTop: -0.15, numbered: -2, capitals: -2 };
/** Bylines and source lines stand this near the story's start: blocks before the headline, blocks after the first kept one. Blocks. */
export const BYLINE_LOOK_BEFORE = 3;
export const BYLINE_LOOK_AFTER = 6;

// ---------------------------------------------------------------- page type: what kind of page it is
/** Points each kind of evidence gives the type it speaks for, and the bars the counts must reach. Measured on WCXB dev HTML (agreement with its labels). */
export const PAGE_TYPE = {
  declared: 3, // a schema.org type or og:type is the page saying what it is
  address: 2, // a path word (/p/, /t/, /docs/) is the site's own filing
  shown: 2, // posts, prices, code, cards seen on the page
  weak: 1, // evidence that leans: og:type article, a root address, long prose
  enough: 2, // a type other than article needs this much
  posts: 3, // numbered posts (post-123): a thread has several, a blog post's comments use comment-N
  forumLines: 3, // post heads (Joined, Posts: 12, Reply)
  code: 10, // <pre>/<code> elements
  muchCode: 30, // as many as only a reference page has
  collectionPrices: 8, // a grid of items, each with its price
  cards: 8, // linked headings: the titles of a list's cards
  cardShare: 0.4, // share of the headings that are links
  listPrices: 3, // prices that make a list of items a shop's
  offers: 2, // calls to take up an offer
  pitches: 5, // headed sections
  headingsPerProse: 1, // a service page heads each short pitch; an article runs paragraphs under a heading
  longProse: 5, // long paragraphs
};

// ---------------------------------------------------------------- render

/** Text shown of each block in the explain view. Characters. */
export const PREVIEW_CHARS = 100;

// ---------------------------------------------------------------- batch: the command line's reading and worker threads

/** How long one document may take on a worker thread unless `--timeout` says otherwise. Seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Below this many documents the default `-j` runs on the main thread: two worker threads' start and warm-up cost more than they save on a folder of scrapinghub pages (measured with `scripts/bench-batch.mjs`). Documents. */
export const MIN_DOCUMENTS_FOR_WORKERS = 200;
/** Documents in flight per job: enough to keep a worker busy while the next one is read. Documents. */
export const IN_FLIGHT_PER_JOB = 2;
/** One job at a time per worker: a queue inside a worker only holds pages in memory longer. Jobs. */
export const JOBS_PER_WORKER = 1;
/** Workers keep a small heap so that a long stream stays in little memory; a page too big for it runs on the main thread. MB. */
export const WORKER_HEAP_MB = 96;
/** The young generation V8 gives a thread by default: a smaller one (16 MB) kept each worker some 20 MB smaller, but its collections took a twentieth of a worker's time on a stream of pages. MB. */
export const WORKER_YOUNG_MB = 48;
/** Segmented documents a worker keeps between the batch's two passes. Characters of text. */
export const SEGMENT_CACHE_CHARS = 8_000_000;
/** `--max-bytes` by default. Bytes. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** The most `-j` accepts. Jobs. */
export const MAX_JOBS = 256;
/** The start of a file read to tell its kind (page, records, archive) and of a folder's unnamed file to sniff. Bytes. */
export const HEAD_BYTES = 64 * 1024;
export const HEAD_GZIP_BYTES = 4 * 1024;
export const FOLDER_SNIFF_BYTES = 8192;
/** The magic numbers of binary formats (images, PDF, archives) are in a file's first bytes. Bytes. */
export const MAGIC_BYTES = 8;
/** Reads of a stream, at most and at least. Bytes. */
export const CHUNK_BYTES = 1024 * 1024;
export const MIN_CHUNK_BYTES = 16 * 1024;
/** The progress line shows after a second, is redrawn five times a second, and gives a time left once this much is done. Milliseconds; documents. */
export const PROGRESS_SHOW_AFTER_MS = 1000;
export const PROGRESS_REDRAW_MS = 200;
export const PROGRESS_MIN_DONE = 3;
export const PROGRESS_MIN_MS = 500;
