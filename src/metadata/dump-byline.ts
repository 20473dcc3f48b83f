/**
 * The bylines a dump prints that its lines' grades miss: a labelled line graded as something else
 * (`by Daniel Gibson | Mar 11, 2023 | Brakes`), a label the flattening ran into the name
 * (`ByNina Pineda`), an author's picture by its alternative text (`Picture of Jane Doe`), and an
 * author box at the story's foot (`Written by` over a name line).
 */
import type { ScoredBlock, Verdict } from '../model/index.js';
import { AUTHOR_PICTURE, BYLINE_LINE, SHARE_LINE, SOURCE_LINE, UI_LINE, WIDGET_HEADING } from '../vocab/index.js';
import { BYLINE_LINE_MAX_CHARS, NAME_LINE_MAX_WORDS, NAME_UNDER_HEADLINE_REACH, PRINTED_CUE_REACH, STORY_FOOT_REACH } from '../settings.js';
import { BYLINE_PARTS, HOLDS_DATE, authorName, bareName, nearest, placesWithin, type Reach } from './printed-lines.js';
import { nameAfterLabel, nameBesideDate, openingName, spacedDates } from './name-runs.js';
import { titleWords } from './title-evidence.js';
import { mapped } from '../model/mapped.js';

/** A label run into a capitalised name: `ByNina`, `Written byAngela` (the label is group 1). */
const GLUED_LABEL = /^(\p{L}+(?: \p{L}+)?)(?=\p{Lu}\p{Ll})/u;

/** The line with a glued label spaced off, or null where no label is glued. */
function unglued(text: string): string | null {
  const label = GLUED_LABEL.exec(text)?.[1];
  return label ? `${label} ${text.slice(label.length)}` : null;
}

/** The name a line prints after a byline label, in any of its parts; null where no part is labelled. */
function labelledName(text: string): string | null {
  const part = text.split(BYLINE_PARTS).find((p) => BYLINE_LINE.test(p));
  return part === undefined ? null : authorName(part);
}

/** A name read off a glued label has two words at least: `DiCaprio` is a name, not `Di` over `Caprio`. */
function gluedName(text: string): string | null {
  const spaced = unglued(text);
  const name = spaced === null ? null : labelledName(spaced);
  return name !== null && name.includes(' ') ? name : null;
}

/** The name an author's picture line gives, once (lynx prints the picture's text and the name after it: `Picture of Jane Doe Jane Doe`). */
export function pictureName(text: string): string | null {
  const match = AUTHOR_PICTURE.exec(text);
  // what the text adds after a comma is the person's role (`Headshot of Jane Doe, a New York lawyer`)
  const named = match?.slice(1).find(Boolean)?.split(',')[0]!.trim();
  if (!named) return null;
  const words = named.split(/\s+/);
  const half = words.slice(0, words.length / 2).join(' ');
  return authorName(words.length % 2 === 0 && half === words.slice(words.length / 2).join(' ') ? half : named);
}

/** A line that is only a byline's label (`Written by`, `Article by:`). */
const labelOnly = (text: string) => BYLINE_LINE.exec(`${text} x`)?.[1] === 'x';

/** A name line under a lone label, in the few lines after the story's last kept one: the author box at a post's foot. */
function footByline(blocks: ScoredBlock[], at: number): string | null {
  let last = blocks.length - 1;
  while (last > at && blocks[last]!.label !== 'keep') last--;
  if (last <= at) return null;
  for (let i = last + 1; i < Math.min(blocks.length - 1, last + 1 + STORY_FOOT_REACH); i++) {
    if (!labelOnly(blocks[i]!.text)) continue;
    const name = authorName(blocks[i + 1]!.text);
    if (name && name.split(' ').length <= NAME_LINE_MAX_WORDS) return name;
  }
  return null;
}


/**
 * The name a line prints within it: after a label inside it, else beside the date it holds (see
 * `name-runs.ts`); not words of the headline (`Upcoming Tech Conferences 2026` under `The Best
 * Tech Conferences of 2026` is a teaser's, not a name).
 */
