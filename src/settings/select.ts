/** Tuning numbers of the story region and the context pass (see `../settings.ts`). */
import type { PageType } from '../model/index.js';

// ---------------------------------------------------------------- select: the story region and the context pass

/** Scores for the region search: prose counts by its size, nearly-prose by this share of it, controls cost a little, junk a lot. Weight per word; weight. */
export const NEAR_WEIGHT = 0.5;
export const SHORT_PENALTY = 2;
export const BAD_PENALTY = 3;
/** In a dump, a short line of at least `words` words that ends a sentence, with at least `stopwords` of them stopwords, costs the region search nothing: a story's terse sentence (`It is the baseline.`), where a menu's or a button's line ends none. Words; share of words. Measured on WCXB dev: innerText 0.768 to 0.769, lynx 0.757 to 0.758; scrapinghub unchanged. With 0.3 of stopwords lynx 0.759 (articles 0.891 to 0.894), but a shop's footer of sentences (`Rewards Points expire after two years.`) joins its story; weighed as nearly-prose instead, innerText and scrapinghub lose 0.002. */
export const TERSE_SENTENCE = { words: 3, stopwords: 0.5 };
/** What a short unlinked list item costs, as a share of what a short line does. Share. */
export const LIST_ITEM_SHARE = 0.25;
/** A run of blocks that are not prose costs more the longer it goes on: its n-th block n times its weight, up to this many times. Times. Measured with the whole-page fallback in place, 8 to 4: WCXB dumps 0.723 to 0.728 (innerText), 0.720 to 0.725 (lynx), dump titles +0.01; scrapinghub and HTML unchanged. */
export const GAP_GROWTH_CAP = 4;
/** A list that closes a dump's story: at least this many lines of this many words each. Lines; words. */
export const LIST_MIN_LINES = 3;
export const LIST_LINE_MIN_WORDS = 4;
export const LIST_LINE_MAX_WORDS = 25;
/** A dump's story ends at a widget's heading (`Related`, `About the author`) only where at least this share of the region's prose comes before it (`select/story-end.ts`). Share of words. Measured with `BOX_MIN_ITEMS`, WCXB dev articles: innerText 0.8997 to 0.9015, lynx 0.8923 to 0.8945; scrapinghub innerText 0.947 to 0.950, lynx 0.938 to 0.939; past a quarter of the prose only, scrapinghub innerText 0.949 (a box before the last related stories was taken for the story's end). */
export const WIDGET_TAIL_SHARE = 0.5;
/** The headlines a box of teasers after a dump's story holds at least, for its heading to end the story: one headline under `Read more` or `Related links` is a box inside the story, which goes on after it. Headlines. */
export const BOX_MIN_ITEMS = 2;
/** A widget the story resumes after costs what a short pause does, however many lines it has. Weight. */
export const BRIDGED_WIDGET_COST = 6;
/** The story resumes when this many paragraphs follow the widget before anything but short lines. Paragraphs. */
export const RESUMED_PARAGRAPHS = 3;
/** A box's heading before it and a time or a `More` link after it belong to the box. Lines. */
export const WIDGET_EDGE_LINES = 2;
/**
 * A dump's run of short lines between two paragraphs of a story (a list of pros and cons, a spec sheet, a checklist's
 * steps) costs its lines' own weights, its cost not growing with its length, where it holds no boilerplate, runs to
 * `maxLines` lines at most (a footer's list of staff names runs longer), follows a paragraph of more than `leadWords`
 * words (a page's header, its menu and headline, follows a blurb of a line), has no more than `titledShare` of its
 * lines in headline case (a grid of cards, a menu) and the story goes on after it for `resumed` paragraphs in a row.
 * Only on pages typed articles or service pages (`pageTypes`). Measured on WCXB dev: innerText 0.7825 to 0.7831
 * (articles 0.9047 to 0.9052, collections 0.5735 to 0.5792, service 0.7004 to 0.7009), lynx 0.7689 to 0.7699
 * (articles 0.8997 to 0.9005, collections 0.5269 to 0.5328, documentation 0.8682 to 0.8699, service 0.7080 to
 * 0.7084), no type lower; scrapinghub dumps and all HTML unchanged. With one paragraph after it: WCXB innerText
 * articles 0.906, service 0.712, but scrapinghub 0.950 to 0.949 and 0.939 to 0.938; with no cap on its length,
 * scrapinghub lower too (a staff list); with no lead or headline-case bars, documentation (a contents list before the
 * headline) and lynx service pages (a portfolio's cards) lower.
 */
