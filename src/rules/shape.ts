/** jusText's core: once no evidence of boilerplate is found, the block's size and stopwords grade it. */
import { HEADLINE_MAX_WORDS, LONG_WORDS, PROSE_STOPWORDS, PROSE_WORDS, SHORT_WORDS } from '../settings.js';
import type { Rule } from './rule.js';

const CLAUSE_MARK = /[,;:，、；：]/;

const LONG_PROSE =
  'The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the eastern suburbs with the hospital and the university campus before the end of the year, officials said after a long meeting.';

export const SHAPE_RULES: Rule[] = [
  {
    id: 'code-or-table', grade: 'near',
    test: (e) => e.block.kind === 'code' || e.block.kind === 'table',
    reason: (e) => e.block.kind,
    examples: { fires: [{ text: 'const x = 1;', kind: 'code' }], passes: ['const x = 1;'] },
  },
  {
    // Headline Case is for headlines and pitches; in a story it is a heading, and stays only as one
    id: 'headline-case', grade: 'short', maxWords: HEADLINE_MAX_WORDS,
    test: (e) => e.f.titleCase,
    reason: 'headline-cased line',
    examples: { fires: ['Stocks Rally After Central Bank Holds Rates'], passes: ['Stocks rallied after the central bank held rates.'] },
  },
  {
    // a long run of words with no sentence and no clause is a tag cloud or a keyword list
    id: 'no-sentence', grade: 'near',
    test: (e) => e.f.words >= LONG_WORDS && e.f.sentences === 0 && !CLAUSE_MARK.test(e.text),
    reason: (e) => `${e.f.words} words, no sentence`,
    examples: {
      fires: ['apples pears plums cherries grapes melons lemons limes oranges peaches apricots figs dates kiwis mangoes papayas guavas lychees berries currants nuts seeds grains oats barley wheat rye corn rice beans peas lentils chickpeas soy tofu tempeh seitan milk cheese butter'],
      passes: [LONG_PROSE],
    },
  },
  {
    id: 'long-prose', grade: 'good',
    test: (e) => e.f.words >= LONG_WORDS,
    reason: (e) => `prose, ${e.f.words} words`,
    examples: { fires: [LONG_PROSE], passes: ['The council voted on Tuesday to expand the bus network by four routes.'] },
  },
  {
    id: 'prose', grade: 'good',
    test: (e) => e.f.words >= PROSE_WORDS && e.f.stopwordDensity >= PROSE_STOPWORDS,
    reason: (e) => `prose, ${e.f.words} words, ${Math.round(e.f.stopwordDensity * 100)}% stopwords`,
    examples: { fires: ['The council voted on Tuesday to expand the bus network by four routes.'], passes: ['Council votes Tuesday: bus network expansion, four routes, eastern suburbs, hospital link.'] },
  },
  {
    id: 'short', grade: 'short', maxWords: SHORT_WORDS,
    test: () => true,
    reason: (e) => `short, ${e.f.words} words`,
    examples: { fires: ['Weather and traffic'], passes: ['Council votes Tuesday: bus network expansion, four routes, eastern suburbs, hospital link.'] },
  },
  {
    id: 'borderline', grade: 'near',
    test: () => true,
    reason: (e) => `${e.f.words} words, ${Math.round(e.f.stopwordDensity * 100)}% stopwords`,
    examples: { fires: ['Council votes Tuesday: bus network expansion, four routes, eastern suburbs, hospital link.'], passes: [] },
  },
];
