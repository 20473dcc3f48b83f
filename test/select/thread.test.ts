import { describe, expect, it } from 'vitest';
import { extractTrace } from '../../src/index.js';
import { dropPostFurniture } from '../../src/select/thread.js';
import { normaliseForRepeat } from '../../src/score/repeats.js';
import type { Decision, Features } from '../../src/model/index.js';

const QUESTION = 'My sourdough starter smelled of nail polish this morning, after a week of bubbling happily on the kitchen shelf. I feed it once a day with rye flour and water. Is it ruined, or can I still save it before the weekend bake?';
const REPLIES = [
  'That smell is acetone, and it only means your starter is hungry. Feed it twice a day for a few days and the smell will go away on its own.',
  'Same here, mine did it too.',
  'I would also move it somewhere a little cooler, since a warm kitchen makes the yeast run through its food much faster than you would expect.',
];
const SIDEBAR = 'Our bakery school runs weekend courses on bread, pastry and cakes for beginners and professionals, with small classes and every ingredient included in the price.';

/** A post of a thread: its author, the author's count of posts and join date, the votes, the text, and the buttons. */
function post(author: string, text: string, votes: number, quote = ''): string {
  return `<div class="post bg${votes % 2}" id="post-${votes}">
    <div class="author"><a href="/u/${author}">${author}</a></div>
    <div class="stats"><p>Posts: ${votes * 37 + 12}</p><p>Joined</p></div>
    <div class="votes"><span>${votes}</span></div>
    <div class="content">${quote ? `<blockquote><p>${quote}</p></blockquote>` : ''}<p>${text}</p></div>
    <div class="actions"><p>Reply</p><p>Report</p></div>
  </div>`;
}

/** A thread: its posts as siblings, the third quoting the first reply; a sidebar with prose of its own beside them. */
function threadPage(): string {
  const posts = [post('crumb', QUESTION, 7), post('levain', REPLIES[0]!, 12), post('rye_fan', REPLIES[1]!, 3), post('baker42', REPLIES[2]!, 5, REPLIES[0])].join('\n');
  return `<html><head><title>Starter smells of acetone</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Starter smells of acetone"}</script></head><body>
    <nav><a href="/">Forums</a> <a href="/baking">Baking</a></nav>
    <main><h1>Starter smells of acetone</h1><div class="thread">${posts}</div></main>
    <aside><p>${SIDEBAR}</p></aside>
    <footer><p>© Bakers' Forum</p></footer></body></html>`;
}

describe('a forum thread', () => {
  const trace = extractTrace(threadPage(), { url: 'https://bakers.example/threads/starter-smells-of-acetone.123/' });
  const text = trace.result.text;

  it('keeps every post in order, the short one too', () => {
    expect(trace.page.type).toBe('forum');
    let at = -1;
    for (const part of [QUESTION, ...REPLIES]) {
      expect(text.indexOf(part)).toBeGreaterThan(at);
      at = text.indexOf(part);
    }
    expect(trace.blocks.some((b) => b.rule === 'select/thread')).toBe(true);
  });

  it("drops the posts' furniture: counts, votes and the lines every post repeats", () => {
    expect(text).not.toMatch(/Posts: \d/);
    expect(text).not.toMatch(/^\d+$/m);
    expect(text).not.toMatch(/^(?:Joined|Reply|Report)$/m);
  });

  it('keeps a quoted post once, where it was written', () => {
    expect(text.split(REPLIES[0]!).length - 1).toBe(1);
  });

  it('leaves the prose beside the thread out', () => {
    expect(text).not.toContain('bakery school');
  });
});

describe('a question and its answers', () => {
  const answers = REPLIES.map((r, i) => `<div class="answer" id="answer-${i + 1}"><p>${r}</p><p>Share</p></div>`).join('');
  const page = `<html><head><title>Starter smells of acetone</title></head><body>
    <div id="content"><h1>Starter smells of acetone</h1>
    <div class="question"><p>${QUESTION}</p><p>Share</p></div>
    <div id="answers"><h2>3 Answers</h2>${answers}</div></div>
    <aside><p>${SIDEBAR}</p></aside></body></html>`;

  it('keeps the question before its answers', () => {
    const trace = extractTrace(page, { url: 'https://bakers.example/questions/123/starter-smells-of-acetone' });
    expect(trace.page.type).toBe('forum');
    const text = trace.result.text;
    expect(text).toContain(QUESTION);
    expect(text.indexOf(QUESTION)).toBeLessThan(text.indexOf(REPLIES[2]!));
    expect(text).not.toContain('bakery school');
  });
});

describe('dropPostFurniture', () => {
  const lines = ['alice', '12', 'Posts: 1,204', 'A long enough reply about the starter and its smell.', 'bob', 'Posts: 87', '3', 'Another reply, a different one.', 'carol', 'Posts: 5', 'A long enough reply about the starter and its smell.', 'alice', 'Thanks, both of you.'];
  const keys = lines.map(normaliseForRepeat);
  const features = lines.map((l): Features => ({ words: l.split(' ').length, stopwordDensity: 0, linkDensity: 0, endsSentence: l.endsWith('.'), sentences: 1, titleCase: false }));

  it('drops numbers alone, recurring short lines and copies, and keeps names and replies', () => {
    const decisions: Decision[] = lines.map(() => ({ keep: true, reason: 'kept', heading: false }));
    dropPostFurniture(decisions, { features, keys }, 0);
    const kept = lines.filter((_, i) => decisions[i]!.keep);
    expect(kept).toEqual(['alice', 'A long enough reply about the starter and its smell.', 'bob', 'Another reply, a different one.', 'carol', 'Thanks, both of you.']);
  });
});

describe('a thread whose posts are named like comments', () => {
  const posts = [QUESTION, ...REPLIES].map((text, i) => `<article class="comment" id="comment-${i}"><p><a href="/u/${i}">member${i}</a></p><p>${text}</p></article>`).join('');
  const page = `<html><head><title>Starter smells of acetone</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting"}</script></head><body>
    <main><h1>Starter smells of acetone</h1><section class="comments">${posts}</section></main>
    <aside><p>${SIDEBAR}</p></aside></body></html>`;

  it('keeps them as the posts they are, where no other posts are', () => {
    const trace = extractTrace(page, { url: 'https://bakers.example/forum/starter-smells-of-acetone' });
    expect(trace.page.type).toBe('forum');
    // found in the page as it is read, not in a later reading without its names
    expect(trace.region?.why).toMatch(/^the thread's \d+ posts$/);
    for (const part of [QUESTION, REPLIES[0]!, REPLIES[2]!]) expect(trace.result.text).toContain(part);
    expect(trace.result.text).not.toContain('bakery school');
  });
});
