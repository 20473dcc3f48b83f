/**
 * Patterns of shape rather than of words: they hold in any language. Each is anchored or bounded
 * so it runs in linear time on any line.
 */
import { compile } from './fragments.js';

/** Separators of the parts of a meta line: `Nov 19, 2019 at 6:46 pm ET • 2 min read`. */
export const META_SEPARATOR = /\s+[•|·]\s+/;

/** An e-mail address (tried only on text with an `@`: the pattern is slow to fail on every word). */
export const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;

/** A person's name: one to four capitalised words. */
export const PERSON_NAME = String.raw`[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}`;

/** A name, a dash, a date: `Chris Davies - Nov 19, 2019, 10:31 pm CST`. */
export const NAME_AND_DATE = compile('u', `^${PERSON_NAME}`, String.raw`\s+[-–—|·•]\s+[^\n]{0,40}\d{4}\b`);

/** A time of day: `6:46`, `10.31 pm`, `4:47 a.m.`. */
export const CLOCK_TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?`;

const IMAGE_FILE = String.raw`[^\]\s]{1,80}\.(?:jpe?g|png|gif|svg|webp)`;
/** Marks lynx leaves in its dumps: buttons, form fields, images named by file (with the address's query, `[a.jpg?width=640&amp;…]`), link numbers. */
export const LYNX_ARTIFACT = compile(
  'gi',
  String.raw`\(BUTTON\)`,
  // a file's name with its address's query, or with a few words after it
  String.raw`|\[${IMAGE_FILE}[?#][^\]\s]{0,300}\]`,
  String.raw`|\[(?:INS|DEL|IMG|image|${IMAGE_FILE})[^\]]{0,40}\]`,
  String.raw`|\[\d{1,5}\]|_{3,}`,
);

/**
 * lynx's line for an embedded frame (`IFRAME: https://www.youtube.com/embed/…`, `IFRAME: gform_ajax_frame_3`): a
 * browser shows the frame's page in its place, never its address or name.
 */
export const LYNX_FRAME = /^IFRAME:/;

/**
 * A line of image file names only (`mavic-mini.jpg mavic-mini.jpg`): lynx prints a picture's alternative text,
 * which many pages fill with the file's name; a browser's text shows no such line.
 */
export const IMAGE_NAMES_LINE = /^(?:[^\s/]{1,120}\.(?:jpe?g|png|gif|svg|webp|avif)(?:\?\S{0,200})?(?:\s+|$))+$/i;

/** lynx's box before a form's checkbox or radio button (`[ ] Algebra 1`, `(*) Monthly`): a browser shows the label alone. */
export const LYNX_FORM_BOX = /^(?:\[[ X]\]|\([ *]\)) +(?=\S)/;

/** Sentence-ending punctuation in Latin and CJK, and the closing quotes and brackets that may follow it: the two share no character (`features/sentences.ts` reads them from a text's end). */
export const SENTENCE_MARKS = '.!?…。！？';
export const SENTENCE_CLOSERS = `"'”’»)]`;
export const SENTENCE_SPLIT = /[.!?。！？]["'”’»)]*(?:\s|$)/gu;
