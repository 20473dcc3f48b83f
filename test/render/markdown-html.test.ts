// The Markdown of HTML pages: the page's lists, links, emphasis, code and pictures, written so
// that CommonMark reads back what the page showed and nothing else.
import { describe, expect, it } from 'vitest';
import { HtmlRenderer, Parser } from 'commonmark';
import { extract } from '../../src/index.js';
import { LIST_MAX_DEPTH } from '../../src/settings.js';
import { fixtureText } from '../helpers.js';

/** The Markdown as a viewer renders it (CommonMark's renderer passes raw HTML through). */
function rendered(markdown: string): string {
  return new HtmlRenderer().render(new Parser().parse(markdown));
}

/** Every link and image target CommonMark reads in the Markdown. */
function targets(markdown: string): string[] {
  const found: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (step.entering && (step.node.type === 'link' || step.node.type === 'image')) found.push(step.node.destination ?? '');
  }
  return found;
}

describe('lists', () => {
  const { markdown } = extract(fixtureText('markdown/lists.html'));

  it('nests a list under its item whatever the mix of ul and ol, and numbers on after a nested list', () => {
    expect(markdown).toContain([
      '1. Survey the deck and the piles under it, so that the engineers know which parts can stay.',
      '   - Divers will inspect every pile below the waterline.',
      '   - The deck will be scanned for cracks that are not yet visible.',
      '     1. Each crack is measured and mapped.',
      '     2. The map is sent to the insurers.',
      '2. Ask the regional government to pay for half of the cost of the work on the pier.',
      '3. Close the pier to all traffic while the new deck is laid over the old piles.',
    ].join('\n'));
  });

  it('keeps <ol start>', () => {
    expect(markdown).toContain('5. Will the fish market stay open');
    expect(markdown).toContain('\n6. Can small boats still moor');
    expect(rendered(markdown)).toContain('<ol start="5">');
  });

  it('reads back as the page’s structure', () => {
    const html = rendered(markdown);
    expect(html.match(/<ol/g)).toHaveLength(3);
    expect(html.match(/<ul/g)).toHaveLength(1);
    expect(html).toMatch(/<li>Survey the deck[^<]*<ul>\n<li>Divers/);
  });
});

describe('deep nesting', () => {
  const prose = 'The harbour board agreed on Thursday to rebuild the north pier, which has been closed to heavy vehicles since a storm cracked its deck. ';

  it('renders lists nested thousands deep, no deeper than LIST_MAX_DEPTH, and inline markup nested as deep', () => {
    const lists = `<html><body><article><p>${prose.repeat(3)}</p>${'<ul><li>the next step of the plan '.repeat(5000)}</article></body></html>`;
    const markdown = extract(lists).markdown;
    const indents = markdown.split('\n').filter((l) => l.includes('- the next step')).map((l) => l.indexOf('-'));
    expect(indents.length).toBeGreaterThan(1000);
    expect(Math.max(...indents)).toBe(2 * (LIST_MAX_DEPTH - 1));
    const inline = `<html><body><article><p>${'<b><i><a href="/x">'.repeat(5000)}${prose.repeat(3)}</p></article></body></html>`;
    expect(extract(inline).markdown).toContain(`**_[${prose.trim()}`);
  });
});

