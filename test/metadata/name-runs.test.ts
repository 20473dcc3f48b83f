import { describe, expect, it } from 'vitest';
import { nameAfterLabel, nameBesideDate, openingName, spacedDates } from '../../src/metadata/name-runs.js';
import { stopwordsFor } from '../../src/detect/language.js';
import { BYLINE_WITHIN } from '../../src/vocab/index.js';

const en = stopwordsFor('en');

describe('the names a line prints without a label opening it', () => {
  it('finds a byline label within a line, not within a word', () => {
    for (const line of ['Posted by BeauHD on Friday', '03/01/2017 by Agatha Caleo', 'Discussion started by AjayJunkies', 'Publié par Jean Dupont']) expect(new RegExp(BYLINE_WITHIN).test(line), line).toBe(true);
    for (const line of ['Bypass surgery saved him', 'Standby mode', 'Lobby']) expect(new RegExp(BYLINE_WITHIN).test(line), line).toBe(false);
  });

  it('takes the name after a label inside the line, up to the date or the words after it', () => {
    expect(nameAfterLabel('Posted by Jane Doe on Friday December 19, 2025 @08:00PM from the jobs dept.', en)).toBe('Jane Doe');
    expect(nameAfterLabel('03/01/2017 by Agatha Caleo, Candidate Representative', en)).toBe('Agatha Caleo');
    expect(nameAfterLabel("Discussion in 'Social Networks' started by AjayJunkies, May 11, 2024.", en)).toBe('AjayJunkies');
    expect(nameAfterLabel('Hybrid Computing by Alphabyte1: 3:21pm On Mar 09, 2023', en)).toBe('Alphabyte1');
    expect(nameAfterLabel('Ein Bericht von Anna Schmidt, 3. März 2024', stopwordsFor('de'))).toBe('Anna Schmidt');
    // a login in lower case is a name where the stamp's date follows it
    expect(nameAfterLabel('Posted by johnanddoc on 07/03/24 02:57 PM', en)).toBe('johnanddoc');
    expect(nameAfterLabel("Discussion in 'Hosting Advice' started by pelex, May 26, 2025.", en)).toBe('pelex');
    expect(nameAfterLabel('Geschrieben von anna_s am 3. Mai 2024', stopwordsFor('de'))).toBe('anna_s');
    expect(nameAfterLabel('Posted by admins of the club', en)).toBeNull();
  });

  it('takes no name from a preposition within a sentence', () => {
    expect(nameAfterLabel('The house was inspired by Frank Lloyd Wright and his students', en)).toBeNull();
    expect(nameAfterLabel('Il progetto di dieci anni fa', stopwordsFor('it'))).toBeNull();
    expect(nameAfterLabel('Powered by WordPress', en)).toBeNull();
  });

  it('takes the name a dated line prints before or after its date', () => {
    expect(nameBesideDate('Kristian Larsen July 13, 2025 — 7 minutes read', en)).toBe('Kristian Larsen');
    expect(nameBesideDate('Dec 26, 2025 • Mahua Das in Project Management', en)).toBe('Mahua Das');
    expect(nameBesideDate('Updated December 3, 2025 | 5 min read', en)).toBeNull();
    expect(nameBesideDate('POSTED ON Jan 13, 2025', en)).toBeNull();
  });

  it('spaces off a date the flattening glued to a name, not a name’s own capitals', () => {
    expect(spacedDates('Dec 17, 2025Julian K. Arni')).toBe('Dec 17, 2025 Julian K. Arni');
    expect(spacedDates('ByKathryn GiuffridaMar 5, 2025')).toBe('ByKathryn Giuffrida Mar 5, 2025');
    expect(spacedDates('Rebecca MacFarlane')).toBe('Rebecca MacFarlane');
  });

  it('reads a name of two capitalised words or more, its particles, no stopwords and no label in capitals', () => {
    expect(openingName('Ludwig van Beethoven', en)).toBe('Ludwig van Beethoven');
    expect(openingName('Table of Contents', en)).toBeNull();
    expect(openingName('TECH WRITER', en)).toBeNull();
    expect(openingName('Krystyna', en)).toBeNull();
  });
});
