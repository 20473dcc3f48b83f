/**
 * Half the bytes of a news page are scripts and styles, which the story never uses; decoding them
 * to a string costs as much as parsing the rest. Their bodies are cut from the bytes before
 * decoding, leaving empty elements, except JSON-LD, which carries the page's metadata. So are the
 * bodies of inline pictures (`<svg>`: icons drawn as long paths) and of `<noscript>`, which the
 * segmenter never reads either.
 * `<` (0x3C) never occurs inside a multi-byte character of UTF-8 or of the legacy CJK encodings,
 * so the cut is safe before the charset is known; UTF-16 is left alone.
 */

import { hasUtf16Bom } from './decode.js';
import { MAX_TAG_BYTES } from '../settings.js';
import { mapped } from '../model/mapped.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
/** Each starts with `s` or `n` (see `dropRawTextBodies`). */
const RAW_TEXT_ELEMENTS = ['script', 'style', 'svg', 'noscript'];
const WITHOUT_NOSCRIPT = ['script', 'style', 'svg'];
const KEEP = /ld\+json/i;

const isTagEnd = (c: number | undefined) => c === undefined || c === GT || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** The raw-text element named at `at` (just after `<` or `</`), case-insensitively, if any. */
function rawTextNameAt(bytes: Uint8Array, at: number, names: readonly string[] = RAW_TEXT_ELEMENTS): string | null {
  for (const name of names) {
    let i = 0;
    while (i < name.length && ((bytes[at + i] ?? 0) | 0x20) === name.charCodeAt(i)) i++;
    // `<scripts>` or `<style-x>` are other elements
    if (i === name.length && isTagEnd(bytes[at + i])) return name;
  }
  return null;
}

/** End tags of HTML elements that SVG has no element of: met inside an `<svg>`, they close it. */
const HTML_END_TAGS = mapped(['</div', '</p>', '</main', '</section', '</article', '</li>', '</ul>', '</body'], (t) => Buffer.from(t, 'latin1'));
const END_TAG = Buffer.from('</', 'latin1');

/** The bytes from `at` are `tag`'s, all before `to`. */
function tagAt(bytes: Buffer, at: number, tag: Buffer, to: number): boolean {
  if (at + tag.length > to) return false;
  for (let i = 2; i < tag.length; i++) if (bytes[at + i] !== tag[i]) return false;
  return true;
}

/** Whether an HTML end tag stands between `from` and `to`: each `</` there is looked at once (an icon's body has few), not the body searched for each tag. */
function closesHtml(bytes: Buffer, from: number, to: number): boolean {
  for (let i = bytes.indexOf(END_TAG, from); i >= 0 && i < to; i = bytes.indexOf(END_TAG, i + 1)) {
    if (HTML_END_TAGS.some((tag) => tagAt(bytes, i, tag, to))) return true;
  }
  return false;
}

/** Where the element's closing tag `</name` starts, or -1. */
function closingTag(bytes: Buffer, from: number, name: string): number {
  for (let i = bytes.indexOf(LT, from); i >= 0; i = bytes.indexOf(LT, i + 1)) {
    if (bytes[i + 1] === SLASH && rawTextNameAt(bytes, i + 2) === name) return i;
  }
  return -1;
}

/** The page's bytes with the bodies of its scripts and styles (but JSON-LD) cut out; `<noscript>`'s too unless kept. */
export function dropRawTextBodies(input: Uint8Array, keepNoscript = false): Uint8Array {
  const names = keepNoscript ? WITHOUT_NOSCRIPT : RAW_TEXT_ELEMENTS;
  if (hasUtf16Bom(input)) return input;
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const kept: Buffer[] = [];
  let copied = 0;
  for (let i = bytes.indexOf(LT); i >= 0; i = bytes.indexOf(LT, i + 1)) {
    // every name starts with `s` or `n`: most tags are passed over on their first letter
    const first = (bytes[i + 1] ?? 0) | 0x20;
    if (first !== 0x73 && first !== 0x6e) continue;
    const name = rawTextNameAt(bytes, i + 1, names);
    if (!name) continue;
    const tagEnd = bytes.indexOf(GT, i);
    if (tagEnd < 0) break;
    if (tagEnd - i > MAX_TAG_BYTES || KEEP.test(bytes.toString('latin1', i, tagEnd))) continue;
    const close = closingTag(bytes, tagEnd + 1, name);
    // an unclosed script runs to the end of the page, as a browser reads it; an unclosed <svg>
    // ends where the HTML around it goes on, which a cut to the next </svg> would lose
    if (name === 'svg' && closesHtml(bytes, tagEnd + 1, close < 0 ? bytes.length : close)) continue;
    const end = close < 0 ? bytes.length : close;
    if (end > tagEnd + 1) {
      kept.push(bytes.subarray(copied, tagEnd + 1));
      copied = end;
    }
    i = Math.max(i, end - 1);
  }
  if (kept.length === 0) return input;
  kept.push(bytes.subarray(copied));
  return Buffer.concat(kept);
}
