/**
 * The names a dump's line prints where no byline label opens it: after a label within the line
 * (`Posted by BeauHD on Friday`, `03/01/2017 by Agatha Caleo, Candidate Representative`), and
 * beside a date (`Kristian Larsen July 13, 2025 — 7 minutes read`, `Dec 26, 2025 • Mahua Das in
 * Project Management`). A name is a run of capitalised words (and the short particles between
 * them: `van`, `de`) that are neither the page's language's stopwords nor date words; its words
 * are the language's own, so the test holds in any language that capitalises names.
 */
import { BYLINE_WITHIN, DATE_WORD } from '../vocab/index.js';
import { NAME_LINE_MAX_WORDS, NAME_PARTICLE_MAX_CHARS } from '../settings.js';

/** A capitalised word of a name: `Jane`, `O'Brien`, `MacFarlane`, `K.`, `Jean-Luc`. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A login as a forum prints it: letters with digits, capitals inside or marks (`BeauHD`, `Alphabyte1`, `hayley.p`). */
/** A line's parts, as a dump prints a byline's (`Jane Doe | 3 min read`, `Dec 26, 2025 • Mahua Das`, `Jane Doe — 7 minutes read`). */
const PARTS = /\s*[|•·∙]\s*|\s+[/—–-]\s+/u;
/** A token of a date or a time: its numbers and its words (`Dec.`, `26,`, `8:45am`). */
const DATE_TOKEN = /^[\d.,:/-]+(?:[ap]\.?m\.?)?$/i;

const DIGITS_OR_MARKS = /[\d_.]/;
const LOGIN = /^(?=[^\s]*\p{L})(?=[^\s]*(?:\p{Ll}\p{Lu}|\d|[_.]))[\p{L}\p{N}_.-]{3,30}$/u;
/** A forum's login by its marks: letters with digits, an underscore or a dot in it (`archuser38013`, `Noah_B`, `hayley.p`). */
export const markedLogin = (word: string) => LOGIN.test(word) && DIGITS_OR_MARKS.test(word);
/** Punctuation that ends a name where a word carries it: `Caleo,`, `Alphabyte1:`. */
const TRAILING = /[,;:：)]+$/;
/** How the part of a line before a label ends where the label opens a part: a separator, a date's digit, a sentence's end. */
const PART_END = /[\d|•·:;,.!?—–\-/)\]]$/u;
/** No lower-case letter: a name set in capitals (`LEONARDO GARCIA`). */
export const ALL_CAPS = /^[^\p{Ll}]+$/u;
/** A glued date: a year run into the name after it (`2025Julian`), a name run into the month after it (`GiuffridaMar`). */
const DIGIT_THEN_LETTER = /(\d)(\p{Lu})/gu;
const LOWER_THEN_WORD = /(\p{Ll})(\p{Lu}\p{Ll}+)/gu;

/** The line with the dates the flattening glued to a name spaced off (`Dec 17, 2025Julian K. Arni`, `ByKathryn GiuffridaMar 5, 2025`). */
export function spacedDates(text: string): string {
  return text.replace(DIGIT_THEN_LETTER, '$1 $2').replace(LOWER_THEN_WORD, (glued, last: string, word: string) => (DATE_WORD.test(word) ? `${last} ${word}` : glued));
}

/** The words a name is made of, from the start of `tokens`: capitalised words, particles between them; at most a name's words. */
function nameRun(tokens: string[], stopwords: Set<string>): string[] {
  const run: string[] = [];
  for (const token of tokens) {
    const word = token.replace(TRAILING, '');
    const lower = word.toLowerCase();
    const capitalised = NAME_WORD.test(word) && !DATE_WORD.test(word) && !stopwords.has(lower);
    const particle = run.length > 0 && /^\p{Ll}+$/u.test(word) && word.length <= NAME_PARTICLE_MAX_CHARS && !stopwords.has(lower);
    if (!capitalised && !particle) break;
    run.push(word);
    if (word !== token || run.length === NAME_LINE_MAX_WORDS) break;
  }
  while (run.length && /^\p{Ll}/u.test(run[run.length - 1]!)) run.pop();
  // a run all in capitals is a label or a section (`TECH WRITER`, `POSTED BY`)
  return run.every((w) => ALL_CAPS.test(w)) ? [] : run;
}

