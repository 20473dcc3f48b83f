import { WARCParser } from 'warcio';

/** A page in a WARC archive: an HTTP response whose content is HTML. */
export interface WarcPage {
  /** The record's number in the archive, counting every record from 1. */
  number: number;
  url: string | null;
  date: string | null;
  charset?: string;
  body: Uint8Array;
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
 * revisits and non-HTML responses are passed over.
 */
export async function* warcPages(stored: AsyncIterable<Uint8Array>): AsyncGenerator<WarcPage> {
  let number = 0;
  for await (const record of WARCParser.iterRecords(stored)) {
    number++;
    if (record.warcType !== 'response' || !record.httpHeaders) continue;
    const type = record.httpHeaders.headers.get('content-type') ?? '';
    if (!HTML_TYPE.test(type)) continue;
    const body = await record.readFully(true);
    yield {
      number,
      url: record.warcTargetURI ?? null,
      date: record.warcDate ?? null,
      charset: CHARSET.exec(type)?.[1],
      body,
    };
  }
}
