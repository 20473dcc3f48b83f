import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { splitDatedByline } from '../../src/metadata/text.js';

const PROSE = [
  'The catering business grew quickly last year, and many of our members asked how to price a smoked brisket dinner for a wedding of two hundred guests.',
  'Most of the replies agreed that the smoker itself is rarely the limit: the holding cabinets, the transport and the staff on the day decide how many guests one cook can serve.',
  'Several members added that a written contract with a clear deposit saved them from the late cancellations that used to cost them a whole weekend of work.',
];
const MENU = ['Home', 'Forums', 'Recipes', 'Equipment', 'Events', 'Shop', 'Members', 'Help'];
const HEADLINE = 'How To Price A Catering Job For A Large Wedding';

describe('the byline of a text dump', () => {
  it('is read off a labelled line with the date and the categories beside it', () => {
    const dump = [...MENU, '', HEADLINE, 'by Roger Hallam | Mar 11, 2023 | Catering, Weddings, Pricing Guides For Beginners', '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBe('Roger Hallam');
  });

  it('is read where the flattening ran the label into the name', () => {
    const dump = [...MENU, '', HEADLINE, 'ByRoger Hallam', '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBe('Roger Hallam');
  });

  it('is the name after a label within a line, or beside the date a line holds', () => {
    const posted = [...MENU, '', HEADLINE, 'Posted by Roger Hallam on Friday December 19, 2025 from the catering dept.', '', ...PROSE].join('\n');
    expect(extract(posted).byline).toBe('Roger Hallam');
    const dated = [...MENU, '', HEADLINE, 'Roger Hallam July 13, 2025 — 7 minutes read', '', ...PROSE].join('\n');
    expect(extract(dated).byline).toBe('Roger Hallam');
    const glued = [...MENU, '', HEADLINE, 'Dec 17, 2025Roger Hallam', '', ...PROSE].join('\n');
    expect(extract(glued).byline).toBe('Roger Hallam');
  });

  it('is a line that is only a name just under the headline, not a section or a button there', () => {
    expect(extract([...MENU, '', HEADLINE, 'Roger Hallam', 'Start free trial', '', ...PROSE].join('\n')).byline).toBe('Roger Hallam');
    expect(extract([...MENU, '', HEADLINE, 'Table of Contents', '', ...PROSE].join('\n')).byline).toBeNull();
    expect(extract([...MENU, '', HEADLINE, 'Wedding Catering Guide', '', ...PROSE].join('\n')).byline).toBeNull();
    // further down, a name line is a section's or a menu's
    expect(extract([...MENU, '', HEADLINE, 'Catering', 'Weddings', 'Roger Hallam', '', ...PROSE].join('\n')).byline).toBeNull();
  });

  it('is not the label of the date beside it, nor a button’s word', () => {
    expect(extract([...MENU, '', HEADLINE, 'Roger Hallam', 'Published on', 'March 11, 2023', '', ...PROSE].join('\n')).byline).toBe('Roger Hallam');
    expect(extract([...MENU, '', HEADLINE, 'Last Updated:', 'March 11, 2023', '', ...PROSE].join('\n')).byline).toBeNull();
    expect(extract([...MENU, '', HEADLINE, 'March 11, 2023', '+ Follow', '', ...PROSE].join('\n')).byline).toBeNull();
  });

  it('is no words of the headline a dated line repeats', () => {
    const dump = [...MENU, '', HEADLINE, 'Large Wedding Catering 2025', '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBeNull();
  });

  it('is not a capitalised word split after a label-like start', () => {
    const dump = [...MENU, '', HEADLINE, 'DiCaprio', '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBeNull();
  });

  it('is the name an author’s picture gives, without the sentence about them', () => {
    const dump = (line: string) => [...MENU, '', HEADLINE, line, '', ...PROSE].join('\n');
    expect(extract(dump('Headshot of Roger Hallam, a Texas-based caterer who has cooked for weddings, fairs and county festivals for more than twenty years')).byline).toBe('Roger Hallam');
    expect(extract(dump("Roger Hallam's image")).byline).toBe('Roger Hallam');
  });

  it('is the name a labelled line prints far under a long story, not a word the story writes', () => {
    const long = [...PROSE, ...PROSE, ...PROSE, ...PROSE, ...PROSE];
    const dump = (line: string) => [...MENU, '', HEADLINE, '', ...long, 'Share this', 'Related', 'Smoker Reviews', line, 'Subscribe'].join('\n');
    expect(extract(dump('Written by Roger Hallam')).byline).toBe('Roger Hallam');
    expect(extract(dump('Written by: Roger Hallam, Contributor')).byline).toBe('Roger Hallam, Contributor');
    expect(extract(dump('By members')).byline).toBeNull();
  });

  it('is the name under a lone label in the author box at the story’s foot', () => {
    const dump = [...MENU, '', HEADLINE, '', ...PROSE, 'My photo', 'Article by', 'Roger Hallam', 'Subscribe'].join('\n');
    expect(extract(dump).byline).toBe('Roger Hallam');
  });

  it.each([['Article by Roger Hallam'], ['Thread starter Roger Hallam'], ['Escrito por Roger Hallam'], ['Geschrieben von Roger Hallam']])('takes the name after `%s`', (line) => {
    const dump = [...MENU, '', HEADLINE, line, '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBe('Roger Hallam');
  });

  it.each([['Picture of Roger Hallam Roger Hallam'], ['Roger Hallam’s avatar'], ['Roger Hallam Avatar'], ['Foto von Roger Hallam']])('takes the name of the author’s picture `%s`', (line) => {
    const dump = [...MENU, '', HEADLINE, line, '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBe('Roger Hallam');
  });

  it('takes no words of a line about avatars for a name', () => {
    const dump = [...MENU, '', HEADLINE, 'Create your avatar now', '', ...PROSE].join('\n');
    expect(extract(dump).byline).toBeNull();
  });

  it('is the first part of a byline of parts, not a later part that looks like a name', () => {
    expect(splitDatedByline({ byline: 'Craig Randall , Alli Miles , Eszter Horanyi on | Comments', date: '2024-01-01' }, 'en').byline).toBe('Craig Randall , Alli Miles , Eszter Horanyi on');
    expect(splitDatedByline({ byline: 'Jason Rostar | SEO | 8 min Read', date: null }, 'en').byline).toBe('Jason Rostar');
  });
});
