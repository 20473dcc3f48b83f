
/** A page in a WARC archive: an HTTP response whose content is HTML. */
export interface WarcPage {
  /** The record's number in the archive, counting every record from 1. */
  number: number;
  url: string | null;
  date: string | null;
  charset?: string;
  /** The decoded HTTP body; null when it is larger than the limit (and was not kept). */
  body: Uint8Array | null;
}

const WARC_MAGIC = 'WARC/';
const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;
const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** Whether an input's first (decompressed) bytes open a WARC archive. */
export function looksLikeWarc(head: Buffer): boolean {
  return head.subarray(0, WARC_MAGIC.length).toString('latin1') === WARC_MAGIC;
}

/**
 * The HTML responses of a WARC archive (Common Crawl, wget --warc-file, browsertrix), in order,
 * read as a stream with warcio (which also inflates record-by-record gzip). Requests, metadata,
 * revisits and non-HTML responses are passed over. A body past `maxBytes`, as stored or once its
 * content encoding is undone, is not held: it comes with a null body, and the reading goes on.
 */
export async function* warcPages(stored: AsyncIterable<Uint8Array>, maxBytes = Infinity): AsyncGenerator<WarcPage> {
  // loaded only when an archive is read: it costs a run that reads none a twentieth of a second
  const { WARCParser } = await import('warcio');
  let number = 0;
  for await (const record of WARCParser.iterRecords(stored)) {
    number++;
    if (record.warcType !== 'response' || !record.httpHeaders) continue;
    const type = record.httpHeaders.headers.get('content-type') ?? '';
    if (!HTML_TYPE.test(type)) continue;
    const body = record.warcContentLength > maxBytes ? null : await boundedBody(record, maxBytes);
    yield {
      number,
      url: record.warcTargetURI ?? null,
      date: record.warcDate ?? null,
      charset: CHARSET.exec(type)?.[1],
      body,
    };
  }
}

/** A record's decoded body, or null as soon as it grows past the limit (the parser skips the rest). */
async function boundedBody(record: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}
