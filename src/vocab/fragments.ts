/**
 * The only builders of the vocabulary's patterns: word lists go in, regex source comes out. A
 * list entry is a plain phrase (a string, matched as written) or, where no list of phrases can
 * say it, a regex fragment (a RegExp literal, whose source is used as it is).
 */

export type Phrase = string | RegExp;

/** The characters that mean something in a pattern (and `/`), escaped in a plain phrase. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** A pattern's source that matches `text` as written. */
export function literal(text: string): string {
  return text.replace(SYNTAX, '\\$&');
}

function sourceOf(phrase: Phrase): string {
  if (typeof phrase === 'string') {
    if (phrase.length === 0) throw new Error('anyOf: an empty phrase matches everywhere');
    return literal(phrase);
  }
  // the composed pattern's flags are the ones that apply; a fragment's own would be ignored, but
  // for `u`, which TypeScript asks of a fragment with `\p{…}` in it to check its syntax
  if (phrase.flags.replace('u', '')) throw new Error(`anyOf: the fragment /${phrase.source}/ has flags (${phrase.flags})`);
  return phrase.source;
}

/** `(?:a|b|c)`: any one of the phrases, in the order given, each once. */
export function anyOf(phrases: readonly Phrase[]): string {
  if (phrases.length === 0) throw new Error('anyOf: an empty list matches nothing');
  return `(?:${[...new Set(phrases.map(sourceOf))].join('|')})`;
}

/** The whole of a line is `body`, maybe followed by the punctuation a control wears (`Share »`, `Menu |`). */
export function wholeLine(body: string, trailing = ''): string {
  return `^${body}${trailing}$`;
}

/** `body` opens the text and is not the start of a longer word (for a `u` pattern). */
export function opening(body: string): string {
  return `^${body}(?![\\p{L}\\p{N}])`;
}

/** Any of the alternatives (each a piece of pattern source). */
export function either(...alternatives: readonly string[]): string {
  return alternatives.join('|');
}

/** A pattern from pieces of source, compiled once. */
export function compile(flags: string, ...parts: readonly string[]): RegExp {
  return new RegExp(parts.join(''), flags);
}