/** A person's name of two words or more opening `text`, or null. */
export function openingName(text: string, stopwords: Set<string>): string | null {
  const run = nameRun(text.trim().split(/\s+/), stopwords);
  return run.length >= 2 ? run.join(' ') : null;
}

/**
 * A byline's name without the words a label's line runs on with (`Roger Hallam from the catering
 * dept.`): its opening name where only lower-case words follow it; else the byline as it is
 * (`Jane Doe and John Smith` names two).
 */
export function bylineName(byline: string, stopwords: Set<string>): string {
  const tokens = byline.trim().split(/\s+/);
  const run = nameRun(tokens, stopwords);
  const rest = tokens.slice(run.length);
  return run.length > 0 && rest.length > 0 && rest.every((t) => !/^\p{Lu}/u.test(t)) && /^\p{Ll}/u.test(rest[0]!) ? run.join(' ') : byline;
}

/** A login in lower case (`johnanddoc`, `pelex`): a name only where a date follows it, as in a post's stamp. */
const LOWER_LOGIN = /^\p{Ll}[\p{Ll}\p{N}_.-]{2,29}$/u;

/** A date opens `tokens` from `k` on, or does after a short link word (`on 07/03/24`, `am 3. Mai`, `, May 26, 2025`). */
function dateAfter(tokens: string[], k: number): boolean {
  const dating = (t: string | undefined) => t !== undefined && (DATE_TOKEN.test(t) || DATE_WORD.test(t.replace(TRAILING, '')));
  return dating(tokens[k]) || (/^\p{Ll}{1,3}$/u.test(tokens[k] ?? '') && dating(tokens[k + 1]));
}

/**
 * The name after a byline label within a line (`Posted by BeauHD on Friday December 19`,
 * `Guide by Will Judd`): two words or more, or one word after a label of two (`started by
 * AjayJunkies`) or one a login's shape takes (`by Alphabyte1:`).
 */
export function nameAfterLabel(text: string, stopwords: Set<string>): string | null {
  for (const match of text.matchAll(BYLINE_WITHIN)) {
    const strong = match[0].trim().includes(' ');
    const tokens = text.slice(match.index + match[0].length).split(/\s+/);
    const run = nameRun(tokens, stopwords);
    const login = tokens[0]!.replace(TRAILING, '');
    // one word is a name after a label of two (`started by AjayJunkies`), else only in a login's shape (`by Alphabyte1`)
    const oneWord = (run.length === 1 && strong) || (strong ? LOGIN.test(login) : markedLogin(login)) || (LOWER_LOGIN.test(login) && dateAfter(tokens, 1));
    const name = run.length >= 2 ? run : oneWord ? [login] : [];
    if (name.length === 0) continue;
    // a one-word label within a sentence is a preposition (`inspired by Frank Lloyd Wright and`), unless the name ends the line's part
    const before = text.slice(0, match.index).trim();
    const next = tokens[name.length];
    const ends = next === undefined || TRAILING.test(tokens[name.length - 1]!) || DATE_TOKEN.test(next) || PARTS.test(` ${next} `);
    if (strong || before === '' || PART_END.test(before) || !before.includes(' ') || ends) return name.join(' ');
  }
  return null;
}

/**
 * The name a dated line prints in one of its parts, before or after the date (`Kristian Larsen
 * July 13, 2025`, `Dec. 19, 2025 · Niko Matsakis on behalf of the group`): two capitalised words
 * or more opening the part once its date is off. Only where the line holds a date (`dated`).
 */
export function nameBesideDate(text: string, stopwords: Set<string>): string | null {
  for (const part of text.split(PARTS)) {
    const tokens = part.trim().split(/\s+/);
    let start = 0;
    while (start < tokens.length && (DATE_WORD.test(tokens[start]!.replace(TRAILING, '')) || DATE_TOKEN.test(tokens[start]!))) start++;
    const run = nameRun(tokens.slice(start), stopwords);
    if (run.length >= 2) return run.join(' ');
  }
  return null;
}
