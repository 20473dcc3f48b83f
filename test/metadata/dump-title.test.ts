import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { dumpTitleText } from '../../src/metadata/dump-title.js';

const PROSE = [
  'The catering business grew quickly last year, and many of our members asked how to price a smoked brisket dinner for a wedding of two hundred guests.',
  'Most of the replies agreed that the smoker itself is rarely the limit: the holding cabinets, the transport and the staff on the day decide how many guests one cook can serve.',
  'Several members added that a written contract with a clear deposit saved them from the late cancellations that used to cost them a whole weekend of work.',
];

const MENU = ['Home', 'Forums', 'Recipes', 'Equipment', 'Events', 'Shop', 'Members', 'Help'];

describe('the headline of a text dump', () => {
  it('may be two words long where a date line follows it as one follows a headline', () => {
    const dump = [...MENU, '', 'Catering Tips', 'March 3, 2024', '', ...PROSE].join('\n');
    expect(extract(dump).title).toBe('Catering Tips');
  });

  it('is found far before the story opening, past a long run of controls and menu lines', () => {
    const controls = Array.from({ length: 30 }, (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'x' : ''}`);
    const dump = [...MENU, '', 'How to price a catering job for a large wedding', 'March 3, 2024', '', ...controls, '', ...PROSE].join('\n');
    expect(extract(dump).title).toBe('How to price a catering job for a large wedding');
  });

  it('is the line a flattened page printed twice in a row (a heading and its label), over a like line nearer the story', () => {
    const [doubled, single] = ['Smoked Brisket Catering Dinner Prices', 'Smoked Brisket Catering Dinner Costs'];
    // the single line stands twice too, though apart (in the footer): the pair is what tells them apart
    const dump = [...MENU, '', doubled, doubled, 'Share', 'Print', single, '', ...PROSE, '', 'Contact', single].join('\n');
    expect(extract(dump).title).toBe(doubled);
  });

  it('is not a numbered section head of the story', () => {
    const dump = [...MENU, '', 'Catering Tips From Our Members', 'March 3, 2024', '', '1. Pricing Brisket Catering Dinners', ...PROSE].join('\n');
    expect(extract(dump).title).toBe('Catering Tips From Our Members');
  });

  it('is the line above the author’s name and the share bar, not the name a date line follows', () => {
    const story = ['Our caterer has served weddings for twenty years, and many of our members asked him how to price a smoked brisket dinner for two hundred guests.', ...PROSE.slice(1)];
    const dump = [...MENU, '', 'Pricing catering for a big party', 'Share', 'Print', 'Email', 'Roger Hallam', 'March 3, 2024', '', ...story].join('\n');
    expect(extract(dump).title).toBe('Pricing catering for a big party');
  });
});

describe('the headline of a lynx dump', () => {
  const indented = (lines: string[]) => lines.map((l) => `   ${l}`);
  const story = ['Our caterer has served weddings for twenty years, and members asked him how to price a smoked brisket dinner for two hundred guests.', ...PROSE.slice(1)];

  it('is the line lynx sets flush left, as it sets headings, not an indented line of the same shape nearer the story', () => {
    const dump = [...indented(MENU), '', 'Pricing Catering For A Big Wedding', '', ...indented(['Catering Guides For Brisket Dinners Weddings', '']), ...indented(story)].join('\n');
    expect(extract(dump).title).toBe('Pricing Catering For A Big Wedding');
  });

  it('is judged without the margin where the dump indents nothing', () => {
    const dump = [...MENU, '', 'Pricing Catering For A Big Wedding', '', 'Catering Guides For Brisket Dinners Weddings', '', ...story].join('\n');
    expect(extract(dump).title).toBe('Catering Guides For Brisket Dinners Weddings');
  });
});

describe('the title a dump’s headline gives', () => {
  it('leaves off a site’s name that follows the headline’s one pipe, as a <title> prints it', () => {
    const dump = [...MENU, '', 'Pricing catering for a big party | Cookshack', 'March 3, 2024', '', ...PROSE].join('\n');
    expect(extract(dump).title).toBe('Pricing catering for a big party');
  });

  it('keeps a long second half after a pipe, and a line of several pipes, whole', () => {
    expect(dumpTitleText('Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market')).toBe('Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market');
    expect(dumpTitleText('Home | Forums | Recipes')).toBe('Home | Forums | Recipes');
    expect(dumpTitleText('How meditation rewires brains | Opinion')).toBe('How meditation rewires brains');
  });
});