export const LIST_BRIDGE = { maxLines: 20, resumed: 2, leadWords: 20, titledShare: 0.5, pageTypes: new Set<PageType>(['article', 'service']) as ReadonlySet<PageType> };
/**
 * A roundup's dump prints each item's furniture (its `Pros` and `Cons`, a price box, a spec sheet's field lines) between
 * its sections' prose, the same lines each time; the gaps' growing cost cuts the story's first sections off where each
 * pays for less than its gap. The gap right before the story's run is the story's own (`select/story-start.ts`,
 * `growOverRecurringGaps`) where at least `minShared` of its lines, and at least `share` of them, are lines the page
 * prints `pageCopies` times or more with a copy among the run's short lines (a contents list's entry is printed twice,
 * once in the list and once as its heading), and the prose grown over holds `sectionWords` words or more (a line of
 * disclosure above a share bar does not). Only on pages typed articles (`pageTypes`): a service page's or a guide's
 * run grows over its neighbours by their own weights already. Lines; share of lines; copies; words. Measured on WCXB
 * dev: innerText 0.7831 to 0.7847 (articles 0.9052 to 0.9074; 24 pages, 3 down by 0.032 at most), lynx 0.7703 to
 * 0.7711 (articles 0.9009 to 0.9021; 17 pages, 4 down by 0.031 at most), no type lower; scrapinghub dumps unchanged.
 * With a quarter of the gap's lines: articles 0.9064 and 0.9014; with copies among the run's lines twice (the page's
 * count not asked), 0.9054 and 0.9012 (a run of one section holds one copy); with any copy in the page, not one in the
 * run: articles 0.9089 and 0.9028 but innerText listings 0.576 to 0.570 (a menu printed three times takes its teasers
 * in) and scrapinghub lynx 0.9457 to 0.9456; with no words bar, a scrapinghub innerText page -0.005 (the disclosure);
 * with a spec line's field name (`Price:`) counted as its copy, within 0.0002.
 */
export const RECURRING_GAP = { minShared: 2, share: 0.15, pageCopies: 3, sectionWords: 30, pageTypes: new Set<PageType>(['article']) as ReadonlySet<PageType> };
/**
 * A listicle's dump numbers its sections (`1. Harbor Flask`): the longest chain of short lines numbered from 1 in turn,
 * with a section's prose (`RECURRING_GAP.sectionWords`) between each and the next, of `minSections` sections or more,
 * is the story's, and a densest run that starts after its first heading, no further than `reachSections` sections'
 * lengths past its last, grows back to it (`select/story-start.ts`, `growToNumberedSections`); within the sections the
 * lines a teaser list's rhythm marked are graded as the page alone grades them. On pages typed articles, and
 * collections (a roundup of products its prices type so; a shop's grid numbers no items with prose between them:
 * innerText 1 page and lynx 2 move, articles 0.9083 to 0.9090 and 0.9032 to 0.9040, no collection moves) (`pageTypes`). Sections; sections' lengths. Measured on WCXB dev after `RECURRING_GAP`: innerText 0.7847 to 0.7851
 * (articles 0.9074 to 0.9083; 4 pages, a guide down 0.006), lynx 0.7711 to 0.7720 (articles 0.9021 to 0.9032, listing
 * 0.4952 to 0.4981, documentation 0.8705 to 0.8708; 9 pages, 2 down by 0.014 at most), no type lower; scrapinghub dumps
 * unchanged. Within one section's length of the last heading: articles 0.9075 and 0.9026 (a run that starts after
 * the last section's lists is not reached); the teaser marks kept: 0.9082 and 0.9030.
 */
