import type { Task } from './task.js';
import { isBlank, looksLikeJsonLines, readLines } from './jsonl.js';
import { contentChunks, readAll, storedChunks, type OpenInput } from './stream.js';
import { looksLikeWarc, warcPages } from './warc.js';

/** What an input holds: one document, or many (JSON Lines records, a WARC archive). */
export type InputKind = 'document' | 'jsonl' | 'warc';

/** A whole document, or a container of many: JSON Lines records or a WARC archive. */
export function inputKindOf(input: OpenInput, inputFormat: 'auto' | 'html' | 'text' | 'jsonl' | 'warc', field: string | undefined): InputKind {
  if (inputFormat === 'jsonl' || inputFormat === 'warc') return inputFormat;
  if (inputFormat !== 'auto') return 'document';
  if (looksLikeWarc(input.head)) return 'warc';
  return looksLikeJsonLines(input.head, field) ? 'jsonl' : 'document';
}

export interface DocumentOptions {
  maxBytes: number;
  field?: string;
  /** A whole document's output is separated from the others' on stdout. */
  separateDocument: boolean;
  /** A record's output is separated from the others' on stdout. */
  separateRecords: boolean;
}

/**
 * The documents of one input, in order: the input itself, each JSON Lines record (parsed where
 * it is extracted; a broken one becomes an error record in its place), or each HTML response
 * of a WARC archive with its target URI and date. A record past `--max-bytes` is never held.
 */
export async function* documentsOf(path: string, input: OpenInput, kind: InputKind, options: DocumentOptions): AsyncGenerator<Task> {
  const { maxBytes, separateRecords: separated } = options;
  if (kind === 'document') {
    yield { source: path, page: await readAll(input, maxBytes), separated: options.separateDocument };
  } else if (kind === 'jsonl') {
    let line = 0;
    for await (const record of readLines(contentChunks(input), maxBytes)) {
      line++;
      const source = `${path}:${line}`;
      if ('overlong' in record) yield { source, refused: `record larger than --max-bytes (${maxBytes} bytes)`, separated };
      else if (!isBlank(record)) yield { source, record, field: options.field, separated };
    }
  } else {
    for await (const page of warcPages(storedChunks(input), maxBytes)) {
      const carried = { url: page.url, date: page.date };
      const source = `${path}#${page.number}`;
      if (page.body === null) yield { source, refused: `response larger than --max-bytes (${maxBytes} bytes)`, carried, separated };
      else yield { source, page: page.body, charset: page.charset, carried, html: true, separated };
    }
  }
}
