import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../src/segment/html/walk.js';
import { extract } from '../../src/index.js';

const fixture = readFileSync(new URL('../../fixtures/streamed/service-page.html', import.meta.url), 'utf8');
const texts = (html: string, reading?: 'visible' | 'hidden') => segmentHtml(html, undefined, reading).blocks.map((b) => b.text);

describe('React streamed segments', () => {
  it("reads a hidden segment where its boundary's template stands, in the page's order", () => {
    const blocks = texts(fixture);
    const at = (start: string) => blocks.findIndex((t) => t.startsWith(start));
    expect(at('Click, click, done')).toBeGreaterThan(at('Cloudly runs your web services'));
    expect(at('Click, click, done')).toBeLessThan(at('Trusted by builders'));
    expect(at('Zero-downtime deploys')).toBeLessThan(at('Trusted by builders'));
  });

  it('reads a segment once, also in the reading that shows hidden elements', () => {
    expect(texts(fixture, 'hidden').filter((t) => t.startsWith('Click, click, done'))).toHaveLength(1);
  });

  it('leaves a segment of links hidden (a rail of other pages)', () => {
    expect(texts(fixture).some((t) => t.includes('new region'))).toBe(false);
  });

  it('leaves a hidden element alone on a page that streams nothing', () => {
    const html = '<html><body><p>The visible paragraph of the page, long enough.</p><div hidden id="S:0"><p>Hidden words of a dialog.</p></div></body></html>';
    expect(texts(html)).toEqual(['The visible paragraph of the page, long enough.']);
  });

  it("keeps the streamed sections in a service page's content", () => {
    const { text } = extract(fixture, { source: 'service-page.html' });
    expect(text).toContain('Connect your repository and Cloudly builds');
    expect(text).toContain('takes its traffic only once it answers');
  });
});
