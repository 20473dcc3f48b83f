import type { PageType } from '../model/index.js';

/**
 * The lines and address words that tell a page's kind. Kept beside the page-type decision, not in
 * `src/vocab/`: they are read once a page, by this decision alone, and name shop and forum software's
 * own labels more than a language's words.
 */

/** A short line that states a price: a currency sign or code next to an amount (`$599+`: from that price up). */
export const PRICE_LINE = /(?:^|[\s(])(?:[$€£¥₹]|US\$|(?:usd|eur|gbp|chf|cad|aud)\s)\s?\d[\d.,\s]*(?:$|[\s)*+])|\d[\d.,]*\s?(?:€|£|kr|zł|usd|eur|gbp|chf)(?:$|[\s)*])/i;
/** A control that puts the page's item in a cart (a dump prints the button as a line). */
export const CART_LINE = /^(?:\(button\)\s*)?(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello)\b/i;
/** The head of a forum post: its author's counts and standing, its number, its reply and quote controls. */
const POSTER_COUNT = '(?:joined|posts|messages|reaction score|registered|member since|threads|likes received)\\s*:?\\s*[\\d,.]*';
const POST_CONTROL = '#\\d+|reply|quote|report|(?:new |senior |junior |well-known |active )?member|original poster|op';
export const FORUM_LINE = new RegExp(`^(?:${POSTER_COUNT}|${POST_CONTROL}|asked\\s.*|answered\\s.*|\\d+ (?:replies|answers|posts))$`, 'i');

/** Schema.org types that name a page's kind, by the kind they name (WebPage, Organization and the like name none). */
export const TYPE_NAMES: [PageType, string[]][] = [
  ['forum', ['DiscussionForumPosting', 'QAPage', 'SocialMediaPosting']],
  ['product', ['Product', 'ProductGroup', 'ItemPage']],
  ['collection', ['CollectionPage', 'OfferCatalog', 'SomeProducts', 'SearchResultsPage']],
  ['listing', ['ItemList']],
  ['documentation', ['TechArticle', 'APIReference', 'SoftwareSourceCode']],
  ['service', ['Service', 'ProfessionalService', 'SoftwareApplication', 'WebApplication']],
  ['article', ['Article', 'BlogPosting', 'NewsArticle', 'Blog', 'Report', 'ScholarlyArticle']],
];

/** Address words of each kind of page, as whole path parts. */
const part = (words: string) => new RegExp(`/(?:${words})(?=/|$|\\?)`);
export const FORUM_PATH = part('t|threads?|topic|questions|forums?|community|comments|discussions?|viewtopic\\.php|showthread\\.php');
export const PRODUCT_PATH = part('p|dp|itm|item|products?|app|detail');
// not the singular `collection`: a museum's or an agency's collection of stories is filed there (WCXB dev html: 4 articles, 1 collection)
export const COLLECTION_PATH = part('c|l|cat|category|categories|collections|shop|store|b');
export const DOCS_PATH = part('docs?|documentation|api|reference|manual|library|tutorial|handbook|book|guide|guides');
/** ... of which the words only a documentation site files its pages under (WCXB dev html: 27 pages, all documentation). */
export const DOCS_SECTION = part('docs|documentation');
export const LISTING_PATH = part('tag|tags|list|lists|archive|chart|trending|news|recent|search|jobs|events');
export const SERVICE_PATH = part('services?|solutions?|platform|pricing|features|enterprise|product|industries');
/** Host words of each kind of page, as a whole part of the host name before the site's own (`docs.`, `forum.`). */
const hostPart = (words: string) => new RegExp(`^(?:[^.]+\\.)*(?:${words})\\.[^.]+\\.`);
export const FORUM_HOST = hostPart('forums?|community|discuss|discourse|boards?');
export const DOCS_HOST = hostPart('docs?|developers?|devdocs|wiki|api');
export const ARTICLE_PATH = /\/(?:blog|blogs|article|articles|post|posts|news)\/[^/]+|\/(?:19|20)\d\d\/(?:\d\d\/)?/;
/** A call to take up an offer, as a service's page closes each of its sections. */
const ASK = '(?:get a (?:free )?|request a |book a |schedule a )(?:quote|demo|call|consultation|estimate)';
const TRY = 'get started|start (?:your )?(?:free trial|for free)|try (?:it )?(?:for )?free|sign up(?: for)? free|free trial';
export const OFFER_LINE = new RegExp(`^(?:\\(button\\)\\s*)?(?:${ASK}|${TRY}|contact (?:us|sales)|talk to (?:sales|an expert|us))\\b`, 'i');
/** A documentation site's furniture: the page's edit link, its feedback question, the heading of its contents' sidebar. */
const EDIT = 'edit (?:this page|on github|this article)|suggest an edit|improve this (?:page|doc)|view (?:page )?source';
const FEEDBACK = '(?:was|is) this (?:page|article|doc|documentation|section) helpful\\??|did this (?:page|article) help(?: you)?\\??|rate this (?:page|article)';
// not `Contents` nor `Last updated`: an article prints them as often
export const DOC_LINE = new RegExp(`^(?:${EDIT}|${FEEDBACK}|on this page)$`, 'i');
/** The documentation generators, by the name they write in a page's `<meta name="generator">` (`Docutils` for Sphinx). */
export const DOCS_GENERATOR = /\b(?:rustdoc|docutils|sphinx|mkdocs|docusaurus|gitbook|bookdown|jsdoc|javadoc|doxygen|vuepress|vitepress|docsify|starlight|mdbook|pdoc|typedoc|antora|dokuwiki|docfx|nextra)\b/i;