export const NUMBERED_SECTIONS = { minSections: 3, reachSections: 2, pageTypes: new Set<PageType>(['article', 'collection']) as ReadonlySet<PageType> };
/** Prose before the story within this many levels of elements above its element is the story's too (a lead above the byline). Elements. Measured: WCXB dev html 0.768 to 0.772, scrapinghub 0.982 to 0.981. */
export const PROSE_REACH_LEVELS = 3;
/** A story region is one item of many (a card, a post, a section) when it holds less than `words` of the page content's words, or less than `mixed` of them and less than `prose` of its prose; a dump's content holds every menu line, so its bar is lower. Shares of words. Measured on WCXB dev: html 0.783 to 0.833, innerText 0.682 to 0.725, lynx 0.679 to 0.721; scrapinghub within 0.003. */
export const ONE_OF_MANY: Record<'html' | 'text', { words: number; mixed: number; prose: number }> = {
  html: { words: 0.1, mixed: 0.5, prose: 0.5 },
  text: { words: 0.05, mixed: 0.5, prose: 0.3 },
};
/** On a page whose evidence says it is made of items (a forum, a listing, a product page; see `select/whole-page.ts`), a region with less than this share of the content's words is one item of many, whatever prose it holds. Share of words. Measured on WCXB dev: html 0.837 to 0.840, innerText 0.728 to 0.744, lynx 0.725 to 0.736; scrapinghub unchanged. */
export const TYPED_ONE_OF_MANY = 0.3;
/**
 * On a page of sections (HTML), a story region with less than this share of the content's words is one section of many, and the page's whole content is kept, trimmed at its edges (`TRIMMED_HTML_PAGE_TYPES`). Share of words, by page type.
 * - service: a hero, features, pricing, an FAQ, each its own element. Measured on WCXB dev html with the trim, service pages: 0.6 0.814, 0.8 0.817, 1 (always) 0.817 but articles typed as service lose 0.006 more.
 * - documentation: always. A guide's sections are sibling elements (a reference's members, each in its `<section>`; a page of definition lists weighs less than its prose intro), while its sidebar and contents are named as navigation and stay out. Measured on WCXB dev html, documentation 0.922 to 0.933 (0.8: 0.928), articles and scrapinghub unchanged.
 * - product: the name and buy box, the features, the specifications, each its own element, the region one of them; only where the page shows one item in sections (`PRODUCT_SECTIONS`), and trimmed only where the region held the bar of any page (`ONE_OF_MANY`; under it, trimmed, a page of spec lines lost them all). Measured on WCXB dev html with the guards and the copies kept once: product 0.635 to 0.663 (0.3: 0.651, 0.5: 0.663; ids of both parities gain, 0.662 to 0.694 and 0.608 to 0.633), collection 0.688 to 0.691, listing unchanged; without the guards 0.651, listing 0.713 to 0.707.
 */
