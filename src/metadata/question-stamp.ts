/**
 * The asker of a question-and-answer site's question, as a dump prints it: the question's stamp
 * (`asked Feb 11, 2011 at 23:49`) far under the headline, past the question and its editor's
 * stamp, over the asker's name (after their picture's text, as lynx prints it:
 * `drat's user avatar`), then their reputation. The stamp names no one; the line under it does.
 */
import type { ScoredBlock } from '../model/index.js';
import { AUTHOR_PICTURE, QUESTION_STAMP } from '../vocab/index.js';
import { BYLINE_LINE_MAX_CHARS, NAME_LINE_MAX_WORDS } from '../settings.js';
import { authorName } from './printed-lines.js';
import { mapped } from '../model/mapped.js';

/** Lines under the stamp that may stand before the name: the asker's picture. */
const BEFORE_NAME = 1;

/** The name under the first question stamp from the headline (`at`) on, or null where there is none or no name follows it. */
export function questionAsker(blocks: readonly ScoredBlock[], at: number): string | null {
  for (let i = Math.max(0, at); i < blocks.length; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length > BYLINE_LINE_MAX_CHARS || !QUESTION_STAMP.test(text)) continue;
    const line = mapped(blocks.slice(i + 1, i + 2 + BEFORE_NAME), (b) => b.text.trim()).find((l) => !AUTHOR_PICTURE.test(l));
    const name = line === undefined ? null : authorName(line);
    return name !== null && name.split(' ').length <= NAME_LINE_MAX_WORDS ? name : null;
  }
  return null;
}
