import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { pageTitle } from '../../src/metadata/page-title.js';
import { siteNames } from '../../src/metadata/site-names.js';

const h1 = (...texts: string[]) => texts.map((text, at) => ({ at, text }));
const none = { shared: null, document: null };

describe('the title of an HTML page', () => {
  it('is the <h1> that agrees with the declared title, whatever their other words', () => {
    expect(pageTitle(null, { shared: 'Council expands the bus network to the suburbs', document: null }, h1('City Post', 'Council expands bus network to suburbs'), [], 'article'))
      .toBe('Council expands bus network to suburbs');
  });

  it('takes the site’s name off a declared title, wherever it stands', () => {
    expect(pageTitle(null, { shared: null, document: 'Council expands the bus network | City Post' }, [], siteNames(null, 'City Post'), 'article')).toBe('Council expands the bus network');
    expect(pageTitle(null, { shared: 'City Post – Council expands the bus network', document: null }, [], siteNames(null, 'City Post'), 'article')).toBe('Council expands the bus network');
    expect(pageTitle(null, { shared: null, document: 'Catering Tips | Cookshack' }, [], [], 'forum')).toBe('Catering Tips');
  });

  it('is, where they disagree, the headline on a story and the declared title on another page', () => {
    const declared = { shared: 'Airtable: Build Enterprise-ready AI Workflows', document: null };
    const printed = h1('All your teams, all their workflows, connected in one workspace');
    expect(pageTitle(null, declared, printed, [], 'service')).toBe('Airtable: Build Enterprise-ready AI Workflows');
    expect(pageTitle(null, declared, printed, [], 'article')).toBe('All your teams, all their workflows, connected in one workspace');
  });

  it('takes the site’s name off a printed headline that ends with it, not a hyphen within a word', () => {
    const names = siteNames('https://www.wral.com/news/', null);
    expect(pageTitle('Vehicle Rental News | WRAL', none, h1('Vehicle Rental News | WRAL'), names, 'listing')).toBe('Vehicle Rental News');
    expect(pageTitle('Best Wi-Fi Routers – Wral', none, h1('Best Wi-Fi Routers – Wral'), names, 'article')).toBe('Best Wi-Fi Routers');
    expect(pageTitle('Buying a Wi-Fi router - Tested', none, h1('Buying a Wi-Fi router - Tested'), names, 'article')).toBe('Buying a Wi-Fi router - Tested');
  });

  it('is the headline alone where nothing is declared, without a permalink mark', () => {
    expect(pageTitle('Basic Usage¶', none, h1('Basic Usage¶'), [], 'documentation')).toBe('Basic Usage');
    expect(pageTitle(null, none, [], [], 'article')).toBeNull();
  });

  it('is what extraction prints, with the Markdown’s heading', () => {
    const prose = '<p>The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital.</p>'.repeat(3);
    const result = extract(`<html><head><title>Council expands the bus network - City Post</title><meta property="og:site_name" content="City Post"></head><body><div class="top"><h1>City Post</h1></div><article>${prose}</article></body></html>`);
    expect(result.title).toBe('Council expands the bus network');
    expect(result.markdown.startsWith('# Council expands the bus network\n')).toBe(true);
  });

  it('is not a logo’s <h1>, which links to the site’s home page', () => {
    const prose = '<p>The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital.</p>'.repeat(3);
    const result = extract(`<html><head><title>Council expands the bus network - Politics - Nigeria</title></head><body><h1><a href="/">Naira Forum</a></h1><div>${prose}</div></body></html>`);
    expect(result.title).toBe('Council expands the bus network');
  });
});
