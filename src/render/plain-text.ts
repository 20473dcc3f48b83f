import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';

/*
 * mdast-util-to-markdown escapes a text node by running each of its fifty-odd "unsafe" patterns
 * over it, the better part of rendering a page. Most of a story's text holds nothing any pattern
 * can match: this handler gives such text back as it is, exactly what the library's own would,
 * and hands everything else to the library. What each pattern needs (lib/unsafe.js, and
 * mdast-util-gfm-table's):
 *
 * - characters that matter wherever they stand in phrasing (emphasis, code, links, raw HTML,
 *   references, table pipes, backslash escapes, line ends and tabs);
 * - characters that matter only at the start of a line (`#`, `>`, `+`, `-`, `=`, `~`, `:`, digits
 *   before `.` or `)`), or after a `]` (`(`), or before a line end (a space): the text's first
 *   character, since the text itself holds no line end;
 * - characters that matter before what follows the text (`!` before `[`, a space before a line
 *   end, `#` closing an ATX heading): its last character.
 *
 * Autolinks percent-encode instead of escaping, and are left to the library.
 * `test/render/plain-text.test.ts` holds this to the library's own output.
 */
const ANYWHERE = /[\t\n\r&*<[\\\]_`|]/;
const FIRST = /[\s\d#+\-=>~:().!]/;
const LAST = /[\s!#]/;

/** The library's text handler, but for text that no unsafe pattern can match, which it gives back unchanged. */
export const plainText: Handle = (node, parent, state, info) => {
  const value = (node as { value: string }).value;
  if (value === '') return defaultHandlers.text(node, parent, state, info);
  if (ANYWHERE.test(value) || FIRST.test(value[0]!) || LAST.test(value[value.length - 1]!) || state.stack.includes('autolink')) {
    return defaultHandlers.text(node, parent, state, info);
  }
  return value;
};
