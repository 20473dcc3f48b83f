import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { wholePageDecisions } from '../../src/select/whole-page.js';
import type { Decision, Verdict } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

const INTRO = [
  'The Channel object represents a two-way connection between a client and a server, over which either side may send messages at any time once the connection is open.',
  'A channel is opened by its constructor and closed by either side; messages that arrive while the page is busy are queued in the order they were sent and delivered one by one.',
];
const MEMBERS = [
  ['Channel.state', 'The state of the connection, one of four values.'],
  ['Channel.queued', 'The number of bytes still waiting to be sent.'],
  ['Channel.close()', 'Closes the connection, with an optional code.'],
  ['Channel.send()', 'Queues a message to be sent to the server.'],
  ['Channel.protocol', 'The protocol the server chose.'],
  ['Channel.address', 'The address the channel was opened to.'],
];

/** A reference page: a sidebar, a contents box, an intro section of prose, then a section of linked members, each line short, and a section of examples. */
function referencePage(): string {
  const members = MEMBERS.map(([name, what]) => `<dt><a href="/docs/${name}"><code>${name}</code></a></dt><dd>${what}</dd>`).join('');
  const sidebar = ['Overview', 'Channel', 'Message', 'Stream', 'Events'].map((n) => `<li><a href="/docs/${n}">${n}</a></li>`).join('');
  return `<html><head><title>Channel - API reference</title><script type="application/ld+json">{"@type":"TechArticle","headline":"Channel"}</script></head><body>
    <nav class="sidebar"><ul>${sidebar}</ul></nav>
    <main><article><h1>Channel</h1><ul><li><a href="#d">Description</a></li><li><a href="#p">Instance properties</a></li><li><a href="#e">Examples</a></li></ul>
      <section><h2>Description</h2>${INTRO.map((p) => `<p>${p}</p>`).join('')}<pre><code>const channel = new Channel(address);</code></pre></section>
      <section><h2>Instance properties</h2><dl>${members}</dl></section>
      <section><h2>Examples</h2><p>Open a channel, then send a message.</p><pre><code>channel.send("hello");</code></pre></section>
    </article>
    <aside class="toc"><h2>On this page</h2><ul><li><a href="#d">Description</a></li><li><a href="#p">Instance properties</a></li></ul></aside></main>
    <footer><p>© Example Docs. All rights reserved.</p></footer></body></html>`;
}

describe('a documentation page of sections', () => {
  it('keeps every section of a reference, its member lists too, without the sidebar and the contents', () => {
    const result = extract(referencePage());
    expect(result.pageType).toBe('documentation');
    expect(result.text).toContain(INTRO[0]);
    for (const [name, what] of MEMBERS) {
      expect(result.text).toContain(name);
      expect(result.text).toContain(what);
    }
    expect(result.text).toContain('channel.send("hello");');
    expect(result.text).not.toContain('Stream');
    expect(result.text).not.toContain('On this page');
    expect(result.text).not.toContain('All rights reserved');
  });

  it('keeps its headings that link to themselves', () => {
    const result = extract(referencePage().replace('<h2>Examples</h2>', '<h2><a href="#e">Examples</a></h2>'));
    expect(result.text.match(/^Examples$/gm)).toHaveLength(1);
  });
});

describe('the bar a documentation page is held to', () => {
  // a region of prose that holds most of the page's words, and one more section: a short code block
  const blocks = [0, 1, 2].map((i) => makeBlock(`block ${i}`, { index: i, kind: i === 2 ? 'code' : 'paragraph', container: { id: i, parent: null } }));
  const features = blocks.map((_, i) => ({ words: i === 2 ? 5 : 40, stopwordDensity: 0.4, linkDensity: 0, endsSentence: i !== 2, sentences: 2, titleCase: false }));
  const verdicts: Verdict[] = blocks.map((_, i) => (i === 2 ? { grade: 'short', reason: 'short', rule: 'shape/short' } : { grade: 'good', reason: 'prose', rule: 'shape/prose' }));
  const decisions: Decision[] = blocks.map((_, i) => ({ keep: i < 2, reason: i < 2 ? 'prose' : 'outside the story', heading: false }));
  const scores = { features, graded: verdicts, judged: verdicts, keys: blocks.map((b) => b.text) };

  it('keeps the whole content of an HTML guide, however much of it the region holds', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'documentation')?.map((d) => d.keep)).toEqual([true, true, true]);
  });

  it('leaves out a line of links into the page itself (its contents), not a line of links to other pages', () => {
    const link = (href: string) => ({ kind: 'link' as const, start: 0, end: 7, href, attributes: undefined, aside: false });
    const lines = [
      makeBlock('block 0', { index: 0 }),
      makeBlock('block 1', { index: 1, linkChars: 7, inline: { raw: 'block 1', marks: [link('#usage')] } }),
      makeBlock('block 2', { index: 2, linkChars: 7, inline: { raw: 'block 2', marks: [link('/docs/usage')] } }),
      makeBlock('block 3', { index: 3, kind: 'code' }),
    ];
    const linked: Verdict = { grade: 'bad', reason: 'link text', family: 'links', rule: 'links/link-text' };
    const graded = lines.map((_, i): Verdict => (i === 1 || i === 2 ? linked : verdicts[0]!));
    const kept: Decision[] = lines.map((_, i) => ({ keep: i === 0, reason: '', heading: false }));
    const whole = wholePageDecisions(lines, { features: [...features, features[0]!], graded, judged: graded, keys: lines.map((b) => b.text) }, kept, 'html', 'documentation');
    expect(whole?.map((d) => d.keep)).toEqual([true, false, true, true]);
  });

  it('lets the region stand on an article and in a documentation dump', () => {
    expect(wholePageDecisions(blocks, scores, decisions, 'html', 'article')).toBeNull();
    expect(wholePageDecisions(blocks, scores, decisions, 'text', 'documentation')).toBeNull();
  });
});
