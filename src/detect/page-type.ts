import type { PageEvidence, PageType } from '../model/index.js';
import { PAGE_TYPE as T } from '../settings.js';
import { ARTICLE_PATH, COLLECTION_PATH, DOCS_HOST, DOCS_PATH, DOCS_SECTION, FORUM_HOST, FORUM_PATH, LISTING_PATH, PRODUCT_PATH, SERVICE_PATH, TYPE_NAMES } from './page-words.js';

export interface PageTypeDecision {
  type: PageType;
  /** The evidence behind it, for `--explain`: `JSON-LD Product`, `price line ×3`, `URL /p/`. */
  why: string[];
  /** The type the metadata is read by, where it differs (a page laid out as a service but read as a story). */
  metadataType?: PageType;
}

/** Points for each type, and what gave them. */
class Tally {
  readonly points = new Map<PageType, number>();
  readonly why = new Map<PageType, string[]>();
  add(type: PageType, points: number, why: string): void {
    this.points.set(type, (this.points.get(type) ?? 0) + points);
    this.why.set(type, [...(this.why.get(type) ?? []), why]);
  }
}

/** The `og:type` of a shop's page of items. */
const PRODUCT_GROUP = /\b(?:product\.?group|product:group)\b/;

const times = (what: string, n: number) => `${what} ×${n}`;

/** What the page declares: its schema.org types and its `og:type`. */
function declared(e: PageEvidence, tally: Tally): void {
  const has = (name: string) => e.types.includes(name);
  const named = (name: string) => `${e.marks?.itemtypes.includes(name) ? 'microdata' : 'JSON-LD'} ${name}`;
  const offered = has('Offer') || has('AggregateOffer');
  // a business marks its page a Product to show its review stars: an item on sale has an Offer
  const ratedOnly = !offered && (has('Review') || has('AggregateRating'));
  for (const [type, names] of TYPE_NAMES) {
    const name = names.find(has);
    if (!name) continue;
    // a page of items is a shop's when its items have prices
    const priced = Math.max(e.priceLines, e.marks?.priceNamed ?? 0) >= T.listPrices;
    if (type === 'collection' || type === 'listing') tally.add(priced ? 'collection' : 'listing', type === 'listing' ? T.weak : T.declared, named(name));
    else if (name === 'Product' && ratedOnly) tally.add(type, T.weak, `${named(name)} with ratings, no offer`);
    else tally.add(type, T.declared, named(name));
  }
  if (e.docsGenerator) tally.add('documentation', T.declared, `generator ${e.docsGenerator}`);
  // one item on sale: a Product with its Offer, on a page that declares no list (a shop's grid repeats the Product per item)
  const lists = TYPE_NAMES.filter(([type]) => type === 'collection' || type === 'listing').some(([, names]) => names.some(has));
  if (has('Product') && offered && !lists) tally.add('product', T.declared, 'a Product with its Offer');
  const og = e.ogType ?? '';
  if (PRODUCT_GROUP.test(og)) tally.add('collection', T.declared, `og:type ${og}`);
  else if (/product|item/.test(og)) tally.add('product', T.declared, `og:type ${og}`);
  else if (og === 'article' || og === 'blog') tally.add('article', T.weak, `og:type ${og}`);
}

/** The address's shape: the words a site's sections and its hosts are named by. */
function address(e: PageEvidence, tally: Tally): void {
  const host = e.host ?? '';
  if (FORUM_HOST.test(host)) tally.add('forum', T.address, `host ${host}`);
  else if (DOCS_HOST.test(host)) tally.add('documentation', T.address, `host ${host}`);
  const path = e.path;
  if (path === null) return;
  const seen = (pattern: RegExp) => pattern.exec(path)?.[0];
  const paths: [PageType, RegExp][] = [
    ['forum', FORUM_PATH], ['product', PRODUCT_PATH], ['collection', COLLECTION_PATH], ['documentation', DOCS_PATH],
    ['listing', LISTING_PATH], ['service', SERVICE_PATH], ['article', ARTICLE_PATH],
  ];
  for (const [type, pattern] of paths) {
    const word = seen(pattern);
    // a section of items is a shop's when its items have prices or it declares a product group, as a declared one (a blog's /category/ is a list of posts)
    const shop = pricesOf(e) >= T.listPrices || PRODUCT_GROUP.test(e.ogType ?? '');
    if (word) tally.add(type === 'collection' && !shop ? 'listing' : type, T.address, `URL ${word}`);
  }
  // a site's documentation section: its pages are the docs, whatever their CMS declares (og:type article, a date)
  const docs = seen(DOCS_SECTION);
  if (docs) tally.add('documentation', T.declared, `URL ${docs} section`);
  if (path === '/' || path === '' || path.startsWith('/?')) tally.add('service', T.weak, 'URL /');
}