export const SECTIONS_ONE_OF_MANY: Partial<Record<PageType, number>> = { service: 0.8, documentation: Number.POSITIVE_INFINITY, product: 0.4 };
/** A product page that declares a description of this many words or more (its JSON-LD `Product`) is no page of sections (`select/product.ts`): its story stands. Words. Measured on WCXB dev html, product pages with the sections bar: no bar 0.651 (the item's description found, then the shop's text around it added), 15 words 0.659, 20 0.663 (collection 0.691), 25 0.663 (collection 0.690: a shop's page of 24 words), 40 0.662. */
export const PRODUCT_SECTIONS = { describedWords: 20 };
/** In a dump, a story region whose prose is one paragraph of fewer than `words` words, holding less than `share` of the page content's words, is no story: a listing's blurb, a shop's or a trail list's introduction, a thread's first line. The page's content is its items, and it is kept whole. Words; share of words. Not on a shop's page (`select/whole-page.ts`), whose one paragraph is the item's description. Measured on WCXB dev innerText: all 0.765 to 0.768 (listing 0.492 to 0.512, documentation 0.834 to 0.842), lynx 0.754 to 0.757, scrapinghub unchanged; with shop pages too +0.001 more, but a product's description is lost to its shop's grid; without the word bar +0.006 but a short news story of one paragraph (scrapinghub) is lost; two paragraphs lose scrapinghub's short stories by 0.01. */
export const LONE_PARAGRAPH_STORY = { words: 60, share: 0.3 };
/** In a dump that prints no date anywhere (no date line, no byline with a date in it), a story region with less than this share of the content's words is one part of many (`select/whole-page.ts`): a news story prints its date by its headline, a page of parts (a service's sections, a listing's items, a shop's category) seldom does. Share of words. Measured on WCXB dev: innerText 0.775 to 0.779 (listing 0.526 to 0.541, collection 0.550 to 0.574, service 0.696 to 0.704, product 0.455 to 0.453), lynx 0.764 to 0.766 (collection 0.509 to 0.527, service 0.703 to 0.711, listing 0.475 to 0.468: a job board whose truth is its blurb alone); 0.1 and 0.2 gain less; scrapinghub unchanged. Those figures were measured with date lines alone; with a dated byline counted too, cleanportaleval lynx single 0.899 to 0.906 and WCXB innerText 0.781 to 0.779, lynx 0.767 to 0.766 (after the card and buy-box rules). */
export const UNDATED_ONE_OF_MANY = 0.15;
/** On a thread's dump, a story region with less than this share of the content's words is one post of many: a dump has no elements to find the posts by, and the densest run of a thread of short replies is its longest post or two. Share of words. Measured on WCXB dev, forums: innerText 0.664 to 0.685, lynx 0.632 to 0.642 (0.7: 0.677, 0.635); all 0.769 to 0.770, lynx 0.758 to 0.759; scrapinghub unchanged. */
export const DUMP_THREAD_ONE_OF_MANY = 0.5;
/** How many blocks after a marked-up heading its prose may begin. Blocks. */
export const HEADING_REACH = 3;
/** In a dump's whole-page content, a line printed more than once counts as content when it has at least this many words: a post quoted in a reply, not a menu's line. Words. Counted for the content kept, not for the share that judges a region one item of many (there it turned a collection's story into its whole page). Measured on WCXB dev, counted in both: innerText 0.744 to 0.748 (forums 0.618 to 0.631), lynx 0.736 to 0.738; 6 words 0.747 / 0.737, 15 words 0.748 / 0.739; scrapinghub unchanged. */
export const REPEATED_POST_WORDS = 12;
/** In a listing's dump kept whole, a line printed at least this many times counts as content: a field every card prints (a job's hours, its place, a tag), where a menu prints its entries once or twice. Copies. Measured on WCXB dev: innerText listing 0.574 to 0.576, collection 0.573 to 0.574, lynx listing 0.495 to 0.498 (forum 0.657 to 0.656: a thread typed listing); 3 copies gain more on listings (0.577, 0.498) but lose product pages typed listing (0.457 to 0.456), 12 gain less; scrapinghub dumps unchanged. Counted for the content kept, not for the share that judges a region one item of many. */
export const LISTING_CARD_FIELD_COPIES = 6;
/** The page types whose whole-page content in a dump is trimmed to its prose, from the first line of prose to the last (see `select/whole-page.ts`): not listings and collections (short lines are their content: trimmed, WCXB innerText collections 0.527 to 0.498), nor articles (scrapinghub innerText 0.948 to 0.945). Measured on WCXB dev: innerText 0.748 to 0.750 (forums 0.631 to 0.648, service 0.665 to 0.676), lynx 0.738 to 0.742; scrapinghub unchanged. */
export const TRIMMED_PAGE_TYPES: ReadonlySet<PageType> = new Set(['forum', 'service', 'documentation', 'product']);
/** The page types whose whole-page content in HTML is trimmed to its content, from its top heading (or its first prose) to its last prose, table, code block or long block (see `select/page-edges.ts`): service pages, whose menus and sign-up boxes the element names miss, and documentation, whose breadcrumbs and version pickers come before its top heading. Measured on WCXB dev html, service 0.800 (whole, untrimmed) to 0.805 trimmed at the prose, 0.814 from the top heading, 0.817 with tables and code at the end, 0.818 with long blocks; articles 0.944 to 0.946. */
export const TRIMMED_HTML_PAGE_TYPES: ReadonlySet<PageType> = new Set(['service', 'documentation', 'product']);
/** A block of this many words or more is content at a trimmed page's edge, whatever its grade: a card's linked summary, not a menu's line. Words. Measured on WCXB dev html: 15 and 30 alike on service pages (0.817, 0.818), 30 keeps listings typed as service (0.688 to 0.690). */
export const EDGE_SUBSTANCE_WORDS = 30;
/** A block the scores call a teaser (a card's linked name and summary, one of a run of such) is content at a trimmed page's edge from this many words: a service's catalogue of items, a listing typed as service, not a menu's line. Words. Measured on WCXB dev html: service 0.8265 to 0.8280, listing 0.7065 to 0.7129, all 0.8651 to 0.8658 (5 pages up, 6 down by less); 4 words the same but 18 pages move (documentation 0.9337 to 0.9336), 12 words service 0.8267 only. */
export const EDGE_TEASER_WORDS = 8;
/** Lines kept before the first prose of a trimmed page: the thread's or the section's title. Lines. Measured: 0, 1 and 2 within 0.001 on WCXB dev. */
export const EDGE_LEAD_LINES = 1;
/** The page types whose dump story region grows over its neighbours by their own weights, a gap's cost no longer growing with its length: a service page's sections, a thread's posts, a guide's parts lie past long gaps. Not articles: there it brings comments and related items (scrapinghub innerText 0.945 to 0.932, lynx 0.937 to 0.919, though WCXB articles 0.889 to 0.900). Not collections either: a product page taken for one grows into its shop's grid. Measured on WCXB dev, the three changes of this group together: innerText 0.744 to 0.753 (articles 0.886 to 0.891, forums 0.618 to 0.648, documentation 0.755 to 0.764), lynx 0.736 to 0.746; scrapinghub 0.948 to 0.947 (innerText), 0.940 to 0.938 (lynx). With the growth's costs halved: WCXB +0.002 more, scrapinghub lower. */
export const GROWN_PAGE_TYPES: ReadonlySet<PageType> = new Set(['forum', 'service', 'documentation', 'product', 'listing']);
/** The page types whose dump's teaser-list rhythms are their own sections, graded as the page alone grades them (`withoutTeaserRhythms`). Measured on WCXB dev: innerText documentation 0.840 to 0.843, product 0.448 to 0.455; lynx documentation 0.859 to 0.869; scrapinghub unchanged. With service pages too: service 0.704 to 0.730 (lynx 0.710 to 0.731), but scrapinghub 0.949 to 0.947 and 0.937 to 0.934. Collections and listings lose with it (0.550 to 0.538, 0.528 to 0.514). */
export const RHYTHM_PAGE_TYPES: ReadonlySet<PageType> = new Set(['documentation', 'product']);
/**
 * A shop's grid (`select/grid.ts`): an element with at least `minCards` children that each hold
 * `cardLines` lines or more, one of them linked, and `cardMinWords` to `cardMaxWords` words (a
 * card: a name and a price; not a language picker's one-word pairs, not a page section). It is the
 * content of a collection page whose story kept less than `storyProse` words of prose: where the
 * story is a real text (a buying guide), WCXB's truth is that text about as often as the grid, and
 * the grid loses there. Cards; lines; words. Measured on WCXB dev html: collection 0.651 to 0.661,
 * listing 0.653 to 0.663, all 0.840 to 0.841, articles and scrapinghub unchanged. Without
 * `cardMinWords` collection gains 0.008 less (a country picker taken for the grid); without the
 * prose bar collection falls by 0.11 (the buying guides lost).
 *
 * On a page typed article the grid is the content only where the story kept less than
 * `articleStoryProse` words of prose (a listing's line of introduction above its cards, typed by
 * its `og:type`): WCXB dev html listings 0.690 to 0.695, scrapinghub unchanged; at 70 words
 * scrapinghub 0.981 to 0.979 (a short story's related items).
 *
 * On a page typed listing whose story region kept some prose (its introduction), a grid of
 * `listingCards` cards or more is kept with the story (`select/grid.ts`, `listingCards`): WCXB dev
 * html listings 0.704 to 0.706 (with the other listing changes), collections typed listing gain
 * too; at 4 cards a promotion's carousel of four tiles joins a story (a page 0.68 to 0.59) and
 * five teasers an article typed listing (1.00 to 0.92); 6 to 8 cards the same pages.
 *
 * On a shop's category whose story region lies in its grid (most of the words it kept are the
 * cards' own: a review line under each card read as prose, the linked names left out), a grid of
 * `regionCards` cards or more is the content, whatever prose the region kept: WCXB dev html
 * collection 0.716 to 0.719 (two pages up, none down), other types and scrapinghub unchanged; a
 * grid of 6 cards that holds a category's guide loses 0.04.
 */
