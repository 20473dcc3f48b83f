import { withoutMojibake } from './mojibake.js';

/** C0/C1 controls (but tab and newline), and invisible format characters pages use as glue. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Runs of spaces that are not already one plain space: a space followed by more, or any other
 * space character. A lone ` ` is left unmatched, so text that needs no change is scanned, not
 * rebuilt space by space.
 */
const SPACE = String.raw`[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]`;
const OTHER_SPACE = String.raw`[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]`;
const SPACES = new RegExp(` ${SPACE}+|${OTHER_SPACE}${SPACE}*`, 'g');

/** The text without control characters: nothing a page (or a file name) says can repaint a terminal. */
export function stripControls(text: string): string {
  return text.replace(CONTROL_OR_LINE, '');
}

/** Every C0/C1 control but tab and newline, and carriage returns too. */
const CONTROL_OR_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/;

/** Normalises the text of one block: no controls, single spaces, line breaks kept but trimmed. */
export function cleanInline(text: string): string {
  // most blocks have no control and no line break: those passes are skipped after a test
  let clean = HAS_CONTROL.test(text) ? withoutMojibake(text).replace(CONTROL, '') : text;
  if (clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
  clean = clean.replace(SPACES, ' ');
  if (clean.includes('\n')) clean = clean.replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n');
  return clean.trim();
}