/** The words of the address's last path part (`/blog/how-we-cut-our-build-times` 5): a story is filed under its headline, a business's page under a name. */
function slugWords(path: string | null): number {
  const parts = (path ?? '').split('?')[0]!.split('/').filter(Boolean);
  return (parts.at(-1) ?? '').replace(/\.\w+$/, '').split(/[-_+\s]+/).filter(Boolean).length;
}

/**
 * The page's prose stands mostly under headings that link to the site's other pages, each over a
 * short text: a list's cards with their summaries, where a roundup article's headings link off
 * the site and a reference's to its own anchors.
 */
function summaryCards(e: PageEvidence): boolean {
  const s = e.sections;
  return s.ownSummaries >= T.summaryCards && s.linkedWords >= s.words * T.cardWordShare;
}

const pricesOf = (e: PageEvidence) => Math.max(e.priceLines, e.marks?.priceNamed ?? 0);

/** The page prints a shop's grid of priced items (a dump's prices run beside a buying guide's story as well). */
function shopGrid(e: PageEvidence): boolean {
  return e.format === 'html' ? pricesOf(e) >= T.collectionPrices : pricesOf(e) >= T.dumpCollectionPrices && e.storyRun < T.storyRun;
}

/** What the page's markup and lines show: posts, prices, carts, code, cards, prose. */
function shown(e: PageEvidence, tally: Tally): void {
  const m = e.marks;
  // a thread dates its posts: a shop's best-seller ranks (`#1`, `#2`) are post numbers without dates, a
  // blog's archive numbers its posts' elements (`post-123`) too
  // (in a dump, where a thread's dates are often lost with their markup, post heads count alone)
  const dates = e.format === 'text' || e.dated || e.dateLines > 0;
  if (m && m.postNamed >= T.posts && dates) tally.add('forum', T.shown, times('numbered post', m.postNamed));
  if (e.forumLines >= T.forumLines && dates) tally.add('forum', T.shown, times('post head line', e.forumLines));
  const code = Math.max(m?.code ?? 0, e.codeBlocks);
  const [some, much] = e.format === 'text' ? [T.dumpCode, T.dumpMuchCode] : [T.code, T.muchCode];
  if (code >= some) tally.add('documentation', code >= much ? T.declared : T.shown, times('code', code));
  const prices = pricesOf(e);
  const carts = Math.max(e.cartLines, m?.cartButtons ?? 0);
  const summaries = summaryCards(e);
  const cards = (e.linkedHeadings >= T.cards && e.linkedHeadings >= e.headings * T.cardShare && e.longProse < T.longProse) || summaries;
  const grid = shopGrid(e);
  if (grid) tally.add('collection', T.shown, times('price', prices));
  else if (prices >= 1 && carts >= 1) tally.add('product', T.shown, `price ×${prices}, cart ×${carts}`);
  else if (summaries) tally.add('listing', T.shown + T.weak, times('linked heading over a summary', e.sections.ownSummaries));
  else if (cards) tally.add('listing', T.shown, times('linked heading', e.linkedHeadings));
  // (not one with a few paragraphs of prose, nor one filed under a headline's words: a story whose text the page's menus outweigh)
  else if (e.format === 'html' && e.linkShare >= T.linkPage && e.storyRun < T.linkPageRun && e.prose < T.linkPageProse && slugWords(e.path) < T.storySlugWords) tally.add('listing', T.shown, `${Math.round(e.linkShare * 100)}% of the text in links`);
  else if (e.format === 'text') dumpThread(e, tally);
  if (e.dated || e.signed) tally.add('article', T.weak, e.dated ? 'dated' : 'signed');
  const slug = slugWords(e.path);
  // a slug alone does not make a story (threads and products are filed under their subject's words too): it only keeps a page from the service lean
  if (slug >= T.storySlugWords) tally.add('article', 0, `URL slug of ${slug} words`);
  if (e.dated || e.signed || cards || grid || e.storyRun >= T.storyRun || slug >= T.storySlugWords) return;
  // an undated, unsigned page that no one wrote as a story is a business's page
  if (e.format === 'html') {
    if (!tally.points.has('article')) tally.add('service', T.weak, 'no date, author or article type');
  } else if (e.storyRun < T.dumpStoryRun) {
    tally.add('service', T.weak, `no story: ${e.storyRun} words of prose in a run`);
  }
  if (e.offerLines >= (e.format === 'text' ? T.dumpOffers : T.offers)) tally.add('service', T.weak, times('offer line', e.offerLines));
  if (e.headings >= T.pitches && e.headings >= e.prose * T.headingsPerProse) tally.add('service', T.weak, `${e.headings} headings, ${e.prose} paragraphs`);
}

