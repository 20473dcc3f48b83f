/**
 * Lines that are all metadata: interface words, counters and relative times, dates, bylines.
 * Short lines only; a line of several such parts (`Nov 19, 2019 • 2 min read`) is one too.
 */
import type { Verdict } from '../model/index.js';
import { HAS_DIGIT, isRelativeTimeLine, isStampLine, isWordyDateLine } from '../vocab/dates.js';
import {
  BYLINE_LINE, COMMENT_AUTHOR_LINE, COUNTER_LINE, DATE_LINE, DATE_WORD, META_SEPARATOR, NAME_AND_DATE, POSITION_LINE, PUBLICATION_STAMP,
  READING_TIME_LINE, SHARE_LINE, SOURCE_LINE, UI_LINE,
} from '../vocab/index.js';
import { BOILERPLATE_MAX_WORDS, DATE_STAMP_SHARE, META_LINE_MAX_WORDS, STAMP_MAX_WORDS } from '../settings.js';
import { ruleName, verdictOf, type BlockEvidence, type Rule } from './rule.js';

const INTERFACE = 'interface text';
const COUNTER = 'counter or relative time';
const BYLINE = 'byline or source line';

/**
 * The rules a part of a meta line is tried with, in order. Most short lines (menu items,
 * headings) have no digit, which the counter, date and stamp patterns all need: it is tested first.
 */
const META_PART_RULES: Rule[] = [
  {
    id: 'interface-line', family: 'ui', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: INTERFACE,
    test: (e) => UI_LINE.test(e.text),
    examples: { fires: ['Share this article', 'Read more »', 'Weiterlesen', 'Advertisement'], passes: ['Share prices fell sharply on Monday morning.'] },
  },
  {
    id: 'share-line', family: 'ui', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: INTERFACE,
    test: (e) => SHARE_LINE.test(e.text),
    examples: { fires: ['Share: Facebook Twitter LinkedIn', 'Artikel teilen: Facebook'], passes: ['Shareholders met in Paris.'] },
  },
  {
    id: 'counter', family: 'counter', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: COUNTER,
    test: (e) => COUNTER_LINE.test(e.text),
    examples: { fires: ['12 comments', '3 min read', 'yesterday'], passes: ['12 comments were left by angry readers of the story.'] },
  },
  {
    id: 'reading-time', family: 'counter', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: COUNTER,
    test: (e) => HAS_DIGIT.test(e.text) && READING_TIME_LINE.test(e.text),
    examples: { fires: ['Reading time: 3 minutes', 'Lesezeit: 4 Min.'], passes: ['Reading time matters to editors.'] },
  },
  {
    id: 'relative-time', family: 'counter', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: COUNTER,
    test: (e) => isRelativeTimeLine(e.text),
    examples: { fires: ['vor 3 Stunden', 'il y a 2 jours'], passes: ['Three hours later the rescue team arrived.'] },
  },
  {
    id: 'date-line', family: 'date', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: 'date line',
    test: (e) => HAS_DIGIT.test(e.text) && DATE_LINE.test(e.text),
    examples: { fires: ['Published: 12/03/2021', 'November 19, 2019'], passes: ['In 2019 the plant closed for good.'] },
  },
  {
    id: 'wordy-date', family: 'date', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: 'date line',
    test: (e) => isWordyDateLine(e.text),
    examples: { fires: ['22 ноября 2019', 'sexta-feira, 22 de outubro de 2010 às 20:13'], passes: ['The November 2019 vote was close.'] },
  },
  {
    id: 'name-and-date', family: 'byline', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: 'byline with date',
    test: (e) => HAS_DIGIT.test(e.text) && NAME_AND_DATE.test(e.text),
    examples: { fires: ['Chris Davies - Nov 19, 2019, 10:31 pm CST'], passes: ['Chris Davies said the 2019 figures were wrong.'] },
  },
  {
    id: 'byline', family: 'byline', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: BYLINE,
    test: (e) => BYLINE_LINE.test(e.text),
    examples: { fires: ['By Jane Doe', 'Author: Max Mustermann'], passes: ['Bystanders watched the fire spread.'] },
  },
  {
    id: 'source-line', family: 'byline', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: BYLINE,
    test: (e) => SOURCE_LINE.test(e.text),
    examples: { fires: ['Source: Reuters', 'Quelle: dpa'], passes: ['Resources for teachers and parents.'] },
  },
  {
    id: 'comment-author', family: 'byline', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: 'comment author line',
    test: (e) => COMMENT_AUTHOR_LINE.test(e.text),
    examples: { fires: ['jjackwagon says:', 'Milan on September 12, 2018 at 4:47 pm said:'], passes: ['The mayor says the budget is balanced.'] },
  },
];

/** The verdict of the first meta rule a part of a line satisfies, or null. */
function metaPart(part: BlockEvidence): Verdict | null {
  const rule = META_PART_RULES.find((r) => r.test(part));
  return rule ? verdictOf(rule, part) : null;
}

/** Every part of the line between `•` or `|` separators is metadata. */
const metaParts: Rule = {
  id: 'meta-parts', name: 'meta/meta-parts', grade: 'bad', maxWords: META_LINE_MAX_WORDS, reason: 'meta parts',
  test: (e) => metaPartsVerdict(e) !== null,
  verdict: (e) => metaPartsVerdict(e),
  examples: { fires: ['12 comments | Share', 'Updated 3 hours ago • Reading time: 4 minutes'], passes: ['Rain | Wind and a long night for the crews on the coast.'] },
};

function metaPartsVerdict(e: BlockEvidence): Verdict | null {
  if (!META_SEPARATOR.test(e.text)) return null;
  // the first part that is not metadata decides: the parts after it are not tried
  let first: Verdict | null = null;
  for (const text of e.text.split(META_SEPARATOR)) {
    const verdict = metaPart({ ...e, text });
    if (!verdict) return null;
    first ??= verdict;
  }
  if (!first) return null;
  return { ...first, reason: `${first.reason} and more`, rule: ruleName(metaParts) };
}

/** A stamp is made of dates and times; a sentence that starts `Published in 1998, the book…` is not. */
function mostlyDateWords(text: string): boolean {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.filter((t) => DATE_WORD.test(t)).length >= tokens.length * DATE_STAMP_SHARE;
}

export const META_LINE_RULES: Rule[] = [
  ...META_PART_RULES,
  metaParts,
  {
    id: 'stamp', family: 'date', grade: 'bad', maxWords: STAMP_MAX_WORDS, reason: 'dateline or byline stamp',
    test: (e) => isStampLine(e.text),
    examples: { fires: ['By Jane Doe and John Roe, Published Nov. 19, 2019 6:18 p.m. ET'], passes: ['By the end of November 2019 the plant had closed.'] },
  },
];

/** Counters and stamps that run longer than a meta line, among the notices. */
export const COUNTER_RULES: Rule[] = [
  {
    id: 'position', family: 'counter', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: 'counter',
    test: (e) => POSITION_LINE.test(e.text),
    examples: { fires: ['Wordcount: 717'], passes: ['Page after page of figures.'] },
  },
  {
    id: 'publication-stamp', family: 'date', grade: 'bad', belowWords: BOILERPLATE_MAX_WORDS, reason: 'publication stamp',
    test: (e) => PUBLICATION_STAMP.test(e.text) && mostlyDateWords(e.text),
    examples: { fires: ['Published: Nov. 19, 2019, 6:18 p.m. ET | Updated: Nov. 20, 2019, 9:02 a.m. ET | Last updated: Nov. 21, 2019, 10:15 a.m. ET'], passes: ['Published in 1998, the book sold a million copies.'] },
  },
];
