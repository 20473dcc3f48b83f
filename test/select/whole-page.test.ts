import { describe, expect, it } from 'vitest';
import { extract, extractTrace } from '../../src/index.js';
import { wholePageDecisions } from '../../src/select/whole-page.js';
import type { Block, Decision, Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';
import { HEADER_HEADING_REASON } from '../../src/rules/containers.js';

const CARDS = [
  ['Harbour tunnel opens after six years of work', 'Commuters crossed under the bay for the first time on Monday morning.'],
  ['Council backs a new cycle lane on the high street', 'The lane will run from the station to the market square by next spring.'],
  ['Library extends its opening hours over winter', 'Readers will be able to borrow books until nine in the evening.'],
  ['Local bakery wins the national bread award', 'The family business has baked on the same corner since 1952.'],
  ['School choir to sing at the cathedral concert', 'Forty pupils have rehearsed twice a week since the start of term.'],
  ['Flood defences tested ahead of the storm season', 'Engineers closed the river gates for an hour in a full rehearsal.'],
  ['Market traders ask for longer Sunday hours', 'A petition with two thousand names was handed to the mayor.'],
  ['Park café reopens under new owners', 'The menu keeps the old favourites and adds breakfast on weekdays.'],
];

/** A listing: a short intro, then cards of a linked headline and a one-line summary, each in its own element. */
function listingPage(): string {
  const cards = CARDS.map(([title, summary], i) => `<div class="card"><h3><a href="/news/${i}">${title}</a></h3><p>${summary}</p></div>`).join('\n');
  return `<html><head><title>Local news</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <main><h1>Local news</h1><div class="grid">${cards}</div></main>
    <footer><p>© Town Gazette. All rights reserved.</p></footer></body></html>`;
}

const STORY = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];

describe('a page of many items', () => {
  it('keeps every card of a listing, not one', () => {
    const result = extract(listingPage());
    for (const [title, summary] of CARDS) {
      expect(result.text).toContain(title);
      expect(result.text).toContain(summary);
    }
    expect(result.text).not.toContain('All rights reserved');
    expect(result.text).not.toContain('Sport');
  });

  it('says why in the explain view', () => {
    const trace = extractTrace(listingPage());
    expect(trace.blocks.some((b) => b.rule === 'select/whole-page')).toBe(true);
    expect(trace.region?.why).toMatch(/whole page/);
  });

  it('keeps only the story of an article among link lists that hold more words than it', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/t/${i}">Topic number ${i} of the archive</a></li>`).join('');
    const page = `<html><body><div><ul>${links}</ul></div><div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div><div><ul>${links}</ul></div></body></html>`;
    const result = extract(page);
    expect(result.text).toContain(STORY[0]);
    expect(result.text).not.toContain('Topic number');
  });

  it('keeps a dump of teasers whole, but not its repeated menu lines', () => {
    const dump = ['Home', 'News', 'Sport', ...CARDS.flat(), 'Home', 'News', 'Sport'].join('\n');
    const result = extract(dump, { inputFormat: 'text' });
    for (const [, summary] of CARDS) expect(result.text).toContain(summary);
    expect(result.text).not.toMatch(/^Sport$/m);
  });
});

describe('the bar a page of items is held to', () => {
  // a paragraph the story region kept, then four linked lines of the same length (cards, or links beside a story)
  const blocks = [0, 1, 2, 3, 4].map((i) => makeBlock(`item ${i}`, { index: i, container: { id: i, parent: null } }));
  const features = blocks.map((_, i) => ({ words: 20, stopwordDensity: 0.4, linkDensity: i === 0 ? 0 : 1, endsSentence: true, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map((_, i) => (i === 0 ? { grade: 'good', reason: 'prose', rule: 'shape/prose' } : { grade: 'bad', reason: 'link text', family: 'links', rule: 'links/link-text' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };

  it('holds a region with a fifth of the words to be one item of many on a page whose evidence says it is a listing', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'html', 'listing');
    expect(whole?.every((d) => d.keep)).toBe(true);
  });

  it('lets the same region stand on an article, where it holds all the prose', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'article')).toBeNull();
  });

  it('holds it to be one section of many on a service page, in HTML as in a dump', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'service')).not.toBeNull();
    expect(wholePageDecisions(blocks, scores, decisions, 'text', 'service')).not.toBeNull();
  });
});

