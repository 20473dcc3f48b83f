import { describe, expect, it } from 'vitest';
import { findDate, isoDate } from '../../src/metadata/date.js';
import { splitDatedByline } from '../../src/metadata/text.js';
import { extract } from '../../src/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('dates a program can read', () => {
  // shapes found in the benchmarks' pages and dumps
  it.each([
    ['2025-01-29T20:47:55+00:00', 'en', '2025-01-29T20:47:55Z'],
    ['2015-04-06T13:52:00.000-04:00', 'en', '2015-04-06T13:52:00-04:00'],
    ['2023-05-17T00:00:00+0000', 'en', '2023-05-17T00:00:00Z'],
    ['2025-11-25 08:33:24', 'en', '2025-11-25'],
    ['2025-06-17', 'en', '2025-06-17'],
    ['Feb 08, 2022', 'en', '2022-02-08'],
    ['November 25, 2025', 'en', '2025-11-25'],
    ['Thu, 09/25/2025 - 11:38', 'en', '2025-09-25'],
    ['4/24/2000 12:00:00 AM', 'en', '2000-04-24'],
    ['13/11/2025 09:21:40', 'en', '2025-11-13'],
    ['22. November 2019', 'de', '2019-11-22'],
    ['3 mars 2024', 'fr', '2024-03-03'],
    ['12 de marzo de 2024', 'es', '2024-03-12'],
    ['2024年3月12日', 'ja', '2024-03-12'],
    ['12.03.2024', 'pl', '2024-03-12'],
    ['11/19/19 06:56 AM EST', 'en', '2019-11-19T06:56:00-05:00'],
  ])('%s (%s) is %s', (raw, lang, iso) => {
    expect(isoDate(raw, lang)).toBe(iso);
  });

  it('gives no date for a relative time or a date without its year', () => {
    expect(isoDate('3 hours ago', 'en')).toBeNull();
    expect(isoDate('Posted on March 3', 'en')).toBeNull();
    expect(isoDate('Updated yesterday', 'en')).toBeNull();
  });

  it('finds where the date is written in a longer line', () => {
    expect(findDate('Tess Bonn - 11/19/19 06:56 AM EST', 'en')).toMatchObject({ text: '11/19/19 06:56 AM EST', index: 12 });
  });

  it('splits a dump byline that carries the date into both', () => {
    expect(splitDatedByline({ byline: 'Tess Bonn - 11/19/19 06:56 AM EST', date: null }, 'en')).toEqual({ byline: 'Tess Bonn', date: '11/19/19 06:56 AM EST' });
    expect(splitDatedByline({ byline: 'Tess Bonn', date: 'May 1, 2020' }, 'en')).toEqual({ byline: 'Tess Bonn', date: 'May 1, 2020' });
  });

  it('keeps the page’s own string beside the ISO date in the result', () => {
    const story = 'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus.';
    const html = `<html><head><meta property="article:published_time" content="Feb 08, 2022"></head><body><article><p>${story}</p><p>${story}</p></article></body></html>`;
    const result = extract(html);
    expect(result.date).toBe('2022-02-08');
    expect(result.dateRaw).toBe('Feb 08, 2022');
  });
});

describe('a line that holds more than one date', () => {
  it.each([
    ['Published Apr 26, 2023 Updated Aug 21, 2025', '2023-04-26'],
    ['Updated November 11, 2022 Originally published November 9, 2022', '2022-11-09'],
    ['Posted on Nov 21, 2018 Updated at Dec 10, 2025', '2018-11-21'],
    ['Mis à jour le 3 mai 2024, publié le 1 mai 2024', '2024-05-01', 'fr'],
    ['Aktualisiert am 23. November 2019, veröffentlicht am 22. November 2019', '2019-11-22', 'de'],
  ])('%s is the publication’s, not the update’s', (text, iso, lang = 'en') => {
    expect(isoDate(text, lang)).toBe(iso);
  });

  it('is the first where none is labelled, even with no space after the first year', () => {
    expect(isoDate('Posted on June 29, 2020November 12, 2021', 'en')).toBe('2020-06-29');
    expect(isoDate('By Sarah July 30, 2019 January 18, 2023', 'en')).toBe('2019-07-30');
  });

  it('is the update’s when it is the only one', () => {
    expect(findDate('Last updated: Jul 22, 2021', 'en')).toMatchObject({ iso: '2021-07-22', updated: true });
    expect(findDate('Posted July 22, 2021', 'en')).toMatchObject({ iso: '2021-07-22', updated: false });
  });
});

describe('a date with a month named in a language the parser does not read, or not the page’s', () => {
  it.each([
    ['By: FlowGuard EMEA on 04-ago-2021 5:11:10', 'en', '2021-08-04'],
    ['12 marca 2024', 'pl', '2024-03-12'],
    ['5. lokakuuta 2023', 'fi', '2023-10-05'],
    ['12 Mart 2024', 'tr', '2024-03-12'],
    ['2 listopadu 2023', 'cs', '2023-11-02'],
    ['Joi, 12 martie 2024', 'ro', '2024-03-12'],
    // a dump's language judged wrong: the English month still reads
    ['OCTOBER 13, 2025', 'de', '2025-10-13'],
    ['December 19. 2025', 'en', '2025-12-19'],
  ])('%s (%s) is %s', (text, lang, iso) => {
    expect(isoDate(text, lang)).toBe(iso);
  });

  it('is none where the numbers make no day, or the name is another month in another language', () => {
    expect(isoDate('31 kwietnia 2024', 'pl')).toBeNull();
    // `listopad` is November in Czech and Polish, October in Croatian
    expect(isoDate('15 listopad 2023', 'hr')).toBeNull();
    expect(isoDate('The 3 items of 2024', 'en')).toBeNull();
  });
});

describe('a date glued to the word before it', () => {
  it.each([
    ['Shauna MitchellAugust 25, 2024COPIED!', '2024-08-25'],
    ['Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', '2022-12-22'],
    ['PublishedFeb 2, 2023', '2023-02-02'],
  ])('%s reads once parted', (text, iso) => {
    expect(isoDate(text, 'en')).toBe(iso);
  });
});

describe('a date in a long text', () => {
  it('is looked for in its opening only: a date is a few words, and the parser slows with the text', () => {
    expect(isoDate(`${'March 3, 2024 '.repeat(20_000)}x`, 'en')).toBe('2024-03-03');
    expect(isoDate(`${'word '.repeat(100)}May 1, 2020`, 'en')).toBeNull();
  });
});

describe('every date a result gives', () => {
  const ISO_8601 = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2}))?$/;
  const root = new URL('../../fixtures/', import.meta.url).pathname;
  const inputs = readdirSync(join(root, 'pages')).filter((page) => !page.includes('.')).flatMap((page) => readdirSync(join(root, 'pages', page)).filter((f) => f.startsWith('input')).map((f) => join(root, 'pages', page, f)));

  it('is ISO 8601 or null, on every reviewed page and dump', () => {
    expect(inputs.length).toBeGreaterThan(20);
    for (const input of inputs) {
      const { date } = extract(readFileSync(input));
      if (date !== null) expect(date, input).toMatch(ISO_8601);
    }
  });
});
