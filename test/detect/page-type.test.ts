import { describe, expect, it } from 'vitest';
import { extract, extractTrace } from '../../src/pipeline.js';
import { renderExplain } from '../../src/render/explain.js';
import { decidePageType } from '../../src/detect/page-type.js';
import type { PageEvidence } from '../../src/model/index.js';

const PROSE = 'The committee met on Tuesday to discuss the plans for the new library, which the town has wanted for years and which the council will now fund in full.';
const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`;
/** Distinct paragraphs: a page that prints one twice has a repeat, not prose. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PROSE.replace('Tuesday', `day ${i + 1}`)}</p>`).join('');
/** A page's evidence with nothing in it: an HTML page of no kind. */
const evidence = (): PageEvidence => ({
  format: 'html', types: [], ogType: null, path: null, pathGiven: false, marks: null, blocks: 20, prose: 10, longProse: 0,
  priceLines: 0, cartLines: 0, forumLines: 0, counterLines: 0, numberedPosts: 0, codeBlocks: 0, offerLines: 0, headings: 2, linkedHeadings: 0, dateLines: 0,
  dated: false, signed: false, teasers: 0, linkShare: 0, host: null, docLines: 0, storyRun: 0, storyParagraphs: 0, datedAboveStory: 0, teaserWordsBeside: 0, proseWords: 0, docsGenerator: null,
  sections: { datedCards: 0, pitches: 0, essays: 0, summaries: 0, ownSummaries: 0, words: 0, linkedWords: 0, biggest: 0 },
});
const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('the page type', () => {
  it('is an article without other evidence, from HTML and from a dump', () => {
    expect(extract(page('', `<h1>Library plans</h1>${paragraphs(6)}`)).pageType).toBe('article');
    expect(extract(`Library plans\n\n${Array.from({ length: 6 }, (_, i) => PROSE.replace('Tuesday', `day ${i + 1}`)).join('\n\n')}\n`).pageType).toBe('article');
  });

  it('takes a product from its JSON-LD, and explains it', () => {
    const html = page(ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Desk lamp', offers: { '@type': 'Offer', price: '19.99' } }), `<h1>Desk lamp</h1><p>${PROSE}</p>`);
    const trace = extractTrace(html);
    expect(trace.result.pageType).toBe('product');
    expect(renderExplain(trace, false)).toContain('page type: product (JSON-LD Product');
  });

  it('takes a product from a price and a cart button, and a shop’s collection from many prices', () => {
    const item = page('', `<h1>Desk lamp</h1><p>${PROSE}</p><p>$19.99</p><button>Add to cart</button>`);
    expect(extract(item).pageType).toBe('product');
    const grid = Array.from({ length: 20 }, (_, i) => `<div class="tile"><a href="/p/${i}">Lamp ${i}</a><p>$${i + 10}.99</p></div>`).join('');
    expect(extract(page('', `<h1>Lamps</h1>${grid}`)).pageType).toBe('collection');
  });

  it('counts a price from which an item\'s options start (`$599+`) as a price', () => {
    const grid = Array.from({ length: 20 }, (_, i) => `<div class="tile"><a href="/p/${i}">Desk ${i}</a><p>$${i + 500}+</p></div>`).join('');
    expect(extract(page('', `<h1>Desks</h1>${grid}`)).pageType).toBe('collection');
  });

  it('takes a forum thread from its numbered posts', () => {
    const posts = Array.from({ length: 4 }, (_, i) => `<div id="post-${i + 100}" class="message"><p>Mar ${i + 3}, 2024</p><p>${PROSE}</p></div>`).join('');
    expect(extract(page('', `<h1>Best budget headphones?</h1>${posts}`)).pageType).toBe('forum');
    // a blog's archive numbers its posts' elements too, but dates none of them here
    const archive = Array.from({ length: 4 }, (_, i) => `<div id="post-${i + 100}" class="message"><p>${PROSE}</p></div>`).join('');
    expect(extract(page('', `<h1>Best budget headphones?</h1>${archive}`)).pageType).not.toBe('forum');
  });

  it('takes documentation from its code', () => {
    const code = Array.from({ length: 12 }, (_, i) => `<p>${PROSE} Call <code>open(${i})</code> first.</p>`).join('');
    expect(extract(page('', `<h1>Files</h1>${code}`)).pageType).toBe('documentation');
  });

  it('takes a dump with code examples for documentation, and keeps its prose and code together', () => {
    const example = (i: number) => `const value${i} = compute(${i}, {\n  strict: true,\n});`;
    const dump = ['Compute API', ...Array.from({ length: 4 }, (_, i) => `${PROSE.replace('Tuesday', `day ${i + 1}`)}\n${example(i)}`)].join('\n');
    const trace = extractTrace(dump);
    expect(trace.result.pageType).toBe('documentation');
    expect(trace.blocks.filter((b) => b.kind === 'code').every((b) => b.label === 'keep')).toBe(true);
    expect(trace.result.markdown).toContain('```\nconst value2 = compute(2, {\n  strict: true,\n});\n```');
  });

  it('reads the address from the canonical link, or from the caller', () => {
    const thread = page('<link rel="canonical" href="https://example.org/t/best-headphones/123">', `<h1>Best headphones</h1>${paragraphs(2)}`);
    expect(extract(thread).pageType).toBe('forum');
    const docs = page('', `<h1>Install</h1>${paragraphs(2)}`);
    expect(extract(docs).pageType).toBe('article');
    expect(extract(docs, { url: 'https://example.org/docs/install' }).pageType).toBe('documentation');
  });

  it('takes a list of linked headlines for a listing', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<h2><a href="/news/${i}">Council story number ${i} of the week</a></h2><p>A short summary.</p>`).join('');
    expect(extract(page('', `<h1>Latest news</h1>${cards}`)).pageType).toBe('listing');
  });

  it('takes a business’s undated page of pitches for a service', () => {
    const pitch = ['Get started', 'Request a demo', 'Talk to sales'].map((l, i) => `<h2>Fast reports ${i}</h2><p>Your team sees every number at once.</p><p>${l}</p>`).join('');
    expect(extract(page('', `<h1>Analytics for teams</h1>${pitch}`)).pageType).toBe('service');
  });

  it('reads the host’s words: a forum’s, a documentation site’s', () => {
    const body = `<h1>Install the tools</h1>${paragraphs(2)}`;
    expect(extract(page('', body), { url: 'https://community.example.org/install-the-tools' }).pageType).toBe('forum');
    expect(extract(page('', body), { url: 'https://docs.example.org/install-the-tools' }).pageType).toBe('documentation');
    expect(extract(page('', body), { url: 'https://example.org/install-the-tools' }).pageType).toBe('article');
  });

  it('takes a documentation site’s furniture over the generic Article its CMS declares', () => {
    const body = `<h1>Install</h1>${paragraphs(2)}`;
    const head = ld({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Install' });
    const url = 'https://example.org/guide/install';
    expect(extract(page(head, body), { url }).pageType).toBe('article');
    expect(extract(page(head, `${body}<p>Edit this page</p>`), { url }).pageType).toBe('documentation');
    // a docs section's address outweighs the Article alone
    expect(extract(page(head, body), { url: 'https://example.org/docs/install' }).pageType).toBe('documentation');
  });

  it('counts a feed’s dated cards, and takes them over a page’s own date', () => {
    const card = (i: number) => `<h2><a href="/blog/post-${i}">Post number ${i} of the blog</a></h2><p>March ${i + 1}, 2025</p><p>${PROSE}</p>`;
    const trace = extractTrace(page('', `<h1>Blog</h1>${Array.from({ length: 12 }, (_, i) => card(i)).join('')}`));
    expect(trace.page.evidence.sections.datedCards).toBe(12);
    const dated = { ...evidence(), dated: true };
    expect(decidePageType(dated).type).toBe('article');
    expect(decidePageType({ ...dated, sections: { ...dated.sections, datedCards: 12 } }).type).toBe('listing');
  });

  it('takes a page of many short headed sections, undated, for a service', () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i) => `<h2>Feature number ${i}</h2><p>${PROSE.replace('Tuesday', `day ${i}`)}</p><p>The town has wanted it for ${i + 2} years, and the council will now pay for all of it.</p>`).join('');
    // (with five headings, the h1's among them, it leans to a service by its headings alone)
    const few = extractTrace(page('', `<h1>Analytics for teams</h1>${sections(3)}`));
    expect(few.page.evidence.sections.pitches).toBe(3);
    expect(few.result.pageType).toBe('article');
    expect(extract(page('', `<h1>Analytics for teams</h1>${sections(9)}`)).pageType).toBe('service');
    // a story's long section beside them makes it an article's headed parts
    // (laid out as a service for its many headings, it is read as a story: not by its short sections)
    const story = extractTrace(page('', `<h1>Analytics for teams</h1><h2>Our story</h2>${paragraphs(6)}${sections(9)}`)).page;
    expect(story.why.some((why) => why.includes('short sections'))).toBe(false);
    expect(story.metadataType).toBe('article');
  });

  it('counts many calls to take up an offer for a service, though the page names an author', () => {
    const signed = { ...evidence(), signed: true, sections: { ...evidence().sections, pitches: 9 } };
    expect(decidePageType({ ...signed, offerLines: 2 }).why).not.toContain('many offer lines ×2');
    expect(decidePageType({ ...signed, offerLines: 3 }).why).toContain('many offer lines ×3');
    expect(decidePageType({ ...signed, offerLines: 3, dated: true }).type).toBe('article');
  });

  it('takes a page written by a documentation generator for documentation', () => {
    const head = '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.7.1">';
    expect(extract(page(head, `<h1>Install</h1>${paragraphs(2)}`)).pageType).toBe('documentation');
    expect(extract(page('<meta name="generator" content="WordPress 6.4">', `<h1>Install</h1>${paragraphs(2)}`)).pageType).toBe('article');
  });

  it('keeps an undated page filed under a headline-like slug from the service lean', () => {
    const undated = { ...evidence(), headings: 12, prose: 4 };
    expect(decidePageType({ ...undated, path: '/accounting' }).type).toBe('service');
    const story = decidePageType({ ...undated, path: '/resources/what-is-the-difference-between-them' });
    expect(story.type).toBe('article');
    expect(story.why).toContain('URL slug of 6 words');
  });

  it('takes headings that link to the site\'s own pages, each over a summary, for a listing, not those that link off the site', () => {
    const card = (href: string, i: number) => `<h2><a href="${href}">Issue ${i} of the magazine</a></h2><p>${PROSE.replace('Tuesday', `week ${i}`)}</p>`;
    const own = Array.from({ length: 6 }, (_, i) => card(`/issues/${i}`, i)).join('');
    const canonical = '<link rel="canonical" href="https://example.org/issues/">';
    expect(extract(page(`${canonical}<meta property="og:type" content="article">`, `<h1>Issues</h1>${own}`)).pageType).toBe('listing');
    const off = Array.from({ length: 6 }, (_, i) => card(`https://shop${i}.example.com/`, i)).join('');
    expect(extractTrace(page(canonical, `<h1>Issues</h1>${off}`)).page.evidence.sections.ownSummaries).toBe(0);
  });

  it('takes a page of links with no story for a listing', () => {
    const links = { ...evidence(), linkShare: 0.7, storyRun: 120, prose: 1 };
    expect(decidePageType(links).type).toBe('listing');
    expect(decidePageType({ ...links, storyRun: 900 }).type).not.toBe('listing');
    expect(decidePageType({ ...links, prose: 3 }).type).not.toBe('listing');
    expect(decidePageType({ ...links, format: 'text' }).type).not.toBe('listing');
    expect(decidePageType({ ...links, path: '/local/home-care-service-reports-two-break-ins' }).type).not.toBe('listing');
  });

  it('counts post heads for a thread only beside dates: a shop\'s ranks are numbered too', () => {
    const ranked = { ...evidence(), forumLines: 30 };
    expect(decidePageType(ranked).type).not.toBe('forum');
    expect(decidePageType({ ...ranked, dateLines: 12 }).type).toBe('forum');
    expect(decidePageType({ ...ranked, format: 'text' }).type).toBe('forum');
  });

  it('takes a page of a site\'s docs section for documentation, though its CMS calls it a dated article', () => {
    const declared = { ...evidence(), ogType: 'article', dated: true };
    expect(decidePageType({ ...declared, path: '/docs/current/indexes.html' }).type).toBe('documentation');
    expect(decidePageType({ ...declared, path: '/learn/what-is-cloud-computing' }).type).toBe('article');
  });

  it('takes a shop\'s section address for a collection only where its items show prices', () => {
    const category = { ...evidence(), path: '/category/recipes/cookies' };
    expect(decidePageType(category).type).toBe('listing');
    expect(decidePageType({ ...category, priceLines: 20 }).type).toBe('collection');
    expect(decidePageType({ ...category, ogType: 'product.group' }).type).toBe('collection');
    // a museum's collection of stories, singular, is no shop's section
    expect(decidePageType({ ...evidence(), path: '/collection/moseley-coffee', priceLines: 20 }).why).not.toContain('URL /collection');
  });

  it('takes a declared Product with its Offer for a product, though the shop prints its other items\' prices', () => {
    const shop = { ...evidence(), path: '/shop/vitality-elixir/', priceLines: 40 };
    expect(decidePageType({ ...shop, types: ['Product'] }).type).toBe('collection');
    expect(decidePageType({ ...shop, types: ['Product', 'Offer'] }).type).toBe('product');
    expect(decidePageType({ ...shop, types: ['Product', 'Offer', 'ItemList'] }).type).toBe('collection');
  });

  it('takes a Product declared with review stars but no offer for a weak lean, not an item on sale', () => {
    const grid = { ...evidence(), priceLines: 40 };
    expect(decidePageType({ ...grid, types: ['Product', 'AggregateRating'] }).type).toBe('collection');
    expect(decidePageType({ ...evidence(), types: ['Product', 'AggregateRating'] }).type).toBe('article');
    expect(decidePageType({ ...evidence(), types: ['Product'] }).type).toBe('product');
  });
});

