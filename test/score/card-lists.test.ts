import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { segmentText } from '../../src/segment/text.js';

const dump = (name: string) => readFileSync(new URL(`../../fixtures/dumps/${name}.txt`, import.meta.url), 'utf8');

describe("a lynx dump's list of cards", () => {
  it("reads the lines lynx sets under an item as the item's", () => {
    const blocks = segmentText('   * A caption of a picture\n     News\n     A headline of a teaser\n   Prose after the list.');
    expect(blocks.map((b) => [b.kind, b.itemLine])).toEqual([['list-item', 0], ['paragraph', 1], ['paragraph', 2], ['paragraph', undefined]]);
  });

  it("reads no item lines under a dash (a YAML list, a page's own)", () => {
    const blocks = segmentText('  - name: Ensure apache is at the latest version\n    ansible.builtin.yum:\n      name: httpd');
    expect(blocks.map((b) => b.itemLine)).toEqual([0, undefined, undefined]);
  });

  it('drops a list whose items run over a caption, a label and a headline, and keeps the story', () => {
    const text = extract(dump('card-list-lynx'), { inputFormat: 'text' }).text;
    expect(text).toContain('ask the town to vote on the cost');
    expect(text).toContain('boats have been damaged at their moorings');
    expect(text).not.toContain('Ferry strike ends');
    expect(text).not.toContain('Children from the town school');
  });

  it('keeps a list of questions and answers (its items end on a full stop)', () => {
    const faq = dump('card-list-lynx').replace(/(Ferry strike ends after three days of talks|School pupils plant a hundred trees by the river|Lifeboat station to open its doors for a summer fair|Record field turns out for the coastal half marathon)/g, '$1.');
    const blocks = segmentText(faq);
    expect(blocks.filter((b) => b.itemLine !== undefined)).toHaveLength(12);
    const text = extract(faq, { inputFormat: 'text' }).text;
    expect(text).toContain('ask the town to vote on the cost');
    expect(text).toContain('Ferry strike ends after three days of talks.');
  });
});

describe("a lynx dump's ordered list of sections", () => {
  it('keeps numbered headings, each with its paragraph, between the prose (an ordered list is no widget of headlines)', () => {
    const text = extract(dump('ordered-sections-lynx'), { inputFormat: 'text' }).text;
    expect(text).toContain('Comment engagement score');
    expect(text).toContain('so that one prolific writer cannot fill it');
    expect(text).toContain('together with the code that computes them');
  });
});