/**
 * A dump marks no posts, but a thread still prints a date by each post and runs no story: its
 * posts say a little each, under a few of their controls (`Reply`, `Quote`) that the dump kept,
 * or over the likes or replies they count (`6 Likes`), where the controls were icons, or by the
 * numbers its posts' date lines run through (`… 3:36pm 1`, `… 4:31pm 2`).
 * (A feed's dated items look the same, less the controls; taken for a listing, the short news
 * stories of scrapinghub's dumps among them went too, innerText 0.945 to 0.936.)
 */
function dumpThread(e: PageEvidence, tally: Tally): void {
  if (e.storyRun >= T.dumpStoryRun) return;
  // date lines that number the posts in turn are a thread's however few; other dates need its posts' controls or counts beside them
  const controls = e.forumLines >= T.dumpThreadPostLines || e.counterLines >= T.dumpThreadCounters;
  if (e.numberedPosts < T.dumpThreadNumbered && (e.dateLines < T.dumpThreadDates || !controls)) return;
  tally.add('forum', T.shown, `${times('date line', e.dateLines)} (${e.numberedPosts} numbered in turn), ${times('post head line', e.forumLines)}, ${times('post counter', e.counterLines)}, ${e.storyRun} words of prose in a run`);
}

/** What the page's headed sections show: a feed's dated cards, a guide's furniture, a business's pitches. */
function sectioned(e: PageEvidence, tally: Tally): void {
  const s = e.sections;
  if (s.datedCards >= T.datedCards) tally.add('listing', T.shown, times('dated card', s.datedCards));
  if (e.docLines >= T.docLines) tally.add('documentation', T.weak, times('documentation line', e.docLines));
  if (e.dated) return;
  // a signed page too: a business names its page's author as often as a blog does. Not in a dump,
  // where a shop's grid prints its buttons as lines (WCXB innerText collections 0.519 to 0.514)
  if (e.format === 'html' && e.offerLines >= T.manyOffers) tally.add('service', T.weak, times('many offer lines', e.offerLines));
  // a dump's story broken by a caption or a share line reads as short sections, but its paragraphs stay long
  if (s.pitches >= T.pitchSections && s.essays <= T.pitchEssays && (e.format === 'html' || e.longProse < T.longProse)) tally.add('service', T.shown, `${s.pitches} short sections, ${s.essays} long`);
}

/**
 * The page's type from the evidence it gives: each kind of evidence adds points to the type it
 * speaks for, and the type with most wins when it has enough; without enough, a page is an article.
 */