export const GRID = { minCards: 4, cardLines: 2, cardMinWords: 4, cardMaxWords: 120, storyProse: 100, articleStoryProse: 40, listingCards: 8, regionCards: 8 };
/**
 * A product page's story grows to its item's name heading (`select/product.ts`) unless the blocks
 * from the heading to the story hold more than `times` the story's words, or the story holds
 * `storyProse` words of prose or more (it is the description; the buy box would add its
 * furniture). Times; words. Measured on WCXB dev html product pages (per-page word F1, 0.538
 * without the growth): `times` 2 0.539, 3 0.538, 5 0.555, 10 or none 0.549 (no prose bar);
 * `storyProse` 100 0.547, 150 0.553, 200 to 300 0.553 but two reviewed pages lose 0.01, none
 * 0.555 (the same two lose). With both: WCXB html product 0.580 to 0.596 (see the commit).
 */
export const PRODUCT_NAME_GROWTH = { times: 5, storyProse: 150 };
/**
 * A thread's posts (`select/thread.ts`): at least `minPosts` sibling elements of one kind that
 * hold prose, with at least `proseShare` of the page's prose from the first to the last. A post's
 * furniture: a line of at most `furnitureWords` words that recurs, numbers aside, at least
 * `furnitureCopies` times and in `furnitureShare` of the posts. Posts; share of words; words;
 * lines; share of posts. Measured on WCXB dev html forums (0.747 before the thread): the thread
 * 0.767, with copies of kept lines dropped 0.800 (copies of 4 words or more only: 0.790), with the
 * furniture 0.805 (6, 3, 0.3; 4 or 8 words, 2 or 4 copies, 0.2 or 0.5 of the posts within
 * 0.0005), with posts named like comments 0.813; the post dates kept as well, 0.803.
 */
