import { isUtf8 } from 'node:buffer';
import { constants, gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { BINARY_SNIFF_BYTES, CHARSET_SNIFF_BYTES } from '../settings.js';

/**
 * The charset sniffer and iconv-lite with its tables, loaded on the first page that is not UTF-8
 * (most pages are): each thread that extracts would pay some 40 ms for them at start. Both load
 * synchronously (`require` of an ES module needs no flag from Node 20.19 on).
 */
const load = createRequire(import.meta.url);
let sniffer: typeof import('encoding-sniffer/sniffer') | undefined;
let iconvLite: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvLite ??= load('iconv-lite') as typeof import('iconv-lite'));
const getEncoding: (typeof import('encoding-sniffer/sniffer'))['getEncoding'] = (...args) =>
  (sniffer ??= load('encoding-sniffer/sniffer') as typeof import('encoding-sniffer/sniffer')).getEncoding(...args);

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip by its magic bytes (whatever the file is called); other bytes pass through.
 * Inflation stops past `maxBytes` of output, so a small bomb never reaches its full size.
 */
export function gunzipIfNeeded(bytes: Uint8Array, maxBytes = Infinity): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return Number.isFinite(maxBytes) ? gunzipSync(bytes, { maxOutputLength: Math.max(1, maxBytes) }) : gunzipSync(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new DecodeError('too-large', `larger than ${maxBytes} bytes once decompressed`);
    throw new DecodeError('bad-gzip', `truncated or corrupt gzip data (${(error as Error).message})`);
  }
}

/**
 * What the first `inputBytes` of a gzip stream inflate to, for telling what the stream holds:
 * nothing when they are corrupt. Deflate expands at most about a thousandfold, so the output
 * stays bounded however the rest of the stream would inflate.
 */
export function gunzipStart(bytes: Uint8Array, inputBytes: number): Buffer {
  try {
    return gunzipSync(bytes.subarray(0, inputBytes), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

export class DecodeError extends Error {
  constructor(
    readonly code: 'too-large' | 'bad-gzip',
    message: string,
  ) {
    super(message);
  }
}

/** UTF-16 announces itself with a byte order mark; without one it is not told from binary here. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** True when the bytes look like a binary file rather than a page or a dump. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  if (nul === 0) return false;
  // UTF-16 text has NULs in every other byte; a BOM says so.
  return !hasUtf16Bom(bytes);
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Where the text of valid UTF-8 starts (past a byte-order mark), or -1 when the bytes are not UTF-8. */
function utf8Start(bytes: Uint8Array): number {
  if (hasUtf16Bom(bytes) || !isUtf8(asBuffer(bytes))) return -1;
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * Valid UTF-8 read a byte a character (Latin-1), or null when the bytes are not UTF-8 (or carry
 * a UTF-16 mark). Decoding a page to UTF-16 costs five times as much as this on this runtime,
 * and a page's markup needs no decoding: only the pieces of text read out of it do, each on its
 * own with `latin1BytesToText`, since the ASCII markup around a piece never splits a character.
 */
export function utf8AsLatin1(bytes: Uint8Array): string | null {
  const start = utf8Start(bytes);
  return start < 0 ? null : asBuffer(bytes).toString('latin1', start);
}

const HIGH_BYTE = /[\x80-\xff]/;

/** A piece of a page read by `utf8AsLatin1`, as text. */
export function latin1BytesToText(piece: string): string {
  return HIGH_BYTE.test(piece) ? Buffer.from(piece, 'latin1').toString('utf8') : piece;
}

const HIGH_BYTES = /[\x80-\xff]+/g;

/** How many UTF-16 units the page read by `utf8AsLatin1` decodes to, without decoding it. */
export function decodedLength(latin1: string): number {
  let length = latin1.length;
  HIGH_BYTES.lastIndex = 0;
  // a continuation byte adds no unit; a four-byte character takes two. Runs, not single bytes,
  // are matched: a page in another script is mostly high bytes.
  // the run is read in place, not taken out as a string of its own
  for (let m = HIGH_BYTES.exec(latin1); m; m = HIGH_BYTES.exec(latin1)) {
    for (let i = m.index, end = HIGH_BYTES.lastIndex; i < end; i++) {
      const byte = latin1.charCodeAt(i);
      if (byte < 0xc0) length--;
      else if (byte >= 0xf0) length++;
    }
  }
  return length;
}

/**
 * Bytes to text. Valid UTF-8 is UTF-8 (many pages mislabel it); otherwise see `decodeNonUtf8`.
 */
export function decodeBytes(bytes: Uint8Array, transportCharset?: string): string {
  const start = utf8Start(bytes);
  return start < 0 ? decodeNonUtf8(bytes, transportCharset) : asBuffer(bytes).toString('utf8', start);
}

/**
 * Bytes that are not UTF-8, to text: a BOM, the caller's transport charset, a `<meta charset>`
 * anywhere in the first 64 KiB, then windows-1252 — decoded with iconv-lite, whose windows-1252
 * maps 0x80–0x9F to the curly quotes and dashes pages mean.
 */
export function decodeNonUtf8(bytes: Uint8Array, transportCharset?: string): string {
  const buffer = asBuffer(bytes);
  const encoding = getEncoding(buffer, {
    maxBytes: CHARSET_SNIFF_BYTES,
    transportLayerEncodingLabel: transportCharset,
    defaultEncoding: 'windows-1252',
  });
  const name = iconv().encodingExists(encoding) ? encoding : 'windows-1252';
  return iconv().decode(buffer, name);
}
