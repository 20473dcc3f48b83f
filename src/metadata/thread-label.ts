/**
 * A forum thread's label: the prefix a forum sets before a thread's subject (`Question`, `News`,
 * `Tips/Techniques`, a year, the board's section), which its declared title parts from the
 * subject with a spaced dash (`News - Digital Cameras: a status symbol?`) and its `<h1>` prints
 * as a badge before it. The thread's title is the subject.
 */
import { THREAD_LABEL_WORDS } from '../settings.js';
import { titleWords } from './title-evidence.js';

/** Where a declared title parts its label from the subject. */
const LABEL_DASH = /\s+[-–—]\s+/;

/** The subject a title leaves after a label, if it shows one: the words it goes on with must open the declared subject, two at least. */
function afterLabel(title: string, declared: string): string | null {
  const dash = LABEL_DASH.exec(declared);
  if (!dash || dash.index === 0) return null;
  const label = titleWords(declared.slice(0, dash.index));
  const subject = titleWords(declared.slice(dash.index + dash[0].length));
  const words = titleWords(title);
  if (label.length === 0 || label.length > THREAD_LABEL_WORDS || words.length < label.length + 2) return null;
  if (!label.every((w, i) => words[i] === w)) return null;
  const rest = words.slice(label.length);
  if (!rest.every((w, i) => subject[i] === w)) return null;
  // cut the label's words off the title as printed, with the dash or space after them
  let cut = 0;
  for (const word of label) cut = title.toLowerCase().indexOf(word, cut) + word.length;
  return title.slice(cut).replace(/^[\s\p{P}\p{S}]*?(?=[\p{L}\p{N}'"“‘(\[])/u, '').trim() || null;
}

/** A thread's title without the label a declared title shows before its subject. */
export function withoutThreadLabel(title: string, declared: (string | null)[]): string {
  for (const d of declared) {
    const subject = d ? afterLabel(title, d) : null;
    if (subject) return subject;
  }
  return title;
}
