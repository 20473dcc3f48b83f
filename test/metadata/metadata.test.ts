import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { htmlMetadata } from '../../src/metadata/html.js';
import { segmentHtml } from '../../src/segment/html/walk.js';
import { readStated } from '../../src/segment/html/stated.js';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];

function metaOf(head: string, body = '') {
  const segmented = segmentHtml(`<html lang="de-CH"><head>${head}</head><body>${body}</body></html>`);
  return htmlMetadata(readStated(segmented.head), segmented.head.cues);
}

describe('htmlMetadata', () => {
  it('prefers og:title, and the page h1 when the title contains it', () => {
    expect(metaOf('<title>Bus network grows | City Post</title><meta property="og:title" content="Bus network grows">').title).toBe('Bus network grows');
    expect(metaOf('<title>Council expands the bus network – City Post</title>', '<h1>Council expands the bus network</h1>').title)
      .toBe('Council expands the bus network');
  });

  it('takes the longest part of a <title> with a site name', () => {
    expect(metaOf('<title>City Post | Council expands the bus network to the suburbs</title>').title).toBe('Council expands the bus network to the suburbs');
  });

  it('reads author, date and publisher from JSON-LD', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'City Post' },
        { '@type': 'NewsArticle', headline: 'Bus network grows', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { name: 'Ben Ode' }], datePublished: '2024-05-01T09:00:00Z', publisher: { name: 'City Post' } },
      ],
    });
    const meta = metaOf(`<script type="application/ld+json">${ld}</script>`);
    expect(meta).toMatchObject({ title: 'Bus network grows', byline: 'Ana Ruiz und Ben Ode', date: '2024-05-01T09:00:00Z', site: 'City Post' });
  });

  it('ignores broken JSON-LD', () => {
    expect(() => metaOf('<script type="application/ld+json">{ not json</script><title>Fine</title>')).not.toThrow();
    expect(metaOf('<script type="application/ld+json">{ not json</script><title>Fine</title>').title).toBe('Fine');
  });

  it('reads JSON-LD whose strings hold raw line breaks and tabs, as search engines do', () => {
    const ld = '{"@type":"NewsArticle","headline":"Bus network grows","description":"Four new routes.\n\n\tMore to come.","datePublished":"2024-02-21 13:00:00","author":{"name":"Ana Ruiz"}}';
    expect(() => JSON.parse(ld)).toThrow();
    expect(metaOf(`<script type="application/ld+json">${ld}</script>`)).toMatchObject({ title: 'Bus network grows', byline: 'Ana Ruiz', date: '2024-02-21 13:00:00' });
  });

  it('reads the language from <html lang>, canonical URL, and a <time> as a last-resort date', () => {
    const meta = metaOf('<link rel="canonical" href="https://x.example/a">', '<time datetime="2024-02-03">3 Feb</time>');
    expect(meta).toMatchObject({ lang: 'de', url: 'https://x.example/a', date: '2024-02-03' });
  });

  it('does not take a URL as a byline', () => {
    expect(metaOf('<meta name="author" content="https://facebook.example/citypost">').byline).toBeNull();
  });

  it('leaves unknown fields null', () => {
    expect(metaOf('')).toMatchObject({ title: null, byline: null, date: null, site: null, url: null });
  });
});

describe('text dump cues', () => {
  it('finds headline, byline and source around the start of the story', () => {
    const dump = ['Home', 'Markets', '', 'Council expands the bus network to the suburbs', 'By Jane Doe', 'Source City Post', '', ...PROSE].join('\n');
    const result = extract(dump);
    expect(result.title).toBe('Council expands the bus network to the suburbs');
    expect(result.byline).toBe('Jane Doe');
    expect(result.site).toBe('City Post');
    expect(result.markdown.split('\n')[0]).toBe('# Council expands the bus network to the suburbs');
    expect(result.text).not.toContain('Jane Doe');
  });

  it('has no title when nothing headline-like precedes the story', () => {
    const result = extract(PROSE.join('\n\n'));
    expect(result.title).toBeNull();
    expect(result.markdown.startsWith('# ')).toBe(false);
    expect(result.text).toBe(PROSE.join('\n\n'));
  });
});
