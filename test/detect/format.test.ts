import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/detect/format.js';
import { fixtureText } from '../helpers.js';

describe('detectFormat', () => {
  it('calls a document with a doctype HTML', () => {
    expect(detectFormat('<!DOCTYPE html>\n<title>x</title><p>Hello</p>')).toBe('html');
  });

  it('calls a fragment with <html> or <body> HTML', () => {
    expect(detectFormat('<html lang="en"><p>Hello</p></html>')).toBe('html');
    expect(detectFormat('\n\n<body>\n<p>Hello</p>\n</body>')).toBe('html');
  });

  it('calls a tag soup fragment without a document tag HTML', () => {
    const fragment = '<div class="a"><p>One</p><p>Two</p><ul><li>three</li><li>four</li></ul></div>';
    expect(detectFormat(fragment)).toBe('html');
  });

  it('calls a text dump quoting a stray <b> tag text', () => {
    const dump = [
      'Markets steady after the announcement',
      '',
      'Traders said the <b> tag in the feed was a glitch, and prices held through the morning.',
      '',
      'Analysts expect the central bank to hold rates at its next meeting in March.',
      '',
      'Most read',
      '23 hours ago',
    ].join('\n');
    expect(detectFormat(dump)).toBe('text');
  });

  it('calls the bundled example dump text', () => {
    expect(detectFormat(fixtureText('crypto-news-dump.txt'))).toBe('text');
  });

  it('calls the bundled blog post HTML', () => {
    expect(detectFormat(fixtureText('blog-post.html'))).toBe('html');
  });
});
