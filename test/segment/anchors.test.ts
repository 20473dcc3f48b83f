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
