import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { pageTitle } from '../../src/metadata/page-title.js';
import { siteNames } from '../../src/metadata/site-names.js';
import { makeBlock } from '../helpers.js';

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

  it('is the line of a headline printed over several that is the declared title', () => {
    const declared = { shared: 'A beginner’s backpacking checklist', document: null };
    expect(pageTitle(null, declared, h1('A beginner’s backpacking checklist\nJanuary 1, 2025'), [], 'article')).toBe('A beginner’s backpacking checklist');
    expect(pageTitle(null, declared, h1('A beginner’s backpacking checklist'), [], 'article')).toBe('A beginner’s backpacking checklist');
  });

  it('is the declared title where the headline only leads into it with a label, a date or a brand', () => {
    const declared = { shared: 'What to look for in a web hosting service?', document: null };
    expect(pageTitle(null, declared, h1('Thread: What to look for in a web hosting service?'), [], 'forum')).toBe('What to look for in a web hosting service?');
    expect(pageTitle(null, { shared: '24" Deep Standing Desk | UPLIFT Desk', document: null }, h1('UPLIFT V3 24" Deep Standing Desk'), siteNames(null, 'UPLIFT Desk'), 'product')).toBe('24" Deep Standing Desk');
    // a headline that goes on after the declared title's words is the longer headline, not a lead-in
    expect(pageTitle(null, { shared: 'Zero Waste', document: null }, h1('Zero Waste - A Beginner’s Guide'), [], 'article')).toBe('Zero Waste - A Beginner’s Guide');
  });

  it('is the declared title where the page prints it as a block of its own, not the <h1> over it', () => {
    const declared = { shared: null, document: 'Defining Shared Behavior with Traits - The Rust Programming Language' };
    const book = h1('The Rust Programming Language, with contributions from the community');
    const printed = [makeBlock(book[0]!.text, { kind: 'heading', level: 1 }), makeBlock('Defining Shared Behavior with Traits', { kind: 'heading', level: 2 })];
    expect(pageTitle(null, declared, book, [], 'article', printed)).toBe('Defining Shared Behavior with Traits');
    // printed only as a link, in a menu or a teaser, it is no headline of the page's own
    const linked = [makeBlock('Defining Shared Behavior with Traits', { linkChars: 36 })];
    expect(pageTitle(null, declared, book, [], 'article', linked)).toBe(book[0]!.text);
  });

  it('is, on a story, the declared title over a short <h1> that names the section', () => {
    const declared = { shared: 'Actuary’s industry choice: consulting or insurance?', document: null };
    expect(pageTitle(null, declared, h1('Our Blog'), [], 'article')).toBe('Actuary’s industry choice: consulting or insurance?');
    expect(pageTitle(null, declared, h1('Why actuaries leave the big firms for a start-up'), [], 'article')).toBe('Why actuaries leave the big firms for a start-up');
  });

  it('takes off a site’s name set after a bullet', () => {
    expect(pageTitle(null, { shared: 'A brief intro to git • Cory Dransfeldt', document: null }, [], siteNames(null, 'Cory Dransfeldt'), 'article')).toBe('A brief intro to git');
  });

  it('is the <h1> that one of the declared titles names word for word, whatever the others say', () => {
    const declared = { shared: 'Your maintenance checklist', document: 'Your Car Maintenance Checklist - Consumer Reports', headline: null };
    const names = siteNames(null, 'Consumer Reports');
    const printed = [makeBlock('Your maintenance checklist', { kind: 'heading', level: 2 })];
    expect(pageTitle(null, declared, h1('Your Car Maintenance Checklist'), names, 'service', printed)).toBe('Your Car Maintenance Checklist');
    // the article's JSON-LD headline names the story's <h1> among a banner's
    const blog = { shared: 'Catering tips for a successful event', document: null, headline: 'Catering 101: Tips to Make Your Next Event a Success' };
    expect(pageTitle(null, blog, h1('The Blog', 'Catering 101: Tips to Make Your Next Event a Success'), [], 'article')).toBe('Catering 101: Tips to Make Your Next Event a Success');
  });

  it('is a shop category’s printed name, and a service page’s declared name over its pitch', () => {
    const category = { shared: 'Modern Sofas & Couches', document: null };
    expect(pageTitle(null, category, h1('Sofas & sectionals'), [], 'collection')).toBe('Sofas & sectionals');
    expect(pageTitle(null, category, h1('Sofas & sectionals'), [], 'product')).toBe('Modern Sofas & Couches');
    const service = { shared: 'Cybersecurity Consulting Services | IBM', document: null };
    const names = siteNames(null, 'IBM');
    expect(pageTitle(null, service, h1('Cybersecurity Services'), names, 'service')).toBe('Cybersecurity Consulting Services');
    expect(pageTitle(null, service, h1('Cybersecurity Services'), names, 'product')).toBe('Cybersecurity Services');
  });

  it('is, where no <h1> names the story, the heading the declared title holds free of what it adds', () => {
    const declared = { shared: null, document: 'Forum • View topic - 2025-26 Football Season: MLS is Back!' };
    const blocks = [makeBlock('Forum', { kind: 'heading', level: 1 }), makeBlock('2025-26 Football Season: MLS is Back!', { kind: 'heading', level: 2 }), makeBlock('The season opens in February.')];
    expect(pageTitle(null, declared, h1('Forum'), siteNames(null, 'Forum'), 'forum', blocks)).toBe('2025-26 Football Season: MLS is Back!');
    // a heading longer than the declared headline, or of one word, is the story's own text, not its headline
    const part = { shared: null, document: 'Reflections on a UI Pipeline - Part 1 | Playful Tones' };
    const sections = [makeBlock('Reflections on a UI Pipeline - Part 1', { kind: 'heading', level: 2 }), makeBlock('Pipeline', { kind: 'heading', level: 2 })];
    expect(pageTitle(null, part, [], siteNames(null, 'Playful Tones'), 'article', sections)).toBe('Reflections on a UI Pipeline');
  });

  it('is the declared title where the headline adds a tag after a pipe, not a subtitle after a dash', () => {
    const declared = { shared: 'How meditation rewires the brain', document: null };
    expect(pageTitle(null, declared, h1('How meditation rewires the brain | Opinion'), [], 'article')).toBe('How meditation rewires the brain');
    expect(pageTitle(null, declared, h1('How meditation rewires the brain – and the body'), [], 'article')).toBe('How meditation rewires the brain – and the body');
  });

  it('is the declared title where the headline is printed over lines none of which is it', () => {
    const declared = { shared: 'Top business schools of 2025: rankings and guides', document: null };
    const printed = h1('Top business schools of 2025 (US)\nYour guide to the best schools');
    expect(pageTitle(null, declared, printed, [], 'article')).toBe('Top business schools of 2025: rankings and guides');
    const counted = h1('Graduates find their degrees no longer guarantee jobs (latimes.com)\n87');
    expect(pageTitle(null, { shared: 'Graduates find their degrees no longer guarantee jobs', document: null }, counted, [], 'forum')).toBe('Graduates find their degrees no longer guarantee jobs');
  });

  it('reads an entity a template wrote twice as the character it stands for', () => {
    expect(pageTitle(null, { shared: 'What&#8217;s new in Tools &amp;amp; Tips', document: null }, [], [], 'article')).toBe('What’s new in Tools & Tips');
    expect(pageTitle(null, { shared: 'The Cream with TFC8&reg; Moisturizer', document: null }, [], [], 'product')).toBe('The Cream with TFC8® Moisturizer');
    expect(pageTitle('Data Tools for 2026 &#x26; AI', none, h1('Data Tools for 2026 &#x26; AI'), [], 'article')).toBe('Data Tools for 2026 & AI');
  });

  it('takes off a section number the declared title does not print, not a number of the name', () => {
    const declared = { shared: null, document: 'Git - Branches in a Nutshell' };
    expect(pageTitle(null, declared, h1('3.1 Git Branching - Branches in a Nutshell'), [], 'documentation')).toBe('Git Branching - Branches in a Nutshell');
    expect(pageTitle(null, { shared: null, document: '2.4.1 Syntax | Manual' }, h1('2.4.1 Syntax'), [], 'documentation')).toBe('2.4.1 Syntax');
    expect(pageTitle(null, { shared: null, document: 'Python 3.12 Released' }, h1('3.12 Released'), [], 'article')).toBe('3.12 Released');
  });

  it('reads an <h1> as the eye sees it, without its label for screen readers', () => {
    const prose = '<p>Open-back headphones from a maker known for studio monitors, with drivers tuned for a wide stage and long listening.</p>'.repeat(3);
    const page = `<html><head><title>Shop Sennheiser at Headphones Hub</title></head><body><h1><span class="visually-hidden">Collection: </span>Sennheiser</h1><div>${prose}</div></body></html>`;
    expect(extract(page).title).toBe('Sennheiser');
  });
});
