import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractTrace } from '../../src/pipeline.js';

const PROSE = 'The committee met on Tuesday to discuss the plans for the new library, which the town has wanted for years and which the council will now fund in full.';
/** A paragraph of about 90 words, distinct by its number: a page that prints one twice has a repeat, not prose. */
const long = (i: number) => [1, 2, 3].map((k) => PROSE.replace('Tuesday', `day ${i * 3 + k}`)).join(' ');
const page = (body: string) => `<!DOCTYPE html><html><head><title>Page</title></head><body>${body}</body></html>`;

describe('the page type, by the story a page runs', () => {
  it('measures the longest run of prose, which headings do not break', () => {
    const sections = Array.from({ length: 12 }, (_, i) => `<h2>Part ${i + 1}</h2><p>${long(i)}</p>`).join('');
    const trace = extractTrace(page(`<h1>Library plans</h1>${sections}`));
    expect(trace.page.evidence.storyRun).toBeGreaterThan(1000);
    // undated and unsigned, with a heading over every paragraph: a story of this length is still no business's pitch
    expect(trace.result.pageType).toBe('article');
  });

  it('heads a dump’s sections by its short lines over prose, and takes a business’s pitches for a service', () => {
    const trace = extractTrace(readFileSync(new URL('../../fixtures/page-types/service-dump.txt', import.meta.url)));
    expect(trace.page.evidence.sections.pitches).toBeGreaterThanOrEqual(8);
    expect(trace.result.pageType).toBe('service');
  });

  it('runs a dump’s story on past the advertisement labels lynx prints between its paragraphs, not past a menu', () => {
    const story = Array.from({ length: 8 }, (_, i) => `   ${long(i)}`).join('\n\n   Advertisement\n\n   Advertisement\n\n');
    const trace = extractTrace(`Library plans\n\n${story}\n`);
    expect(trace.page.evidence.storyRun).toBeGreaterThanOrEqual(600);
    expect(trace.result.pageType).toBe('article');
    const broken = Array.from({ length: 8 }, (_, i) => `   ${long(i)}`).join('\n\n   Advertisement\n   Sign in\n\n');
    expect(extractTrace(`Library plans\n\n${broken}\n`).page.evidence.storyRun).toBeLessThan(200);
  });

  it('takes a dump that runs a story for an article, though it prints calls to act', () => {
    const story = Array.from({ length: 8 }, (_, i) => long(i)).join('\n\n');
    const dump = `Library plans\n\nGet started\n\n${story}\n\nContact us\n\nStart your free trial\n`;
    const trace = extractTrace(dump);
    expect(trace.page.evidence.storyRun).toBeGreaterThanOrEqual(600);
    expect(trace.result.pageType).toBe('article');
  });

  it('takes a dump’s prices for a shop’s grid only where it runs no story (a buying guide’s prices run beside one)', () => {
    const prices = Array.from({ length: 10 }, (_, i) => `Desk lamp ${i + 1}\n\n$${i + 20}.99`).join('\n\n');
    expect(extract(`Lamps\n\n${prices}\n`).pageType).toBe('collection');
    const story = Array.from({ length: 12 }, (_, i) => long(i)).join('\n\n');
    expect(extract(`The best desk lamps\n\n${story}\n\n${prices}\n`).pageType).toBe('article');
  });

  it('takes a dump of short dated posts under their controls for a thread', () => {
    const posts = Array.from({ length: 12 }, (_, i) => `user${i + 1}\n\nMarch ${i + 1}, 2024\n\nI had the same problem with my router after the update, and a restart fixed it for me ${i + 1}.`).join('\n\n');
    const dump = `Router drops the connection\n\n${posts}\n\nReply\n\nQuote\n`;
    const trace = extractTrace(dump);
    expect(trace.page.evidence.dateLines).toBeGreaterThanOrEqual(10);
    expect(trace.result.pageType).toBe('forum');
  });

  it('takes a dump whose posts count their likes, and print no controls, for a thread, and keeps its replies', () => {
    const replies = ['the same thing happened to my router after the update, and a restart fixed it', 'check the firmware version first, the last release broke the wireless settings for many people', 'a factory reset was the only thing that helped in my case, sadly'];
    const posts = Array.from({ length: 12 }, (_, i) => `member${i + 1} March ${i + 1}, 2024, 3:36pm ${i + 1}\n\nIn my house ${replies[i % 3]} (${i + 1}).\n\n${i + 2} Likes`).join('\n');
    const trace = extractTrace(`Router drops the connection\n${posts}\n`);
    expect(trace.page.evidence.forumLines).toBe(0);
    expect(trace.page.evidence.counterLines).toBe(12);
    expect(trace.result.pageType).toBe('forum');
    // relative times (a news feed prints them by its teasers) are no post's counters
    const feed = extractTrace(`Router drops the connection\n${posts.replace(/\d+ Likes/g, '5H ago')}\n`);
    expect(feed.page.evidence.counterLines).toBe(0);
  });

  it('takes a dump whose date lines number the posts in turn for a thread, and a date line that ends in any number for none', () => {
    const replies = ['the same thing happened to my router after the update, and a restart fixed it', 'check the firmware version first, the last release broke the wireless settings for many people', 'a factory reset was the only thing that helped in my case, sadly'];
    const posts = (number: (i: number) => number) => Array.from({ length: 12 }, (_, i) => `member${i + 1} March ${i + 1}, 2024, 3:36pm ${number(i)}\n\nIn my house ${replies[i % 3]} (${i + 1}).`).join('\n\n');
    const thread = extractTrace(`Router drops the connection\n${posts((i) => i + 1)}\n`);
    expect(thread.page.evidence.numberedPosts).toBe(11);
    expect(thread.result.pageType).toBe('forum');
    expect(extractTrace(`Router drops the connection\n${posts((i) => 7 * i + 3)}\n`).page.evidence.numberedPosts).toBe(0);
    // numbered in turn, a few posts are a thread's: no other page numbers its date lines so
    const few = extractTrace(`Router drops the connection\n${posts((i) => i + 1).split('\n\n').slice(0, 10).join('\n\n')}\n`);
    expect(few.page.evidence.dateLines).toBeLessThan(10);
    expect(few.result.pageType).toBe('forum');
    // a number marked at the line's start numbers the post as well
    const marked = posts((i) => i + 1).replace(/^(member\d+) (.*) (\d+)$/gm, '#$3 $1, $2');
    expect(extractTrace(`Router drops the connection\n${marked}\n`).page.evidence.numberedPosts).toBe(11);
  });

  it('keeps the replies of a thread whose dump the feed rule reads as a comment list (WCXB dev 0505, innerText)', () => {
    const trace = extractTrace(readFileSync(new URL('../../fixtures/page-types/thread-likes-dump.txt', import.meta.url)), { source: 'thread.txt' });
    expect(trace.result.pageType).toBe('forum');
    // replies further down the thread
    expect(trace.result.text).toContain('Have you seen this announcement and its related Blog post?');
    expect(trace.result.text).toContain('As the long chain will be unavailable from June');
  });
});
