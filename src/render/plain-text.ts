import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';

/*
 * mdast-util-to-markdown escapes a text node by running each of its fifty-odd "unsafe" patterns
 * over it (with the characters before and after it), the better part of rendering a page. Most of
 * a story's text holds nothing any pattern can match: this handler gives such text back as it
 * is, exactly what the library's own would, and hands everything else to the library. What the
 * patterns need (lib/unsafe.js, and mdast-util-gfm-table's):
 *
 * - characters that matter wherever they stand in phrasing (emphasis, code, links, raw HTML,
 *   references, table pipes, backslash escapes, line ends and tabs): ANYWHERE;
 * - characters that matter only at the start of a line (`#`, `>`, `+`, `-`, `=`, `~`, `:`, digits
 *   before `.` or `)`, and spaces, which let a marker follow): the text's first, when a line
 *   end comes just before it, since the text itself holds none;
 * - `(` after a `]`, `!` before a `[`, and a space or a heading's closing `#` before a line end
 *   (or, for `#`, the end of all): the first and last characters, by what stands beside them.
 *
 * Autolinks percent-encode instead of escaping, and are left to the library.
 * `test/render/plain-text.test.ts` holds this to the library's own output.
 */
const ANYWHERE = /[\t\n\r&*<[\\\]_`|]/;
const LINE_START = /[\s\d#+\-=>~:().!]/;
const LINE_END = /[\r\n]/;

/** Whether no unsafe pattern can match `value` between `before` and `after`. */
export function inert(value: string, before: string, after: string): boolean {
  if (ANYWHERE.test(value)) return false;
  const first = value[0]!;
  if ((first === '(' && before.endsWith(']')) || (LINE_END.test(before) && LINE_START.test(first))) return false;
  const last = value[value.length - 1]!;
  if (last === '!') return after[0] !== '[';
  if (last === '#') return after !== '' && !LINE_END.test(after[0]!);
  return !(last === ' ' && LINE_END.test(after[0] ?? ''));
}

type Parent = { children: { type: string; value?: string }[] };

/** The value of a node's one child, when that child is a text. */
function onlyText(node: unknown): string | undefined {
  const children = (node as Parent).children;
  return children.length === 1 && children[0]!.type === 'text' ? children[0]!.value : undefined;
}

/** The library's text handler, but for text that no unsafe pattern can match, which it gives back unchanged. */
export const plainText: Handle = (node, parent, state, info) => {
  const value = (node as { value: string }).value;
  if (value !== '' && inert(value, info.before, info.after) && !state.stack.includes('autolink')) return value;
  return defaultHandlers.text(node, parent, state, info);
};

/**
 * A paragraph of inert texts, plain links (see `plainLinkText`) and plain emphasis (see
 * `plainAttention`) written as the library would: their outputs joined, each judged between the
 * characters its neighbours give it. Undefined for any other paragraph, which the library's
 * own bookkeeping of every child (half the cost of rendering the scrapinghub pages) then writes.
 */
function joinedPlain(children: Parent['children'], before: string, after: string): string | undefined {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const next = children[i + 1];
    // what the library takes for the character after: the next child's output's first
    const following = next === undefined ? after : next.type === 'text' ? next.value ?? '' : FIRST_OUTPUT[next.type];
    if (following === undefined) return undefined;
    let piece: string | undefined;
    if (child.type === 'text') piece = child.value && inert(child.value, before, following) ? child.value : undefined;
    else if (child.type === 'link') piece = plainLinkText(child);
    else if (MARKERS[child.type] && !MARKERS[children[i - 1]?.type ?? ''] && !MARKERS[next?.type ?? '']) piece = plainAttention(child, MARKERS[child.type]!, before, following);
    if (!piece) return undefined;
    out += piece;
    before = piece;
  }
  return out;
}

/** The library's paragraph handler, but a paragraph of inert text, plain links and plain emphasis is those joined. */
export const plainParagraph: Handle = (node, parent, state, info) => {
  const children = (node as Parent).children;
  const value = children.length === 1 ? onlyText(node) : undefined;
  if (value && inert(value, info.before, info.after) && !state.stack.includes('autolink')) return value;
  if (children.length > 1 && !state.stack.includes('autolink')) {
    const joined = joinedPlain(children, info.before, info.after);
    if (joined !== undefined) return joined;
  }
  return defaultHandlers.paragraph(node as never, parent, state, info);
};

/** The library's heading handler, but an ATX heading of one inert text is its marker and that text (the library writes a leading space as a character reference). */
export const plainHeading: Handle = (node, parent, state, info) => {
  const value = onlyText(node);
  if (value && value[0] !== ' ' && inert(value, '# ', '\n')) return `${'#'.repeat((node as { depth: number }).depth)} ${value}`;
  return defaultHandlers.heading(node as never, parent, state, info);
};

/**
 * An address the library writes as it is between `](` and `)`: none of the characters its
 * patterns escape there (`&` before a letter, parentheses, a backslash, a table's pipe), nor
 * what makes it enclose the address in `<…>` (spaces, controls, a leading `<`).
 */
const PLAIN_DESTINATION = /^[A-Za-z0-9\-._~:/?#@!$'*+,;=%]+$/;

/** The markers the serialiser's settings give emphasis and strong (see `SETTINGS` in markdown.ts). */
const MARKERS: Record<string, string | undefined> = { emphasis: '*', strong: '**' };
/** The first character of what the library writes for a node that opens with a marker. */
const FIRST_OUTPUT: Record<string, string | undefined> = { link: '[', emphasis: '*', strong: '*' };
/** How CommonMark's flanking rules see a character: a letter or a digit, punctuation (or a symbol), or white space. */
function flank(c: string | undefined): 'word' | 'mark' | 'space' | undefined {
  if (c === undefined || c === '') return undefined;
  if (/\s/u.test(c)) return 'space';
  return /[\p{P}\p{S}]/u.test(c) ? 'mark' : 'word';
}

/**
 * Whether a `*` run between `outer` and `inner` (the characters outside and inside the marked
 * text) does what it is put there for, opening or closing: a letter or a digit inside always
 * lets it; punctuation inside only with white space or punctuation outside (a left- or
 * right-flanking run, CommonMark 6.2).
 */
function flanks(outer: string | undefined, inner: string): boolean {
  const inside = flank(inner);
  if (inside === 'word') return true;
  const outside = flank(outer);
  return inside === 'mark' && (outside === 'space' || outside === 'mark');
}

/**
 * `*text*` or `**text**` for emphasis or strong of one inert text whose markers open and close
 * where they stand (see `flanks`), with no other emphasis beside it: the library's first choice
 * of markers, which nothing around can make it change.
 */
function plainAttention(node: { type: string; value?: string }, marker: string, before: string, after: string): string | undefined {
  const value = onlyText(node);
  if (!value || !inert(value, marker, marker)) return undefined;
  if (!flanks(before[before.length - 1], value[0]!) || !flanks(after[0], value[value.length - 1]!)) return undefined;
  return `${marker}${value}${marker}`;
}

type Link = { url: string; title?: string | null };

/** A link the library writes as `[label](address)`: a plain address, no title, and not an autolink (a label that is the address). */
function plainlyLinked(link: Link, label: string | undefined): boolean {
  const autolink = label !== undefined && (label === link.url || `mailto:${label}` === link.url);
  return !link.title && !autolink && PLAIN_DESTINATION.test(link.url);
}

/**
 * `[label](address)` for a plainly linked node (see `plainlyLinked`) of one inert label (none
 * holds a `]`, so no line start makes it a definition).
 */
function plainLinkText(node: { type: string; value?: string }): string | undefined {
  const link = node as unknown as Link;
  const label = onlyText(node);
  return label && plainlyLinked(link, label) && inert(label, '[', '](') ? `[${label}](${link.url})` : undefined;
}

/** The library's link handler, but a link to a plain address with no title is its label and that address; what could be an autolink or a definition is left to the library. */
export const plainLink: Handle = (node, parent, state, info) => {
  const link = node as Link;
  if (!plainlyLinked(link, onlyText(node))) return defaultHandlers.link(node as never, parent, state, info);
  const exit = state.enter('link');
  const subexit = state.enter('label');
  const tracker = state.createTracker(info);
  const open = tracker.move('[');
  const label = state.containerPhrasing(node as never, { before: open, after: '](', ...tracker.current() });
  subexit();
  exit();
  // at a line's start, `[a]:` followed by anything reads as a definition: the library writes a title to prevent it
  const last = info.before.charAt(info.before.length - 1);
  if ((last === '\n' || last === '\r') && label.includes(']')) return defaultHandlers.link(node as never, parent, state, info);
  return `[${label}](${link.url})`;
};
