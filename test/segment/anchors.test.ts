import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../src/segment/html/walk.js';

const hintOf = (body: string, text: string) => segmentHtml(`<html><body>${body}</body></html>`).blocks.find((b) => b.text.startsWith(text))!.hint;

describe("a section's anchor", () => {
  it('does not name its section boilerplate where the heading links to it (a permalink)', () => {
    const body = '<section id="respond-to-review-comments"><h2>Respond to review comments<a class="headerlink" href="#respond-to-review-comments">¶</a></h2>'
      + '<p>Your patch will almost certainly get comments from reviewers on ways in which it can be improved.</p></section>';
    expect(hintOf(body, 'Your patch will almost')).toBe(0);
  });

  it('still names it where no heading of its own links to it (a comments box)', () => {
    const body = '<section id="comments"><h2>3 comments</h2><p>Great post, thanks for writing this up for us all.</p></section>'
      + '<a href="#comments">Jump to the comments</a>';
    expect(hintOf(body, 'Great post')).toBeLessThan(0);
  });
});

describe("a heading's link to itself", () => {
  const texts = (body: string) => segmentHtml(`<html><body>${body}</body></html>`).blocks.map((b) => b.text);

  it('is a mark, not words: the heading reads without it', () => {
    const body = '<h2>Basic Usage<a class="headerlink" href="#basic-usage" title="Link to this heading">&para;</a></h2>'
      + '<dl><dt>json.dump(obj, fp)<a href="https://docs.example.org/json.html#json.dump">¶</a></dt></dl>';
    expect(texts(body)).toEqual(['Basic Usage', 'json.dump(obj, fp)']);
  });

  it('keeps a link of words, and a mark that links elsewhere than to a place', () => {
    const body = '<h2>Basic Usage <a href="#basic-usage">permalink</a></h2><p>Step <a href="/next">¶</a></p>';
    expect(texts(body)).toEqual(['Basic Usage permalink', 'Step ¶']);
  });
});
