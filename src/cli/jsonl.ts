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

/** A line longer than the limit: its bytes are counted and dropped, never held. */
export interface OverlongLine {
  overlong: number;
}

/**
 * The lines of a stream as bytes, one at a time, whatever its size: split on the newline byte,
 * which never occurs inside a UTF-8 sequence, so decoding can wait for whoever parses the line.
 * A line past `maxBytes` is not gathered: it comes out as its length alone, so memory stays
 * bounded by the limit whatever the stream holds.
 */
export async function* readLines(content: AsyncIterable<Buffer>, maxBytes = Infinity): AsyncGenerator<Buffer | OverlongLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overlong = false;
  const take = (piece: Buffer) => {
    length += piece.length;
    if (length > maxBytes) {
      overlong = true;
      parts = [];
    } else if (!overlong && piece.length) parts.push(piece);
  };
  const end = (): Buffer | OverlongLine => {
    const line = overlong ? { overlong: length } : lineOf(parts);
    parts = [];
    length = 0;
    overlong = false;
    return line;
  };
  for await (const chunk of content) {
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, at));
      yield end();
      start = at + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (length > 0) yield end();
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function lineOf(parts: Buffer[]): Buffer {
  const line = parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts);
  return line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, -1) : line;
}

/** A line of only spaces, tabs or nothing: skipped, not a broken record. */
export function isBlank(line: Uint8Array): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

/** The error record that takes a broken record's place in JSON output, with its other fields. */
export function errorRecord(source: string, code: string, message: string, carried: JsonRecord): string {
  return `${JSON.stringify({ ...carried, source, error: { code, message } })}\n`;
}