describe('a page that leans to a business’s', () => {
  it('is a service when service and article tie', () => {
    // a root address and offer lines speak for a service, og:type article and long prose for a story
    const tied = { ...evidence(), ogType: 'article', path: '/', offerLines: 3, longProse: 5 };
    expect(decidePageType(tied).type).toBe('service');
    expect(decidePageType({ ...tied, offerLines: 0 }).type).toBe('article');
  });

  it('is laid out as a service when undated with many headings, its metadata read as a story’s', () => {
    const leaning = { ...evidence(), ogType: 'article', headings: 6, prose: 2 };
    const decision = decidePageType(leaning);
    expect(decision.type).toBe('service');
    expect(decision.metadataType).toBe('article');
    // a dated one is a story, and one of few headings stays an article
    expect(decidePageType({ ...leaning, dated: true }).type).toBe('article');
    expect(decidePageType({ ...leaning, headings: 3 }).type).toBe('article');
  });

  it('takes a dump of teasers with no story for a listing, where its cards run in a rhythm, carry dates or hold next to no prose', () => {
    // a page of 120 lines, 40 of them teasers, whose longest run of prose is one card's summary
    // (under a date line: a story's dateline, for all the rules here know)
    const cards: PageEvidence = { ...evidence(), format: 'text', blocks: 120, teasers: 40, prose: 8, storyRun: 150, storyParagraphs: 1, proseWords: 400, dateLines: 2, datedAboveStory: 1 };
    expect(decidePageType({ ...cards, dateLines: 12 }).type).toBe('listing');
    expect(decidePageType({ ...cards, cardRun: { cards: 8, share: 0.3 } }).type).toBe('listing');
    expect(decidePageType({ ...cards, proseWords: 60 }).type).toBe('listing');
    // a short news story amid its site's teasers: prose enough, few dates, no run of cards
    expect(decidePageType(cards).type).toBe('article');
    // a story of several paragraphs in a run is no card's summary, however many dates stand around it
    expect(decidePageType({ ...cards, dateLines: 12, storyParagraphs: 4 }).type).toBe('article');
    // the teasers must be a good share of the lines
    expect(decidePageType({ ...cards, dateLines: 12, teasers: 10 }).type).toBe('article');
    // HTML shows its cards by their links instead
    expect(decidePageType({ ...cards, dateLines: 12, format: 'html' }).type).not.toBe('listing');
  });

  it('takes a dump whose short run of prose has no dateline above it, beside scattered prose or cards as big, for a listing', () => {
    // a page of resources, each a title, an author and a paragraph: its longest run is one of them
    const scattered: PageEvidence = { ...evidence(), format: 'text', blocks: 200, teasers: 30, prose: 30, storyRun: 240, storyParagraphs: 6, proseWords: 1300 };
    const decision = decidePageType(scattered);
    expect(decision.type).toBe('listing');
    expect(decision.why[0]).toContain('date line ×0 above it');
    // a section's blurb over cards of a headline and a summary each
    const blurb: PageEvidence = { ...scattered, storyRun: 120, storyParagraphs: 3, proseWords: 150, teaserWordsBeside: 200 };
    expect(decidePageType(blurb).type).toBe('listing');
    // the same page with its run under a byline or a date is a story with related teasers
    expect(decidePageType({ ...scattered, datedAboveStory: 1 }).type).toBe('article');
    expect(decidePageType({ ...blurb, datedAboveStory: 2 }).type).toBe('article');
    // a feed dates each card, many dates above the run: no story's dateline
    expect(decidePageType({ ...scattered, datedAboveStory: 25 }).type).toBe('listing');
    // a run of a story's length is the story, the rest its comments or teasers
    expect(decidePageType({ ...scattered, storyRun: 650 }).type).toBe('article');
    // a run that holds most of the prose, beside few teasers, is a short story
    expect(decidePageType({ ...blurb, teaserWordsBeside: 40 }).type).toBe('article');
    // HTML shows its cards by their links instead
    expect(decidePageType({ ...scattered, format: 'html' }).type).not.toBe('listing');
  });

  it('counts the date lines above a dump\'s longest run of prose and the card-length teasers beside it', () => {
    const dump = (lines: string[]) => extractTrace(lines.join('\n\n') + '\n').page.evidence;
    const story = Array.from({ length: 5 }, (_, i) => PROSE.replace('Tuesday', `day ${i + 1}`));
    const dated = dump(['Library plans', 'March 3, 2024', ...story]);
    expect(dated.datedAboveStory).toBe(1);
    expect(dump(['Library plans', ...story]).datedAboveStory).toBe(0);
  });
});