function nameWithin(text: string, stopwords: Set<string>, headline: ReadonlySet<string>): string | null {
  const dated = spacedDates(text);
  const labelled = unglued(dated);
  const spaced = labelled !== null && BYLINE_LINE.test(labelled) ? labelled : dated;
  const name = nameAfterLabel(spaced, stopwords) ?? (HOLDS_DATE.test(spaced) ? nameBesideDate(spaced, stopwords) : null);
  return name !== null && !titleWords(name).some((w) => headline.has(w)) ? name : null;
}

/**
 * A dump's byline where its graded lines gave none: a labelled or glued line by the headline,
 * a line with a label or a date inside it that holds a name, nearest first, else the story's foot;
 * on a story's page (`story`: an article, a thread), a labelled line further down.
 */
export function dumpBylineLine(blocks: ScoredBlock[], verdicts: Verdict[], at: number, stopwords: Set<string>, reach: Reach = PRINTED_CUE_REACH.author, story = true): string | null {
  const lines = mapped(placesWithin(blocks, at, reach)
    // an author's picture may carry a sentence about them (`Headshot of Jane Doe, a New York-based …`)
    .filter((i) => i !== at && (blocks[i]!.text.length <= BYLINE_LINE_MAX_CHARS || AUTHOR_PICTURE.test(blocks[i]!.text))), (i) => ({ at: i, text: blocks[i]!.text }));
  const headline = new Set(titleWords(blocks[at]!.text));
  for (const line of nearest(lines, at, reach)) {
    // a notice's `by` is no byline's: a picture's credit, a sponsor's notice
    const credited = verdicts[line.at]?.family === 'notice';
    const name = labelledName(line.text) ?? gluedName(line.text) ?? pictureName(line.text) ?? (credited ? null : nameWithin(line.text, stopwords, headline));
    if (name) return name;
  }
  return footByline(blocks, at) ?? nameUnderHeadline(blocks, at, stopwords, headline) ?? (story ? laterByline(blocks, verdicts, at + reach.after, stopwords) : null);
}

/**
 * The first line graded a byline past the reach of the headline that labels a name (`Written by
 * Cassidy Horton` in the author box under a long story): where the headline's lines print none.
 */
function laterByline(blocks: ScoredBlock[], verdicts: Verdict[], from: number, stopwords: Set<string>): string | null {
  const names: string[] = [];
  for (let i = from + 1; i < blocks.length; i++) {
    if (verdicts[i]?.family !== 'byline' || blocks[i]!.text.length > BYLINE_LINE_MAX_CHARS) continue;
    const name = labelledName(blocks[i]!.text);
    // what a name's words are (see `bareName`): not `manually extracting`, not a word the story writes (`Review`)
    if (name !== null && name.split(' ').length <= NAME_LINE_MAX_WORDS && bareName(name.split(',')[0]!, blocks, stopwords)) names.push(name);
  }
  // one author box; labelled lines past the story, more than one, are a feed's items' (`Author FXStreet` under each)
  return names.length === 1 ? names[0]! : null;
}

/**
 * A line that is only a person's name just under the headline, with no label (`Lisa Pham` over
 * the story): two to four capitalised words, no stopword of the page's language, none of the
 * headline's words, no word of the interface; a line the story kept is its text, not a byline.
 */
function nameUnderHeadline(blocks: ScoredBlock[], at: number, stopwords: Set<string>, headline: ReadonlySet<string>): string | null {
  for (let i = at + 1; i <= Math.min(blocks.length - 1, at + NAME_UNDER_HEADLINE_REACH); i++) {
    const block = blocks[i]!;
    if (block.label === 'keep') continue;
    const line = block.text.trim();
    // a name and what the line adds after a comma or a bar (`Audrey Huang, Print Managing Editor`)
    const named = line.split(/\s*[,|•·]\s*|\s+[—–-]\s+/u)[0]!;
    const name = openingName(named, stopwords);
    if (name === null || name !== named || titleWords(name).some((w) => headline.has(w)) || UI_LINE.test(line) || SHARE_LINE.test(line) || WIDGET_HEADING.test(line) || SOURCE_LINE.test(line)) continue;
    // a word twice is a picture's text before the name and a role after it (`Linc Linc Admin`), no name as printed
    const nameWords = name.split(' ');
    if (new Set(nameWords).size < nameWords.length) continue;
    return name;
  }
  return null;
}
