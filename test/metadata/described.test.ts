import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { absoluteUrl } from '../../src/metadata/described.js';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];
const body = `<article><h1>Council expands the bus network</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (head: string) => extract(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const ld = (object: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...object })}</script>`;

describe('description', () => {
  it('is the page’s description metadata, on one line', () => {
    expect(page('<meta name="description" content="Four new routes\n  reach the suburbs.">').description).toBe('Four new routes reach the suburbs.');
    expect(page('<meta property="og:description" content="Shared summary">').description).toBe('Shared summary');
    expect(page(ld({ '@type': 'NewsArticle', headline: 'H', description: 'From JSON-LD' })).description).toBe('From JSON-LD');
  });

  it('is null where the page states none', () => {
    expect(page('<title>Bus network</title>').description).toBeNull();
  });
});

describe('image', () => {
  it('is made absolute against <base href>, else the page’s address', () => {
    expect(page('<link rel="canonical" href="https://city.example/news/buses"><meta property="og:image" content="/img/bus.jpg">').image).toBe('https://city.example/img/bus.jpg');
    expect(page('<base href="https://cdn.example/media/"><link rel="canonical" href="https://city.example/n"><meta property="og:image" content="bus.jpg">').image).toBe('https://cdn.example/media/bus.jpg');
    expect(page('<meta name="twitter:image" content="https://img.example/a.png">').image).toBe('https://img.example/a.png');
  });

  it('comes from JSON-LD (an address, an ImageObject, a list) or <link rel=image_src>', () => {
    const head = '<link rel="canonical" href="https://city.example/n">';
    expect(page(head + ld({ '@type': 'NewsArticle', headline: 'H', image: [{ '@type': 'ImageObject', url: '/ld.jpg' }] })).image).toBe('https://city.example/ld.jpg');
    expect(page(head + '<link rel="image_src" href="/old.jpg">').image).toBe('https://city.example/old.jpg');
  });

  it('is null where it cannot be made absolute, or is no web address', () => {
    expect(page('<meta property="og:image" content="/img/bus.jpg">').image).toBeNull();
    expect(page('<meta property="og:image" content="javascript:alert(1)">').image).toBeNull();
    expect(page('<meta property="og:image" content="data:image/png;base64,AAAA">').image).toBeNull();
    expect(absoluteUrl('a.jpg', 'not an address')).toBeNull();
  });
});

describe('tags', () => {
  it('gathers article:tag, the keywords <meta> and JSON-LD keywords: trimmed, each once whatever its case, in that order', () => {
    const head = '<meta property="article:tag" content=" Transport "><meta property="article:tag" content="Suburbs">'
      + '<meta name="keywords" content="buses, transport;  city council ,,">'
      + ld({ '@type': 'NewsArticle', headline: 'H', keywords: ['Budget', 'BUSES'] });
    expect(page(head).tags).toEqual(['Transport', 'Suburbs', 'buses', 'city council', 'Budget']);
  });

  it('reads JSON-LD keywords written as one string', () => {
    expect(page(ld({ '@type': 'BlogPosting', headline: 'H', keywords: 'alpha, beta' })).tags).toEqual(['alpha', 'beta']);
  });

  it('is an empty list where the page states none, and stops at 30', () => {
    expect(page('').tags).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(', ');
    expect(page(`<meta name="keywords" content="${many}">`).tags).toHaveLength(30);
  });
});

describe('publisher', () => {
  it('is the JSON-LD publisher where it differs from the site', () => {
    const head = '<meta property="og:site_name" content="City Post">' + ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'Post Media Group' } });
    expect(page(head)).toMatchObject({ site: 'City Post', publisher: 'Post Media Group' });
  });

  it('is null where it is the site already named, or an address', () => {
    const same = '<meta property="og:site_name" content="City Post">' + ld({ '@type': 'NewsArticle', headline: 'H', publisher: { name: 'CITY-POST' } });
    expect(page(same).publisher).toBeNull();
    expect(page('<meta name="publisher" content="https://facebook.example/citypost">').publisher).toBeNull();
    expect(page('<meta name="publisher" content="Post Media Group">').publisher).toBe('Post Media Group');
  });
});

describe('in a dump', () => {
  it('the new fields are null and empty', () => {
    expect(extract(PROSE.join('\n\n'))).toMatchObject({ description: null, image: null, tags: [], publisher: null });
  });
});
