import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { pageTitle } from '../../src/metadata/page-title.js';
import { lostCharacters } from '../../src/metadata/title-evidence.js';
import { siteNames } from '../../src/metadata/site-names.js';
import { withoutMojibake } from '../../src/segment/mojibake.js';

const none = { shared: null, document: null };
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/titles/${name}`, import.meta.url));

describe('the <h1> a page prints twice', () => {
  it('is its title over a declared title that words it otherwise', () => {
    expect(extract(fixture('repeated-h1.html')).title).toBe('Leave your resume or CV to the experts');
  });

  it('is a service page’s title too, where its declared title would win over one <h1>', () => {
    const declared = { shared: 'Resume/CV Writing Service - Career Desk', document: null };
    const names = siteNames(null, 'Career Desk');
    const pitch = 'Leave your resume or CV to the experts';
    expect(pageTitle(null, declared, [{ at: 0, text: pitch }, { at: 1, text: pitch }], names, 'service')).toBe(pitch);
    expect(pageTitle(null, declared, [{ at: 0, text: pitch }], names, 'service')).toBe('Resume/CV Writing Service');
  });

  it('is not, where the declared title holds it with more words or it adds a tag after a pipe', () => {
    const twice = (text: string) => [{ at: 0, text }, { at: 1, text }];
    expect(pageTitle(null, { shared: 'Stripe Payments', document: null }, twice('Payments'), [], 'service')).toBe('Stripe Payments');
    expect(pageTitle(null, { shared: 'Best movers in 2025', document: null }, twice('Best movers in 2025 | Top 19'), [], 'article')).toBe('Best movers in 2025');
  });
});

describe('a forum thread’s title', () => {
  it('leaves off the label its declared title sets before the subject with a dash', () => {
    expect(extract(fixture('thread-label.html')).title).toBe('Digital cameras: a status symbol again?');
    const declared = { shared: 'Payment issues - how to delete or change a payment method', document: null };
    const h1 = [{ at: 0, text: 'Payment issues - how to delete or change a payment method' }];
    expect(pageTitle(null, declared, h1, [], 'forum')).toBe('how to delete or change a payment method');
  });

  it('keeps a lead of more words, or a subject the title does not go on with', () => {
    const long = { shared: null, document: 'Tips from a first time visitor - Japan Forum' };
    expect(pageTitle(null, long, [{ at: 0, text: 'Tips from a first time visitor' }], [], 'forum')).toBe('Tips from a first time visitor');
    const short = { shared: null, document: 'Plugin recommendations? - Help - Notes Forum' };
    expect(pageTitle(null, short, [{ at: 0, text: 'Plugin recommendations?' }], [], 'forum')).toBe('Plugin recommendations?');
    // on a page that is no thread, the dash parts a headline
    expect(pageTitle(null, { shared: 'Zero Waste - A Beginner’s Guide', document: null }, [{ at: 0, text: 'Zero Waste - A Beginner’s Guide' }], [], 'article')).toBe('Zero Waste - A Beginner’s Guide');
  });
});

describe('an <h1> a charset conversion wrote with `?` for the characters it lost', () => {
  it('gives way to the declared title it otherwise spells', () => {
    expect(extract(fixture('lost-characters.html')).title).toBe('What Are The Basics Of Event Planning: Beginner’s Guide'.replace('’', "'"));
  });

  it('is not a headline that asks a question, nor one with other words', () => {
    expect(lostCharacters('Is it worth it?', 'Is it worth it now?')).toBe(false);
    expect(lostCharacters('Why? A guide', 'Why: the guide')).toBe(false);
    expect(lostCharacters('Caf? culture', 'Café culture')).toBe(true);
  });
});

describe('a list’s title', () => {
  it('leaves off the count of items it prints after its name', () => {
    expect(pageTitle(null, { shared: null, document: 'Best Garden Books (1204 books)' }, [], [], 'listing')).toBe('Best Garden Books');
    expect(pageTitle(null, none, [{ at: 0, text: 'Garden Tools(102+)' }], [], 'collection')).toBe('Garden Tools');
  });

  it('keeps a year, and any count on a page that lists nothing', () => {
    expect(pageTitle(null, { shared: null, document: 'Best Garden Books (2025)' }, [], [], 'listing')).toBe('Best Garden Books (2025)');
    expect(pageTitle(null, { shared: null, document: '10 Best Garden Books (2025 Reviews)' }, [], [], 'article')).toBe('10 Best Garden Books (2025 Reviews)');
  });
});

describe('the text of a page’s title', () => {
  it('is read back from UTF-8 a page saved as Latin-1 and wrote out again', () => {
    const result = extract(fixture('mojibake.html'));
    expect(result.title).toBe('itertools — Functions creating iterators');
    expect(result.text).toContain('The module’s tools');
  });

  it('repairs only a text that holds a C1 control, where every run is then mojibake', () => {
    expect(withoutMojibake('Investor\u00e2\u0080\u0099s guide\u00c2\u00b6')).toBe('Investor’s guide¶');
    // Latin-1 text's own `Ã©` and a plain `é` stay as they are
    expect(withoutMojibake('Ã© café')).toBe('Ã© café');
    // a C1 control that starts no UTF-8 sequence is left for the cleaner to drop
    expect(withoutMojibake('a\u0085b')).toBe('a\u0085b');
  });

  it('holds no soft hyphen, which only marks where a word may break', () => {
    expect(extract(fixture('soft-hyphen.html')).title).toBe('Home Repair Assistance Program');
  });
});