describe('links', () => {
  const page = fixtureText('markdown/links.html');
  const { markdown, text } = extract(page);

  it('are absolute against the page’s <base href>', () => {
    expect(markdown).toContain('[north pier](https://news.example.org/local/pier.html)');
    expect(markdown).toContain('[cracked its deck](https://news.example.org/archive/storm)');
    expect(targets(markdown)).toContain('https://board.example.net/minutes?id=7&lang=en');
  });

  it('against the page’s canonical address or the caller’s when there is no base, and stay relative without one', () => {
    const story = (head: string) => `<html><head>${head}</head><body><article><p>The board agreed on Thursday to rebuild the <a href="pier.html">north pier</a>, which has been closed to heavy vehicles since a storm cracked its deck two winters ago.</p></article></body></html>`;
    expect(targets(extract(story('<link rel="canonical" href="https://example.org/news/story">')).markdown)).toEqual(['https://example.org/news/pier.html']);
    expect(targets(extract(story(''), { url: 'https://fetched.example/a/b' }).markdown)).toEqual(['https://fetched.example/a/pier.html']);
    expect(targets(extract(story('')).markdown)).toEqual(['pier.html']);
  });

  it('to javascript:, vbscript: and data: are dropped, however written, and their text stays', () => {
    expect(targets(markdown)).toEqual(expect.arrayContaining(['mailto:desk@example.org']));
    expect(targets(markdown).filter((t) => !/^(?:https|mailto):/.test(t))).toEqual([]);
    for (const words of ['ferry timetable', 'engineers’ report', 'cost estimate', 'survey', 'half of the cost']) {
      expect(markdown).toContain(words);
      expect(markdown).not.toContain(`[${words}]`);
    }
    expect(markdown).not.toMatch(/script:|data:/i);
  });

  it('are left out with links: false, and the text output never has them', () => {
    expect(targets(extract(page, { links: false }).markdown)).toEqual([]);
    expect(text).not.toContain('](');
    expect(text).toContain('rebuild the north pier, which');
  });
});

describe('emphasis, code and escaping', () => {
  const { markdown } = extract(fixtureText('markdown/inline.html'));
  const html = rendered(markdown);

  it('keeps emphasis and strong, from <em> and <i>, <strong> and <b>', () => {
    expect(markdown).toContain('every *ten minutes*, and the board says that is **often enough** to see a crack before it **spreads**, as the engineers *promised*');
  });

  it('keeps inline code, and a code block’s language from language-x or lang-x', () => {
    expect(markdown).toContain('a file named `sensor.conf` in the folder `/etc/pier`');
    expect(markdown).toContain('```ini\n[sensor]\ninterval = 600\nname = north-*-pier\n```');
    expect(markdown).toContain('```python\nfor reading in readings():\n    print(reading)\n```');
    expect(html).toContain('<code class="language-ini">');
  });

  it('escapes page text that would turn into markup: CommonMark reads it back as the same text', () => {
    // the headline, nine paragraphs, two code blocks and the page's own emphasis: no heading, list, emphasis, link, image or raw HTML from its text
    expect(html.match(/<(?:h[1-6]|ul|ol|em|strong|a|img|script|p|pre)\b/g)?.map((tag) => tag.slice(1)).sort()).toEqual(['em', 'em', 'h1', ...Array(9).fill('p'), 'pre', 'pre', 'strong', 'strong'].sort());
    expect(html).toContain('<p># of readings is what');
    expect(html).toContain('<p>1. not a numbered list either');
    expect(html).toContain('<p>- nor a bullet, * nor emphasis *, _ nor _this_, `nor code`, and &lt;script&gt;alert(1)&lt;/script&gt; stays text</p>');
    expect(html).toContain('<p>[a link](javascript:alert(1)) that the page only shows, and ![a picture](data:x) too');
  });
});

describe('pictures', () => {
  const page = fixtureText('markdown/images.html');

  it('are left out unless asked for, as in the text', () => {
    expect(extract(page).markdown).not.toContain('![');
  });

  it('show with images: true, absolute, with their alternative text, a figure’s before the text after its caption', () => {
    const { markdown } = extract(page, { images: true });
    const lines = markdown.split('\n\n');
    expect(lines[1]).toBe('![The north pier at dawn, with its new deck](https://www.example.org/photos/pier.jpg)');
    expect(lines[2]).toMatch(/^The harbour board opened/);
    // a lazy-loaded picture's own source, in the text where it stood
    expect(markdown).toContain('to visitors ![A sensor on a pile](https://www.example.org/2024/photos/sensor.jpg) that report');
  });

  it('keep their alternative text where they have no source, and leave out icons, pixels and share buttons', () => {
    const { markdown } = extract(page, { images: true });
    expect(markdown).toContain('a plaque The plaque, unveiled by the mayor that names');
    expect(markdown).not.toMatch(/pixel|share|icons/i);
    expect(targets(markdown)).toHaveLength(2);
  });
});