export function decidePageType(evidence: PageEvidence): PageTypeDecision {
  const tally = new Tally();
  declared(evidence, tally);
  address(evidence, tally);
  shown(evidence, tally);
  sectioned(evidence, tally);
  if (evidence.longProse >= T.longProse) tally.add('article', T.weak, times('long paragraph', evidence.longProse));
  if (evidence.storyRun >= (evidence.format === 'text' ? T.dumpStoryRun : T.storyRun)) tally.add('article', T.weak, `${evidence.storyRun} words of prose in a run`);
  let best: PageType = 'article';
  let most = 0;
  for (const [type, points] of tally.points) {
    // a business's page that also reads as a story (long prose, og:type article) is still the business's
    const tiedService = points === most && type === 'service' && best === 'article';
    if (points > most || tiedService) [best, most] = [type, points];
  }
  if (best === 'service' && most < T.enough && leansService(evidence)) return { type: 'service', why: [...(tally.why.get('service') ?? []), `${evidence.headings} headings`], metadataType: 'article' };
  // a dump taken for no other type but printing a listing's cards, and no story, is the listing
  // (its byline and date are still read as a story's: a dump's card may be a story's own, its byline by it)
  if ((best === 'article' || most < T.enough) && dumpListing(evidence)) return { type: 'listing', why: [`${evidence.teasers} teaser lines of ${evidence.blocks}, ${evidence.storyRun} words of prose in a run`], metadataType: 'article' };
  if ((best === 'article' || most < T.enough) && dumpTeaserPage(evidence)) return { type: 'listing', why: [`${evidence.storyRun} words of prose in a run of ${evidence.proseWords}, ${times('date line', evidence.datedAboveStory)} above it, ${evidence.teaserWordsBeside} words of teasers beside it`], metadataType: 'article' };
  if (best !== 'article' && most < T.enough) return { type: 'article', why: tally.why.get('article') ?? [] };
  return { type: best, why: tally.why.get(best) ?? [] };
}

/**
 * An undated page of many headed sections that leans to a business's page without enough to say
 * so is laid out as one (all its sections kept), though its byline and date are read as a story's.
 */
function leansService(e: PageEvidence): boolean {
  return e.format === 'html' && !e.dated && e.headings >= T.serviceHeadings;
}

/**
 * A dump that gives no other type and runs no story, whose lines are a listing's cards in good
 * part (a headline over a summary, time and again, which the teaser rules take) and whose
 * longest run of prose is a card's summary or two, not a story's paragraphs: a listing, where
 * the cards show also as a run of one rhythm, a date line by each, or beside next to no prose.
 * (A short news story amid its site's teasers and comments has the teasers and the dates too.)
 */
function dumpListing(e: PageEvidence): boolean {
  if (e.format !== 'text' || e.storyRun >= T.dumpListRun || e.storyParagraphs > T.dumpListParagraphs || e.teasers < e.blocks * T.dumpListTeasers) return false;
  return (e.cardRun?.cards ?? 0) >= T.dumpListCards || e.dateLines >= T.dumpListDates || e.proseWords < T.dumpListProse;
}

/**
 * A dump whose longest run of prose is short of a story's and has no date or byline line above
 * it, beside prose scattered over the page or teasers of a card's length as big as the run: a
 * page of teasers, the run one card's summary or the page's blurb. A news story, however short,
 * prints its dateline or byline above its first paragraph (scrapinghub's dumps: 166 of 181 do),
 * where the teasers after it are its related stories; without that guard, the teasers' share
 * alone takes those stories for listings (scrapinghub innerText 0.950 to 0.930, lynx 0.946 to 0.918).
 */
function dumpTeaserPage(e: PageEvidence): boolean {
  // (many date lines above the run are a feed's, its cards dated each: no one story's dateline)
  const dateline = e.datedAboveStory > 0 && e.datedAboveStory < T.dumpTeaserFeedDates;
  if (e.format !== 'text' || e.storyRun >= T.dumpStoryRun || dateline) return false;
  return e.storyRun < e.proseWords * T.dumpTeaserRunShare || e.teaserWordsBeside >= e.storyRun * T.dumpTeaserBeside;
}