describe('the bar a product page is held to', () => {
  // the item's description, which the story region kept, beside four paragraphs of the shop's own prose (delivery, returns, the seller)
  const blocks = [0, 1, 2, 3, 4].map((i) => makeBlock(`text ${i}`, { index: i, container: { id: i, parent: null } }));
  const features = blocks.map(() => ({ words: 20, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map(() => ({ grade: 'good', reason: 'prose', rule: 'shape/prose' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };

  it('takes a region with a fifth of the words for one section of many (the features beside the buy box and the specifications)', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'product')).not.toBeNull();
  });

  it('lets a region with half of the words and little of the prose stand, where an article\'s would be one item of many', () => {
    // the description and its specifications kept (two blocks of five): the shop's prose beside them is no more items
    const half = blocks.map((_, i) => ({ keep: i <= 1, reason: 'prose', heading: false }));
    const graded = verdicts.map((v, i) => (i === 1 ? { grade: 'short' as const, reason: 'short', rule: 'shape/short' } : v));
    const shortSpecs = { ...scores, features: features.map((f, i) => (i === 1 ? { ...f, words: 60 } : f)), graded, judged: graded };
    expect(wholePageDecisions(blocks, shortSpecs, half, 'html', 'product')).toBeNull();
  });
});

describe('the content a page kept whole holds', () => {
  // a paragraph the story kept, four cards, three cards under a page builder's `widget` wrappers, a menu line in a <nav>
  const hints = [0, 0, 0, 0, 0, -1, -1, -1, -3];
  const blocks = hints.map((hint, i) => makeBlock(`block ${i}`, { index: i, hint, hintReason: hint === -1 ? 'class ~ widget' : hint < 0 ? '<nav>' : '' }));
  const features = blocks.map(() => ({ words: 20, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map(() => ({ grade: 'good', reason: 'prose', rule: 'shape/prose' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));

  it('keeps blocks under weakly named elements, not those under boilerplate', () => {
    const whole = wholePageDecisions(blocks, { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) }, decisions, 'html', 'listing');
    expect(whole?.map((d) => d.keep)).toEqual([true, true, true, true, true, true, true, true, false]);
  });
});

describe('the whole page of a dump', () => {
  // menu lines, a thread title, a post (the story region, a small share), a post quoted twice (a long line printed twice), a footer line
  const texts = ['Home', 'Forums', 'Thread title here', 'post', 'quoted post', 'quoted post', 'reply', 'Terms and privacy'];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
  const prose = new Set([3, 4, 5, 6]);
  const features = blocks.map((_, i) => ({ words: i === 3 ? 10 : prose.has(i) ? 30 : 2, stopwordDensity: 0.4, linkDensity: 0, endsSentence: prose.has(i), sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map((_, i) => (prose.has(i) && i !== 4 && i !== 5 ? { grade: 'good', reason: 'prose', rule: 'shape/prose' } : i === 4 || i === 5 ? { grade: 'bad', reason: 'repeated', family: 'repeat', rule: 'repeat/repeated-in-page' } : { grade: 'short', reason: 'short', rule: 'shape/short' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 3, reason: i === 3 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: texts };

  it('keeps a line of a post’s length the page prints twice (a quoted post), and trims the menu and footer of a thread', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'text', 'forum')!;
    expect(whole.map((d) => d.keep)).toEqual([false, false, true, true, true, true, true, false]);
  });

  it('does not trim a listing, whose content is its short lines', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'text', 'listing')!;
    expect(whole[0]!.keep && whole[7]!.keep).toBe(true);
  });
});

describe('a listing’s dump whose cards print the same field', () => {
  // a menu line printed twice (the desktop's and the phone's), the story region (a blurb), six job cards of a title and 'Full-Time'
  const texts = ['Jobs', 'Jobs', 'blurb', ...Array.from({ length: 6 }, (_, k) => [`Job title ${k}`, 'Full-Time']).flat()];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
  const features = texts.map((t) => ({ words: t === 'blurb' ? 12 : t.startsWith('Job title') ? 6 : 1, stopwordDensity: 0.4, linkDensity: 0, endsSentence: t === 'blurb', sentences: 1, titleCase: false }));
  const repeated: Verdict = { grade: 'bad', reason: 'repeated', family: 'repeat', rule: 'repeat/repeated-in-page' };
  const verdicts: Verdict[] = texts.map((t) => (t === 'blurb' ? { grade: 'good', reason: 'prose', rule: 'shape/prose' } : t === 'Jobs' || t === 'Full-Time' ? repeated : { grade: 'short', reason: 'short', rule: 'shape/short' }));
  const decisions: Decision[] = texts.map((t) => ({ keep: t === 'blurb', reason: t === 'blurb' ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: texts };

  it('keeps the field printed under every card, not the menu line printed twice', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'text', 'listing')!;
    expect(whole.filter((d, i) => d.keep && texts[i] === 'Full-Time').length).toBe(6);
    expect(whole[0]!.keep || whole[1]!.keep).toBe(false);
  });

  it('drops it on an article’s dump, where a line printed time and again is the site’s', () => {
    const whole = wholePageDecisions(blocks, scores, decisions, 'text', 'article');
    expect(whole?.some((d, i) => d.keep && texts[i] === 'Full-Time') ?? false).toBe(false);
  });
});

describe('a block a page of sections prints twice', () => {
  // the story's paragraph, then a menu's line printed for the desktop and again for the phone
  const texts = ['story', 'Installation services for gyms and hotels', 'Installation services for gyms and hotels'];
  const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
  const features = blocks.map((_, i) => ({ words: i === 0 ? 10 : 40, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false }));
  const repeated: Verdict = { grade: 'bad', reason: 'repeated', family: 'repeat', rule: 'repeat/repeated-in-page' };
  const verdicts: Verdict[] = blocks.map((_, i) => (i === 0 ? { grade: 'good', reason: 'prose', rule: 'shape/prose' } : repeated));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: texts };

  it('is content once on a service page, its first copy', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'service')?.map((d) => d.keep)).toEqual([true, true, false]);
  });

  it('is content once on a listing too (a featured row, then the feed), but each time on a thread\'s page, whose posts quote each other', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'listing')?.map((d) => d.keep)).toEqual([true, true, false]);
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'forum')?.map((d) => d.keep)).toEqual([true, true, true]);
  });
});

