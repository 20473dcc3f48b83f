import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { addressDate, printedMetadata, type PrintedContext } from '../../src/metadata/printed.js';
import type { Metadata } from '../../src/model/index.js';
import { authorName } from '../../src/metadata/printed-lines.js';
import { isoDate } from '../../src/metadata/date.js';
import { fixtureText } from '../helpers.js';

const STORY = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];
const body = STORY.map((p) => `<p>${p}</p>`).join('');
const COMMENTS = Array.from({ length: 14 }, (_, i) => `<p>Comment number ${i} on the new bus routes, which some readers liked and others did not.</p>`).join('');
const article = (head: string, top: string, after = '') =>
  extract(`<!DOCTYPE html><html lang="en"><head><meta property="og:type" content="article">${head}</head><body><article><h1>Council expands bus network</h1>${top}${body}</article>${after}</body></html>`);

describe('a printed author’s name', () => {
  it.each([
    ['Maria Jensen', 'Maria Jensen'],
    ['By Maria Jensen', 'Maria Jensen'],
    ['Written by: Nick van Mead', 'Nick van Mead'],
    ['Maria Jensen | March 4, 2025', 'Maria Jensen'],
    ['by galitsyn » Sat Oct 12, 2024 2:13 pm', 'galitsyn'],
    ['archuser38013', 'archuser38013'],
    ['Tess Bonn - 11/19/19 06:56 AM EST', 'Tess Bonn'],
    ['Dec 26, 2025 Mahua Das', 'Mahua Das'],
  ])('%s is %s', (text, name) => {
    expect(authorName(text)).toBe(name);
  });

  it.each(['By', 'Insights from', 'Personal finance', 'Ralston18 Titan Moderator Oct 11, 2014 41,210 5,089', 'This review is one of many that our readers have sent in over the years'])('%s is none', (text) => {
    expect(authorName(text)).toBeNull();
  });
});

describe('the byline an HTML page prints', () => {
  it('is the element its class names the author’s, by the headline', () => {
    expect(article('', '<div class="post-meta"><span class="entry-author">By Maria Jensen</span></div>').byline).toBe('Maria Jensen');
  });

  it('is the name a link to the author’s page carries', () => {
    expect(article('', '<p class="meta"><a href="/authors/maria-jensen">Maria Jensen</a></p>').byline).toBe('Maria Jensen');
  });

  it('is not a comment’s author far below the headline, nor a login link', () => {
    expect(article('', '<p><a href="/users/sign_in">Sign in</a></p>', `<section>${COMMENTS}<span class="author">Troll Account</span></section>`).byline).toBeNull();
  });

  it('wins over a metadata author that is the site’s name, or no name', () => {
    const top = '<div class="byline"><span class="author-name">Maria Jensen</span></div>';
    expect(article('<meta property="og:site_name" content="City Post"><meta name="author" content="City Post">', top).byline).toBe('Maria Jensen');
    expect(article('<meta name="author" content="page.head.extra.author">', top).byline).toBe('Maria Jensen');
    expect(article('<meta name="author" content="Tom Berg">', top).byline).toBe('Tom Berg');
  });

  it('is not looked for on a shop’s page, whose printed names are its reviewers’', () => {
    const ld = '<script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"price":"20"}}</script>';
    const result = extract(`<html><head>${ld}</head><body><h1>Kettle</h1><div class="review-author">Ash C.</div>${body}<button class="add-to-cart">Add to cart</button></body></html>`);
    expect(result.pageType).toBe('product');
    expect(result.byline).toBeNull();
  });

  it('lists the people of JSON-LD as the page’s language writes a list', () => {
    const ld = (lang: string) => `<html lang="${lang}"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"name":"Ana Ruiz"},{"name":"Ben Ode"},{"name":"Cy Tan"}]}</script></head><body><article><h1>H</h1>${body}</article></body></html>`;
    expect(extract(ld('en')).byline).toBe('Ana Ruiz, Ben Ode, and Cy Tan');
    expect(extract(ld('de')).byline).toBe('Ana Ruiz, Ben Ode und Cy Tan');
  });

  it('reads the twitter card’s labelled author and the rarer author keys', () => {
    expect(article('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Maria Jensen">', '').byline).toBe('Maria Jensen');
    expect(article('<meta name="sailthru.author" content="Maria Jensen">', '').byline).toBe('Maria Jensen');
  });
});