export const THREAD = { minPosts: 2, proseShare: 0.5, furnitureWords: 6, furnitureCopies: 3, furnitureShare: 0.3 };
/** The page types whose content kept whole (HTML) prints a repeated line once (`select/copies.ts`): a service page's cloned carousel slides and tab panels, a listing's cards shown twice. Not guides (a reference repeats its members' lines) nor articles. Measured on WCXB dev html: service 0.8244 to 0.8255, listing 0.6940 to 0.6957 (a listing's copies only in runs of 3 or more: 0.6947); on every page type documentation 0.934 to 0.928. */
/**
 * The page types whose dump story a box after it does not belong to (`select/story-end.ts`): not
 * a listing's or a shop's, whose items the box's rhythm has, nor a thread's, whose replies follow
 * a `Comments` heading. An author's box only on an article: a service page's `About us` is one of its sections.
 */
export const ENDED_PAGE_TYPES: ReadonlySet<PageType> = new Set(['article', 'service', 'documentation']);
export const COPIES_ONCE_PAGE_TYPES: ReadonlySet<PageType> = new Set(['service', 'listing']);
/**
 * A dump's run of cards (`select/card-run.ts`): at least `cards` items of one period of line shapes, a period of 2 to `longestCard` lines; a line of more than `proseWords` words is prose, one of `headlineWords` or more that ends no sentence a headline. No headline or summary may recur in more than `sharedHeadline` of the cards; beside a story of `storyWords` words of prose or more (above it or below it) the cards are its related stories. Cards; lines; words; share of cards; words.
 * A feed's cards may be a headline and its date line alone, where no byline stands by them: WCXB dev innerText 0.779 to 0.780 (listing 0.541 to 0.554), lynx 0.766 to 0.767 (listing 0.468 to 0.477), no page lower; scrapinghub unchanged (with bylined cycles too, 0.950 to 0.948 and 0.939 to 0.937: a news site's box of related stories).
 * Measured on WCXB dev dumps: innerText 0.770 to 0.772 (listing 0.510 to 0.526), lynx 0.760 to 0.761 (listing 0.471 to 0.475); scrapinghub unchanged. With a story bar of 200 words WCXB gains 0.002 more on both flavours, but scrapinghub's lynx dumps lose 0.005 (a news site's related stories, printed as cards with a caption each); with no bar, WCXB innerText 0.776, lynx 0.764, scrapinghub 0.950 to 0.939 (innerText), 0.939 to 0.923 (lynx).
 */