describe('a dump whose story is one short paragraph', () => {
  // a menu line, a paragraph of 20 words (the story region), eight record lines of 10 words each, a footer line
  const lines = (paragraphs: number) => {
    const texts = ['Home', ...Array.from({ length: paragraphs }, (_, k) => `paragraph ${k}`), ...Array.from({ length: 8 }, (_, k) => `record ${k}`), 'Terms'];
    const blocks = texts.map((t, i) => makeBlock(t, { index: i }));
    const isProse = (t: string) => t.startsWith('paragraph');
    const features = texts.map((t) => ({ words: isProse(t) ? 20 : t.startsWith('record') ? 10 : 1, stopwordDensity: 0.4, linkDensity: 0, endsSentence: isProse(t), sentences: 1, titleCase: false }));
    const verdicts: Verdict[] = texts.map((t) => (isProse(t) ? { grade: 'good', reason: 'prose', rule: 'shape/prose' } : { grade: 'short', reason: 'short', rule: 'shape/short' }));
    const decisions: Decision[] = texts.map((t) => ({ keep: isProse(t), reason: isProse(t) ? 'prose' : 'outside the story', heading: false }));
    return { blocks, scores: { features, graded: verdicts, judged: verdicts, keys: texts }, decisions };
  };

  it('is no story: the page’s items are its content', () => {
    const { blocks, scores, decisions } = lines(1);
    const whole = wholePageDecisions(blocks, scores, decisions, 'text', 'article');
    expect(whole?.filter((d) => d.keep).length).toBeGreaterThanOrEqual(9);
  });

  it('stands as the story when it has two paragraphs (a news brief)', () => {
    const { blocks, scores, decisions } = lines(2);
    expect(wholePageDecisions(blocks, scores, decisions, 'text', 'article')).toBeNull();
  });

  it('stands in HTML, whose elements bound the story', () => {
    const { blocks, scores, decisions } = lines(1);
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'article')).toBeNull();
  });
});

describe('a thread’s dump', () => {
  // the story region: a post of 40 words; four replies of 15 words each
  const blocks = [0, 1, 2, 3, 4].map((i) => makeBlock(`post ${i}`, { index: i }));
  const features = blocks.map((_, i) => ({ words: i === 0 ? 40 : 15, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map(() => ({ grade: 'good', reason: 'prose', rule: 'shape/prose' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };

  it('holds a region of two fifths of the words to be one post of many', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'text', 'forum')?.every((d) => d.keep)).toBe(true);
  });

  it('lets it stand on a listing’s dump, held to the bar of pages of items', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'text', 'listing')).toBeNull();
  });
});

