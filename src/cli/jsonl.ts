import { StringDecoder } from 'node:string_decoder';

/** Where scrapers put the page in a record, in the order they are looked for. */
export const PAGE_FIELDS = ['html', 'content', 'body', 'raw', 'text'];

export type JsonRecord = Record<string, unknown>;

/** The page of a record: the named field, or the first of the usual ones that holds a string. */
export function pageOf(record: JsonRecord, field?: string): { field: string; page: string } | null {
  for (const name of field ? [field] : PAGE_FIELDS) {
    const value = record[name];
    if (typeof value === 'string') return { field: name, page: value };
  }
  return null;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one line; null when it is not a JSON object. */
export function parseRecord(line: string): JsonRecord | null {
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Whether an input's first bytes are JSON Lines records carrying a page. The first line may be
 * longer than the bytes looked at (a whole page inside it); then its opening must look the part.
 */
export function looksLikeJsonLines(head: Buffer, field?: string): boolean {
  const text = head.toString('utf8').trimStart();
  if (!text.startsWith('{"')) return false;
  const end = text.indexOf('\n');
  if (end >= 0) {
    const record = parseRecord(text.slice(0, end));
    return record !== null && pageOf(record, field) !== null;
  }
  const names = (field ? [field] : PAGE_FIELDS).map((f) => JSON.stringify(f)).join('|');
  return new RegExp(`(?:${names})\\s*:\\s*"`).test(text);
}

/** The lines of a stream, one at a time, whatever its size; UTF-8 split across chunks is kept whole. */
export async function* readLines(content: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  // where to look for the next newline: a long line arriving in many chunks is scanned once
  let searchFrom = 0;
  const split = function* (text: string) {
    pending += text;
    let at = pending.indexOf('\n', searchFrom);
    while (at >= 0) {
      yield pending.slice(0, at).replace(/\r$/, '');
      pending = pending.slice(at + 1);
      at = pending.indexOf('\n');
    }
    searchFrom = pending.length;
  };
  for await (const chunk of content) yield* split(decoder.write(chunk));
  yield* split(decoder.end());
  if (pending) yield pending.replace(/\r$/, '');
}
