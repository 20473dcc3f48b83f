import type { ExtractOptions } from '../model/index.js';
import { ExtractError } from '../errors.js';
import { looksLikeHtmlDocument } from '../detect/format.js';
import { DecodeError, decodeBytes, decodeNonUtf8, gunzipIfNeeded, looksBinary, utf8AsLatin1 } from './decode.js';
import { dropRawTextBodies } from './raw-text.js';

/** The input as a string: for a UTF-8 page, its bytes a character each, decoded piece by piece later (see utf8AsLatin1). */
export interface Source {
  text: string;
  utf8InLatin1: boolean;
}

export function readSource(input: string | Uint8Array, { charset, inputFormat, maxBytes = Infinity }: ExtractOptions, keepNoscript = false): Source {
  if (typeof input === 'string') return { text: input, utf8InLatin1: false };
  if (input.length === 0) throw new ExtractError('empty', 'empty input');
  if (input.length > maxBytes) throw new ExtractError('too-large', `larger than ${maxBytes} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = gunzipIfNeeded(input, maxBytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new ExtractError(error.code, error.message);
    throw error;
  }
  if (looksBinary(bytes)) throw new ExtractError('binary', 'binary data (NUL bytes), not a page or a text dump');
  // a dump may quote `<script>` as text: only what is surely a page loses its script bodies
  const page = inputFormat === 'html' || (inputFormat !== 'text' && looksLikeHtmlDocument(bytes));
  if (!page) return { text: decodeBytes(bytes, charset), utf8InLatin1: false };
  const cut = dropRawTextBodies(bytes, keepNoscript);
  const latin1 = utf8AsLatin1(cut);
  return latin1 === null ? { text: decodeNonUtf8(cut, charset), utf8InLatin1: false } : { text: latin1, utf8InLatin1: true };
}

