import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { isoDate } from '../../src/metadata/date.js';
import { authorName } from '../../src/metadata/printed-lines.js';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.',
  'Officials said the plan would cost about twelve million dollars over three years and that most of the money would come from a regional transport grant approved last spring.',
  'Residents who spoke at the meeting were mostly in favour, although several asked why the new routes would not run late in the evening when shift workers need them most.',
  'The first of the new buses will run in March, and the council expects the whole network to be in service before the end of next year, weather permitting.',
];
const dump = (...top: string[]) => extract(['Home', 'News', 'Sport', '', 'Council Expands The Bus Network To The Suburbs', ...top, '', ...PROSE].join('\n'));

describe('a dump’s printed byline and date', () => {
  it('are read off a stamp by the headline, the date taken off the name', () => {
    const result = dump('Dakota Hebert July 3, 2025');
    expect(result).toMatchObject({ byline: 'Dakota Hebert', date: '2025-07-03' });
  });

  it('take a line that is only a name beside the date line, across a count', () => {
    expect(dump('Brian Jenney', '6 min read', 'Dec 1, 2025')).toMatchObject({ byline: 'Brian Jenney', date: '2025-12-01' });
  });

  it('take the name a label gives, with or without a space after its colon, and no field’s value', () => {
    expect(dump('Written by:Elise Nass').byline).toBe('Elise Nass');
    expect(authorName('Modified: by Jessica Robinson')).toBe('Jessica Robinson');
    expect(authorName('Publisher: Facepunch Studios')).toBeNull();
    expect(authorName('hello@shop.example')).toBeNull();
  });

  it('take the date off a short line beside the headline, glued to a name', () => {
    expect(dump('Dec 17, 2025Julian K. Arni').date).toBe('2025-12-17');
  });

  it('take a publication’s date line over an update’s nearer the headline', () => {
    expect(dump('edited Jul 21, 2020 at 0:25', 'asked Aug 5, 2016 at 4:16').date).toBe('2016-08-05');
    expect(dump('Last updated: Jul 21, 2020').date).toBe('2020-07-21');
    // a date after the update's is a later post's stamp, not the publication
    expect(dump('Last updated: Jul 21, 2020', 'Posted Aug 5, 2020').date).toBe('2020-07-21');
  });

  it('never take a forum member’s join date for the post’s, on its line or after its label', () => {
    expect(dump('Joined: Mon Jul 24, 2017 9:28 am', 'Post by changingtimes » Sat Feb 24, 2024 12:41 pm').date).toBe('2024-02-24');
    expect(dump('Joined', 'Jun 29, 2016', 'Posted Jul 18, 2024').date).toBe('2024-07-18');
    expect(dump('Mitglied seit: 3. März 2019', '5. Mai 2024').date).toBe('2024-05-05');
  });

  it('take no word of one after a date line for a name, but a login there, and no month', () => {
    expect(dump('Dec 1, 2025', 'Contents').byline).toBeNull();
    expect(dump('Brian Jenney July 3, 2025', 'Contents').byline).toBe('Brian Jenney');
    expect(dump('Dec 1, 2025', 'archuser38013').byline).toBe('archuser38013');
    expect(dump('Stefan', 'Dec 1, 2025').byline).toBe('Stefan');
    expect(dump('June', 'Dec 1, 2025').byline).toBeNull();
  });

  it('take no picture’s alternative text for a name, as lynx prints an author’s picture', () => {
    expect(dump('author image', 'Written by: Brian Jenney, Senior Analyst').byline).toBe('Brian Jenney, Senior Analyst');
    expect(dump('author avatar author avatar', 'Written by: Brian Jenney').byline).toBe('Brian Jenney');
    expect(dump('Autor: Foto').byline).toBeNull();
  });

  it('take the name after a lone byline label', () => {
    expect(dump('By', 'Maria Jensen').byline).toBe('Maria Jensen');
  });

  it('do not take a date line that holds no full date for the date', () => {
    expect(dump('7 min read', 'March 4, 2025').date).toBe('2025-03-04');
  });

  it('leave a name that is a sentence, and a dump with none, without a byline', () => {
    expect(dump('Officials said on Monday that the plan was approved', 'March 4, 2025').byline).toBeNull();
    expect(dump().byline).toBeNull();
  });
});

describe('names on byline lines', () => {
  it.each([
    ['David Hartshorne•Updated on Jul 4, 2024 •28 min read', 'David Hartshorne'],
    ['By Daniel Gibson | Mar 11, 2023 | All About Brakes', 'Daniel Gibson'],
    ['Noah_B August 31, 2023, 3:32pm 1', 'Noah_B'],
    ['SILVERBACK STRATEGIES | OCTOBER 15, 2025', 'SILVERBACK STRATEGIES'],
  ])('%s is %s', (line, name) => {
    expect(authorName(line)).toBe(name);
  });
});

describe('dates a dump glued to what follows them', () => {
  it.each([
    ['February 22, 2026February 22, 2026', '2026-02-22'],
    ['April 26, 2024Updated on: October 28, 2024', '2024-04-26'],
    ['Updated November 11, 20228:23 PM ET', '2022-11-11T20:23:00-05:00'],
  ])('%s is %s', (raw, iso) => {
    expect(isoDate(raw, 'en')).toBe(iso);
  });
});

describe('a post’s stamp beside a line that is only words', () => {
  it('names the poster, not the thread’s category over it', () => {
    expect(dump('ChatGPT Bugs', 'DaleJack September 5, 2024, 11:15pm 1').byline).toBe('DaleJack');
  });

  it('is no stamp without a time: its words are an icon’s label under the author’s name', () => {
    expect(dump('Roger Hallam', 'calendar August 23, 2023').byline).toBe('Roger Hallam');
  });
});
