import { closeSync, openSync, readSync, statSync } from 'node:fs';
import mime from 'mime';
import { gunzipStart, isGzip, looksBinary } from '../read/decode.js';
import { looksLikeJsonLines } from './jsonl.js';
import { FOLDER_SNIFF_BYTES, MAGIC_BYTES } from '../settings.js';

/** What a file found in a folder is, by its name: surely a page or a dump, surely not, or unknown. */
export type NameKind = 'page' | 'other' | 'unknown';

/** Media types of what declutter reads: pages, plain text and Markdown dumps. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'application/x-httpd-php']);

/**
 * Names the media-type table does not know: records and archives declutter reads, and the
 * server-side page names that saved pages keep.
 */
const PAGE_EXTENSIONS = new Set(['jsonl', 'ndjson', 'warc', 'asp', 'aspx', 'jsp', 'jspx', 'cfm', 'php3', 'php4', 'php5', 'phtml', 'do', 'action']);

/** JSON might be JSON Lines records carrying pages: its content decides. */
const CONTENT_DECIDES = new Set(['application/json']);

/**
 * A file's kind by its name (`.gz` looked through): `page.html`, `dump.txt.gz` and `crawl.jsonl`
 * are pages; `site.css`, `logo.png`, `font.woff2` and `paper.pdf` are not; a name the media-type
 * table does not know (no extension, `index.html?id=3`, `.json`) leaves it to the content.
 */
export function kindByName(name: string): NameKind {
  const inner = name.replace(/\.gz$/i, '');
  const dot = inner.lastIndexOf('.');
  const slash = Math.max(inner.lastIndexOf('/'), inner.lastIndexOf('\\'));
  if (dot <= slash + 1) return 'unknown';
  const extension = inner.slice(dot + 1).toLowerCase();
  if (PAGE_EXTENSIONS.has(extension)) return 'page';
  const type = mime.getType(extension);
  if (type === null || CONTENT_DECIDES.has(type)) return 'unknown';
  return PAGE_TYPES.has(type) ? 'page' : 'other';
}

/** Signatures of documents that are text at their start but binary after it. */
const BINARY_MAGIC = ['%PDF-', '{\\rtf', 'PK\u0003\u0004'];

/**
 * Whether a file that its name does not classify holds a page or a dump: text, not binary (NUL
 * bytes, a PDF), and, when it opens like JSON, JSON Lines records that carry a page.
 */
export function contentIsReadable(start: Buffer, field?: string): boolean {
  const head = isGzip(start) ? gunzipStart(start, FOLDER_SNIFF_BYTES) : start;
  if (head.length === 0 || looksBinary(head)) return false;
  const opening = head.subarray(0, MAGIC_BYTES).toString('latin1');
  if (BINARY_MAGIC.some((magic) => opening.startsWith(magic))) return false;
  const text = head.toString('utf8').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return looksLikeJsonLines(head, field);
  return true;
}

/**
 * The first bytes of a file, for `contentIsReadable`; an unreadable file is left to fail when it
 * is read. Synchronous, as inputs are read (see stream.ts).
 */
export function fileStart(path: string): Buffer | null {
  try {
    // a named pipe would block the open; it fails when read instead
    if (!statSync(path).isFile()) return null;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(FOLDER_SNIFF_BYTES);
      return buffer.subarray(0, readSync(fd, buffer, 0, FOLDER_SNIFF_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