describe('the date an HTML page prints', () => {
  it('is the date line by its headline, with the page’s own words in dateRaw', () => {
    const result = article('', '<p class="date">Updated on March 4, 2025</p>');
    expect(result.date).toBe('2025-03-04');
    expect(result.dateRaw).toBe('Updated on March 4, 2025');
  });

  it('is the <time datetime> by its headline', () => {
    expect(article('', '<p>Posted <time datetime="2025-03-04T10:00:00+01:00">Tuesday</time></p>').date).toBe('2025-03-04T10:00:00+01:00');
  });

  it('is a JSON-LD web page’s publication date, or a rarer key’s, where the article has none', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Buses","datePublished":"2024-03-17T19:47:39+00:00"}]}</script>';
    expect(article(ld, '').date).toBe('2024-03-17T19:47:39Z');
    expect(article('<meta name="ms.date" content="03/06/2025">', '').date).toBe('2025-03-06');
  });

  it('is the date of the page’s address last', () => {
    const result = extract(`<html><head><meta property="og:type" content="article"><link rel="canonical" href="https://city.example/2024/03/15/buses/"></head><body><article><h1>Buses</h1>${body}</article></body></html>`);
    expect(result.date).toBe('2024-03-15');
    expect(addressDate('https://x.example/news/2024-13-01/a')).toBeNull();
  });

  it('is read under the rarer names publishing systems give it', () => {
    expect(article('<meta name="published" content="July 17, 2025">', '').date).toBe('2025-07-17');
    expect(article('<meta property="og:publish_date" content="2025-05-27T06:03:43Z">', '').date).toBe('2025-05-27T06:03:43Z');
    expect(article('<meta name="publish_time" content="2024-11-02">', '').date).toBe('2024-11-02');
  });

  it('is the last change’s where the page states and prints no other, and never before the published one', () => {
    expect(article('<meta property="article:modified_time" content="2023-06-12T10:00:00+00:00">', '').date).toBe('2023-06-12T10:00:00Z');
    const both = '<meta property="article:published_time" content="2021-01-05"><meta property="article:modified_time" content="2023-06-12">';
    expect(article(both, '').date).toBe('2021-01-05');
    expect(article('<meta property="article:modified_time" content="2023-06-12">', '<p class="date">March 4, 2025</p>').date).toBe('2025-03-04');
  });

  it('is a short line beside the headline that holds a date, whatever it was graded', () => {
    expect(article('', '<p>Dec 17, 2025Julian K. Arni</p>').date).toBe('2025-12-17');
    expect(article('', '<p>Dec 26, 2025 • Mahua Das in Project Management</p>').date).toBe('2025-12-26');
  });

  it('is not a long paragraph beside the headline that mentions a date', () => {
    expect(article('', '<p>On March 4, 2025 the council met in the town hall and talked for four hours about buses, trams, bicycle lanes and the parking on the high street.</p>').date).toBeNull();
  });

  it('is the date line at the story’s foot, where none stands by the headline', () => {
    expect(article('', '', '<p class="posted">Posted on April 13, 2023</p>').date).toBe('2023-04-13');
  });

  it('is read on a page judged a service page, for want of a stated date or author', () => {
    const ld = '<script type="application/ld+json">{"@type":"ProfessionalService","name":"Bus Consultants"}</script>';
    const page = extract(`<html><head>${ld}</head><body><h1>Trends to watch</h1><p class="byline">By Maria Jensen</p><p class="date">March 4, 2025</p>${body}</body></html>`);
    expect(page.pageType).toBe('service');
    expect(page).toMatchObject({ byline: 'Maria Jensen', date: '2025-03-04' });
  });

  it('is read a few lines under a service page’s headline, not further down where its news stand', () => {
    const ld = '<script type="application/ld+json">{"@type":"ProfessionalService","name":"Bus Consultants"}</script>';
    const under = (lines: number) => extract(`<html><head>${ld}</head><body><h1>Trends to watch</h1><p class="byline">By Maria Jensen</p>${'<p>Share</p>'.repeat(lines)}<p class="date">Posted on March 4, 2025</p>${body}</body></html>`);
    expect(under(3)).toMatchObject({ pageType: 'service', date: '2025-03-04' });
    expect(under(9)).toMatchObject({ pageType: 'service', date: null });
  });

  it('is the date printed by the byline where it is earlier than the stated one: the markup’s is a later save', () => {
    const moved = '<meta property="article:published_time" content="2025-06-24T10:00:00+00:00">';
    expect(article(moved, '<p class="byline">By Maria Jensen</p><p class="date">August 25, 2024</p>').date).toBe('2024-08-25');
    // a later printed date is the stated one's update, and an update label's is never the publication
    expect(article(moved, '<p class="date">August 25, 2025</p>').date).toBe('2025-06-24T10:00:00Z');
    expect(article('<meta property="article:published_time" content="2025-06-24">', '<p class="date">Updated August 25, 2024</p>').date).toBe('2025-06-24');
  });

  it('is the later date printed by the headline where only JSON-LD states the publication; Open Graph’s publication stands', () => {
    const guide = fixtureText('dates/revised-guide.html');
    // the JSON-LD's datePublished is when the guide was first saved; the page now goes by the day it prints
    expect(extract(guide)).toMatchObject({ date: '2025-12-04', dateRaw: 'By Ruth Okafor Last updated: Dec 4, 2025' });
    const shared = guide.replace('<!--OPEN GRAPH PUBLICATION-->', '<meta property="article:published_time" content="2021-03-02T09:15:00+00:00">');
    expect(extract(shared).date).toBe('2021-03-02T09:15:00Z');
    // an earlier printed date is the earlier-printed rule's, and a printed date the same day changes nothing
    expect(extract(guide.replace('Last updated: Dec 4, 2025', 'March 2, 2021')).date).toBe('2021-03-02T09:15:00Z');
  });

  it('is an earlier printed day of the stated year too, and a day before the stated one only where the address files the story on it', () => {
    const stated = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">';
    expect(article(stated, '<p class="byline">By Maria Jensen</p><p class="date">October 8, 2025</p>').date).toBe('2025-10-08');
    // the day before is the same moment in the writer's time zone: the markup's UTC day stands, unless the address says otherwise
    expect(article(stated, '<p class="date">December 18, 2025</p>').date).toBe('2025-12-19T03:05:00Z');
    const filed = `${stated}<link rel="canonical" href="https://city.example/2025/12/18/buses/">`;
    expect(article(filed, '<p class="date">December 18, 2025</p>').date).toBe('2025-12-18');
    // late in its UTC day, the stated moment is on no time zone's day before: that day is the story's own
    expect(article('<meta property="article:published_time" content="2025-12-19T22:02:58Z">', '<p class="date">December 18, 2025</p>').date).toBe('2025-12-18');
    expect(article('<meta property="article:published_time" content="2025-12-19T09:30:00-08:00">', '<p class="date">December 18, 2025</p>').date).toBe('2025-12-18');
  });

  it('is read on the line under a headline that names a year, not on the headline', () => {
    const head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00"><link rel="canonical" href="https://blog.example/2025/12/18/day-eighteen/">';
    const page = extract(`<html lang="en"><head><meta property="og:type" content="article">${head}</head><body><article><h1>The December Comfort Watches 2025, Day Eighteen</h1><p>Posted on December 18, 2025 Posted by John Scalzi 59 Comments</p>${body}</article></body></html>`);
    expect(page.date).toBe('2025-12-18');
  });

  it('is the line just under the headline, not a teaser’s date just over it at the same distance', () => {
    const page = extract(`<html lang="en"><head><meta property="og:type" content="article"></head><body><main><div class="teaser"><a href="/other">Another story</a></div><div class="date">12/04/2025</div><article><h1>Council expands bus network</h1><div class="meta">03/01/2017 by Maria Jensen</div>${body}</article></main></body></html>`);
    expect(page.date).toBe('2017-03-01');
  });

  it('is the stated one where the earlier printed date stands far from the byline', () => {
    const far = STORY.map((p) => `<p>${p}</p>`).join('').repeat(5);
    expect(article('<meta property="article:published_time" content="2025-06-24">', `${far}<p class="date">August 25, 2024</p>`).date).toBe('2025-06-24');
  });

  it('is, of two stated publication dates that disagree, the one the byline prints', () => {
    const two = '<meta name="date" content="01/07/16"><meta property="og:published_time" content="2024-10-08T00:00:00-04:00">';
    expect(article(two, '<p class="date">October 08, 2024</p>').date).toBe('2024-10-08T00:00:00-04:00');
    expect(article(two, '').date).toBe('2016-01-07');
  });

  it('is a ranked list’s markup date, not a shop’s nor a collection’s (their template’s)', () => {
    const meta: Metadata = { title: 'Best agencies', byline: null, date: null, dateRaw: null, site: null, lang: 'en', url: null, description: null, image: null, tags: [], publisher: null };
    const page = (type: PrintedContext['type'], laterDate: string | null, modifiedDate: string | null): PrintedContext => ({
      blocks: [], verdicts: [], title: null, cues: { headings: [], times: [], authors: [] }, laterDate, modifiedDate, sharedPublication: false, url: null, lang: 'en', type, siteNames: [],
    });
    expect(printedMetadata(meta, page('listing', '2025-10-15T20:15:19+00:00', null)).date).toBe('2025-10-15T20:15:19+00:00');
    expect(printedMetadata(meta, page('listing', null, '2023-06-12')).date).toBe('2023-06-12');
    expect(printedMetadata(meta, page('product', '2025-10-15', '2023-06-12')).date).toBeNull();
    expect(printedMetadata(meta, page('collection', '2025-10-15', null)).date).toBeNull();
  });

  it('is the one printed by the headline, not a <time> far above it in the page’s header', () => {
    const header = `<header><p>Latest: <time datetime="2020-03-05T12:16:19Z">March 5, 2020</time></p><ul>${['Home', 'News', 'Sport', 'Weather', 'Travel', 'Food', 'Money', 'Health', 'Science', 'Arts'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('')}</ul></header>`;
    const page = (top: string) => extract(`<html lang="en"><head><meta property="og:type" content="article"></head><body>${header}<article><h1>Council expands bus network</h1>${top}${body}</article></body></html>`);
    expect(page('<p class="date">June 4, 2024</p>').date).toBe('2024-06-04');
    expect(page('').date).toBe('2020-03-05T12:16:19Z');
  });

  it('reads a machine’s day glued to what no parser reads', () => {
    expect(isoDate('2025-12-17UTC07:30:00+00:00', 'en')).toBe('2025-12-17');
  });
});
