import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { questionAsker } from '../../src/metadata/question-stamp.js';
import type { ScoredBlock } from '../../src/model/index.js';

const QUESTION = [
  'I am starting a small catering service for friends and neighbours, and the first event is a birthday party for about forty people next month in a rented hall.',
  'The menu is curry and rice, fried chicken, vegetable sticks with dips, sandwiches and small pastries, with tea and beer to drink, and I have one chafing dish and a rice cooker.',
  'What am I missing, and what should I prepare more of so that the food stays warm and safe through an evening that will last about four hours?',
];
const ANSWER = [
  'Think through how everything will be transported as well, and whether you can keep everything at safe temperatures on the way; seal every container and tape the lids.',
  'Bring extras of everything, because something is going to spill or there will be more guests than anticipated, and keep records of what got eaten for next time.',
];

/** A question-and-answer page as a dump prints it: the stamp of the question far under its headline, the asker's name under the stamp. */
function thread(asker: string[]): string {
  return [
    'Stack Exchange Network', 'Questions', 'Tags', 'Users', '',
    'What Do I Need For A Small Catering Job', 'Asked 14 years, 10 months ago', 'Modified 8 years ago', 'Viewed 2k times', '11',
    ...QUESTION, 'equipment', 'catering', 'Share', 'Improve this question', 'Follow',
    'edited Feb 12, 2011 at 21:50', 'Aaronut', '55.4k24 gold badges197 silver badges315 bronze badges',
    'asked Feb 11, 2011 at 23:49', ...asker, '159 silver badges6 bronze badges', 'Add a comment', '2 Answers',
    ...ANSWER, 'Share', 'Improve this answer', 'Follow', 'answered Feb 12, 2011 at 1:01', 'Michael Natkin', '23.4k badges',
  ].join('\n');
}

describe('the asker of a question', () => {
  it('is the name under the question’s stamp, not its editor’s nor an answer’s author', () => {
    expect(extract(thread(['KumikoGoingCrAzY'])).byline).toBe('KumikoGoingCrAzY');
  });

  it('is read past their picture’s text, as lynx prints it', () => {
    expect(extract(thread(["Kumiko Tanaka's user avatar", 'Kumiko Tanaka'])).byline).toBe('Kumiko Tanaka');
  });

  it('is not read under a stamp with no date (`Asked 14 years ago`), nor under a stamp over no name', () => {
    const block = (text: string) => ({ text }) as ScoredBlock;
    expect(questionAsker(['Asked 14 years, 10 months ago', 'Kumiko'].map(block), 0)).toBeNull();
    expect(questionAsker(['asked Feb 11, 2011 at 23:49', 'Add a comment to this question please'].map(block), 0)).toBeNull();
    expect(questionAsker(['preguntada el 3 mar. 2015 a las 10:11', 'Kumiko'].map(block), 0)).toBe('Kumiko');
  });
});