export const CARD_RUN = { cards: 5, longestCard: 6, proseWords: 15, headlineWords: 3, sharedHeadline: 0.5, storyWords: 100 };
/** A block of links of this many words or more inside a service page's story is a card's name and summary, linked whole (`select/offers.ts`), not a menu's line. Words. Measured on WCXB dev html service pages: 0.8423 without, 5 words 0.8435 (products 0.6614 to 0.6610), 8 0.8432, 12 0.8427, 16 0.8424; 21 pages up, 11 down by 0.02 or less. */
export const LINKED_CARD_WORDS = 8;
/** A page of sections kept whole (HTML) whose content starts with fewer words than this before its headline starts at the headline: they are a bar above it (`select/page-edges.ts`). Words. Measured on WCXB dev html: service 0.8435 to 0.8439 (6 pages up, a listing typed service down 0.024), 60 words the same, 25 no change. */
export const EDGE_BAR_WORDS = 40;
/** A product dump's buy box (`select/buy-box.ts`): a price line at most `priceReach` lines above a cart's button, the box from `nameLines` lines above the price to the story, at most `maxLines` lines above it, with no boilerplate line in it; its price and button lines (at most `lineChars` characters) stay out. Lines; characters. Measured on WCXB dev: innerText product 0.453 to 0.457, collection 0.574 to 0.573 (a shop's grid typed product), all 0.780 to 0.781; lynx product and collection unchanged (within 0.0005); scrapinghub unchanged. With the price and button lines kept: innerText product 0.457, lynx 0.435; within 30 lines: the same on innerText, lynx product 0.436 (a shop's card grid above the item taken for its box). */
export const BUY_BOX = { priceReach: 4, nameLines: 3, maxLines: 15, lineChars: 80 };
/**
 * A passage printed twice (`select/copies.ts`, `dropCopiedPassages`): a run of kept lines in a row,
 * each a copy of a line kept above, that holds at least `proseParagraphs` paragraphs of
 * `proseWords` words or more. One long copy alone is an offer's terms under each of its offers.
 * Measured on WCXB dev html: collection 0.7126 to 0.7159, service 0.8502 to 0.8513, no page lower;
 * with one paragraph enough, a service page's repeated terms go (0.926 to 0.838).
 */
export const COPIED_PASSAGE = { proseParagraphs: 2, proseWords: 40 };
