/** Tuning numbers of reading, format detection, segmentation and language (see `../settings.ts`). */

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
/**
 * Lists nested deeper than this are read as this deep, and inline elements (links, emphasis, code)
 * open inside this many are read as text: no story nests further, and a hostile page nested
 * 50,000 deep would otherwise make a Markdown tree as deep (which its serialiser walks by
 * recursion) and give every block a chain as long. Levels.
 */
export const LIST_MAX_DEPTH = 10;
export const INLINE_MAX_DEPTH = 10;
/** How many enclosing elements a block's origin names in the explain view. Elements. */
export const ORIGIN_PATH_ELEMENTS = 3;

/** A headline and its summary make a line of a few hundred characters; each join costs a pass over the line. Characters. */
export const TITLE_GLUE_MAX_CHARS = 2000;
/** Joins tried per line before giving up. Tries. */
export const TITLE_GLUE_TRIES = 4;
/** Each side of a glued headline and summary has at least this many words. Words. */
export const MIN_GLUED_WORDS = 3;
/** A line that holds a ranked widget's entries (`1 … 2 … 3 …`) holds this many at least. Entries. */
export const RANKED_MIN_ENTRIES = 3;
/** A flattened table has at least this many rows. Rows. */
export const TABLE_MIN_ROWS = 3;
/**
 * A dump's run of code-like lines is one code block when it has `minLines` lines or more, of which
 * `minShaped` and a `shapedShare` read as code on their own (see segment/code-lines.ts); a line
 * of `minSymbols` code symbols or more, a `symbolShare` of its letters' count, may sit among them. Code's lines
 * are short: a line longer than `maxLineChars` is prose or a minified script (and the patterns' time
 * grows with the line). Measured on WCXB dev dumps: documentation innerText 0.764 to 0.830, lynx
 * 0.778 to 0.840 (with code kept out of teaser runs and headings); other types within 0.002.
 */
export const CODE_BLOCK = { minLines: 2, minShaped: 2, shapedShare: 1 / 3, maxLineChars: 240, minSymbols: 2, symbolShare: 0.25 };
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
/**
 * A React streamed segment (`segment/html/streamed.ts`) that holds this share of its characters
 * in links or more is left hidden: a rail of other pages loaded late (a shop's `Complete the
 * look`, the launches of the day before), not the page's own part. Share of characters. Measured
 * on WCXB dev html (30 streamed pages): shares of 0.2 to 0.4 alike (articles +0.50 in sum of page
 * F1, service +0.85, documentation +0.06, products -0.14), 0.5 reads a listing's rail of
 * yesterday's items too (a page -0.52).
 */
export const STREAMED_LINKED_SHARE = 0.3;
/** How far up a toggle's heading may stand for the panel it opens to be an accordion's answer (`<h3><button>`, `<h3><span><a>`, `segment/html/panels.ts`). Elements. */
export const TOGGLE_HEADING_REACH = 3;
/** How deep in a section its heading may stand for its permalink to make the section's id its anchor (`<section><div><h2>`, `segment/html/anchors.ts`). Elements. */
export const ANCHOR_HEADING_DEPTH = 3;
/** Most characters of a link's text that is only a heading's mark to itself (`segment/html/self-links.ts`): a mark and its entity (`&para;`, the UTF-8 bytes of `🔗`) with spaces around. Characters. */
export const SELF_LINK_MAX_CHARS = 16;