describe('the headings of a page kept whole', () => {
  // the story's paragraph; a section's heading in its <header>; a heading in a <header> named like a menu; the section's cards
  const reasons = ['', HEADER_HEADING_REASON, 'class ~ menu', '', ''];
  const blocks = reasons.map((hintReason, i) => makeBlock(`block ${i}`, { index: i, kind: i === 1 || i === 2 ? 'heading' : 'paragraph', hint: hintReason ? -3 + (i === 1 ? 1 : 0) : 0, hintReason }));
  const features = blocks.map(() => ({ words: 20, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map(() => ({ grade: 'good', reason: 'prose', rule: 'shape/prose' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i === 0, reason: i === 0 ? 'prose' : 'outside the story', heading: false }));

  it('keep a section\'s heading set in its <header>, not one under a menu\'s name', () => {
    const whole = wholePageDecisions(blocks, { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) }, decisions, 'html', 'listing');
    expect(whole?.map((d) => d.keep)).toEqual([true, true, false, true, true]);
  });

  it("keep it where its <header> graded it boilerplate, as the container rule does every heading there, but not the menu's", () => {
    const byHint: Verdict = { grade: 'bad', reason: 'inside the <header>', family: 'container', rule: 'container/boilerplate-container' };
    const graded = verdicts.map((v, i) => (i === 1 || i === 2 ? byHint : v));
    const whole = wholePageDecisions(blocks, { features, graded, judged: graded, keys: blocks.map((b) => b.text) }, decisions, 'html', 'listing');
    expect(whole?.map((d) => d.keep)).toEqual([true, true, false, true, true]);
  });
});

describe('a shop category kept whole', () => {
  const items = ['Oak dining table', 'Walnut side table', 'Pine coffee table', 'Birch desk', 'Maple bookcase', 'Ash bench', 'Cherry stool', 'Elm cabinet'];
  function categoryPage(): string {
    const cards = items.map((name, i) => `<div class="product-card"><h3><a href="/p/${i}">${name}</a></h3><p>Solid wood, finished by hand.</p><span class="price">$${120 + i * 10}.00</span></div>`).join('\n');
    return `<html><head><title>Tables</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Wooden tables"}</script></head><body>
      <div class="top"><p><a href="/">Home</a> <a href="/sale">Spring sale on now</a></p><p>Free delivery on orders over fifty dollars</p></div>
      <h1>Wooden tables</h1><div class="products">${cards}</div></body></html>`;
  }
  it('starts at its headline', () => {
    const result = extract(categoryPage());
    expect(result.pageType).toBe('collection');
    expect(result.text).toContain('Elm cabinet');
    expect(result.text).not.toContain('Free delivery');
  });

  it('ends at its last content, its cards content however short: the shop\'s promises after them go', () => {
    const perks = ['Free shipping', 'On every order', 'Easy returns', 'Within thirty days', 'Members save more', 'Join the club today'];
    const page = categoryPage().replace('</div></body>', `</div><div class="perks">${perks.map((p) => `<div><span>${p}</span></div>`).join('')}</div></body>`);
    const result = extract(page);
    expect(result.pageType).toBe('collection');
    for (const name of items) expect(result.text).toContain(name);
    for (const perk of perks) expect(result.text).not.toContain(perk);
  });
});

describe('the bar an undated dump is held to', () => {
  // two paragraphs of prose (the story region), then 120 short lines of a page of parts: the region holds a seventh of the words, all the prose
  const n = 123;
  const blocks = Array.from({ length: n }, (_, i) => makeBlock(i === n - 1 ? 'Posted on 3 March 2024' : `line ${i}`, { index: i }));
  const features = blocks.map((_, i) => ({ words: i < 2 ? 40 : 4, stopwordDensity: 0.4, linkDensity: 0, endsSentence: i < 2, sentences: 2, titleCase: false }));
  const prose: Verdict = { grade: 'good', reason: 'prose', rule: 'shape/prose' };
  const short: Verdict = { grade: 'short', reason: 'short', rule: 'shape/short' };
  const date: Verdict = { grade: 'bad', reason: 'date line', family: 'date', rule: 'meta/date-line' };
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i < 2, reason: i < 2 ? 'prose' : 'outside the story', heading: false }));
  const scoresWith = (last: Verdict) => {
    const verdicts = blocks.map((_, i) => (i === n - 1 ? last : i < 2 ? prose : short));
    return { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };
  };

  it('takes a small region of a dump with no date line for one part of many', () => {
    const whole = wholePageDecisions(blocks, scoresWith(short), decisions, 'text', 'article');
    expect(whole?.every((d) => d.keep)).toBe(true);
  });

  it('lets the same region stand where the dump prints a date line, as a news story does', () => {
    expect(wholePageDecisions(blocks, scoresWith(date), decisions, 'text', 'article')).toBeNull();
  });

  it('lets it stand where a byline prints the date, but not a byline alone', () => {
    const byline = (text: string): Block[] => blocks.map((b, i) => (i === n - 1 ? { ...b, text } : b));
    const bylined: Verdict = { grade: 'bad', reason: 'byline', family: 'byline', rule: 'byline/byline' };
    const verdicts = blocks.map((_, i) => (i === n - 1 ? bylined : i < 2 ? prose : short));
    const scores = { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };
    expect(wholePageDecisions(byline('By Ann Lee, Published: March 8 at 3:23 pm'), scores, decisions, 'text', 'article')).toBeNull();
    expect(wholePageDecisions(byline('By Ann Lee'), scores, decisions, 'text', 'article')?.slice(0, n - 1).every((d) => d.keep)).toBe(true);
  });

  it('holds HTML to its own bars', () => {
    expect(wholePageDecisions(blocks, scoresWith(short), decisions, 'html', 'article')).toBeNull();
  });
});
