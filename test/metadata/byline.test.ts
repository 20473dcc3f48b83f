import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const STORY = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
];
const body = STORY.map((p) => `<p>${p}</p>`).join('');

describe('the byline of an HTML page', () => {
  it('is the author the JSON-LD names where the author meta tag names the site', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council expands bus network', author: { '@type': 'Person', name: 'Maria Jensen' } });
    const html = `<html><head><meta property="og:site_name" content="City Post"><meta name="author" content="City Post"><script type="application/ld+json">${ld}</script></head><body><article><h1>Council expands bus network</h1>${body}</article></body></html>`;
    expect(extract(html).byline).toBe('Maria Jensen');
  });

  it('is the element the page marks as its author’s where no metadata names one', () => {
    const html = `<html><body><article><h1>Council expands bus network</h1><p class="meta">Words by <a rel="author" href="/staff/mj">Maria Jensen</a></p>${body}</article></body></html>`;
    expect(extract(html).byline).toBe('Maria Jensen');
  });

  it('is the printed byline by the headline where nothing marks it', () => {
    const html = `<html><body><article><h1>Council expands bus network</h1><p>By Maria Jensen</p>${body}</article></body></html>`;
    expect(extract(html).byline).toBe('Maria Jensen');
  });

  it('stays the author meta tag where it names a person', () => {
    const html = `<html><head><meta name="author" content="Tom Berg"></head><body><article><h1>Council expands bus network</h1><p>By Maria Jensen</p>${body}</article></body></html>`;
    expect(extract(html).byline).toBe('Tom Berg');
  });
});
