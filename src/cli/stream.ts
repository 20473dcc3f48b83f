import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { gunzipStart, isGzip } from '../read/decode.js';
import { InputError, unreadable } from './errors.js';
import { CHUNK_BYTES, HEAD_BYTES, HEAD_GZIP_BYTES, MIN_CHUNK_BYTES } from '../settings.js';

/**
 * An input opened for reading: its first bytes as stored, what they say once decompressed, and
 * the rest as a stream. A whole document travels compressed (the library decompresses it, on a
 * worker thread when there are several); a stream of records is decompressed here, as it is read.
 */
export interface OpenInput {
  raw: Buffer;
  gzip: boolean;
  /** The first bytes of the content, decompressed: for telling JSON Lines from a page. */
  head: Buffer;
  rest: AsyncGenerator<Buffer>;
  /** Lets go of the file when its rest is not read to the end. */
  close(): Promise<void>;
}

/**
 * A file's bytes in reads sized to what is left of it, so that no chunk holds more memory than its
 * bytes. A file of size 0 (a file of /proc, or one still being written) is read until a read finds
 * nothing. The reads are synchronous on purpose: a regular file's bytes come from the page cache
 * in microseconds, while each asynchronous read costs a turn of the event loop, and a batch that
 * extracts on this thread sat idle a tenth of its time waiting for those turns.
 */
async function* fileChunks(fd: number, size: number): AsyncGenerator<Buffer> {
  try {
    // a file read up to the size it had when opened is read whole: no read more to find its end
    for (let position = 0; position < size || size === 0; ) {
      const length = Math.min(CHUNK_BYTES, Math.max(size - position, MIN_CHUNK_BYTES));
      const buffer = Buffer.allocUnsafeSlow(length);
      const bytesRead = readSync(fd, buffer, 0, length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield bytesRead === length ? buffer : Buffer.from(buffer.subarray(0, bytesRead));
    }
  } finally {
    closeSync(fd);
  }
}

async function* streamChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield chunk as Buffer;
}

async function readHead(rest: AsyncGenerator<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await rest.next().catch((error: unknown) => {
      throw unreadable(error);
    });
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** Opens a file, or stdin for `-`, and reads only as far as needed to tell what it holds. */
export async function openInput(path: string): Promise<OpenInput> {
  let rest: AsyncGenerator<Buffer>;
  if (path === '-') rest = streamChunks(process.stdin);
  else {
    // stat before opening: opening a named pipe would wait for a writer
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      throw unreadable(error);
    }
    if (info.isDirectory()) throw new InputError('unreadable', 'is a directory, not a file');
    if (!info.isFile()) throw new InputError('not-a-file', 'not a regular file (a pipe or a device: pipe it into stdin instead)');
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      throw unreadable(error);
    }
    rest = fileChunks(fd, info.size);
  }
  const raw = await readHead(rest);
  const gzip = isGzip(raw);
  return { raw, gzip, head: gzip ? gunzipStart(raw, HEAD_GZIP_BYTES) : raw, rest, close: async () => void (await rest.return(undefined)) };
}

/** The whole input as stored (still compressed, if it was), refused past `maxBytes`. */
export async function readAll(input: OpenInput, maxBytes = Infinity): Promise<Buffer> {
  const parts = [input.raw];
  let size = input.raw.length;
  for (let next = await input.rest.next(); !next.done; next = await input.rest.next()) {
    size += next.value.length;
    if (size > maxBytes) {
      await input.close();
      throw new InputError('too-large', `larger than --max-bytes (${maxBytes} bytes)`);
    }
    parts.push(next.value);
  }
  if (size > maxBytes) throw new InputError('too-large', `larger than --max-bytes (${maxBytes} bytes)`);
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
}

/** The input as stored, from its first byte: for readers that decompress by themselves. */
export function storedChunks(input: OpenInput): AsyncGenerator<Buffer> {
  return prepend(input.raw, input.rest);
}

/** The content, decompressed as it streams; a broken gzip stream ends it with an InputError. */
export async function* contentChunks(input: OpenInput): AsyncGenerator<Buffer> {
  const stored = storedChunks(input);
  if (!input.gzip) {
    yield* stored;
    return;
  }
  const gunzip = createGunzip();
  void pump(stored, gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw new InputError('bad-gzip', `truncated or corrupt gzip data (${(error as Error).message})`);
  } finally {
    await input.close();
  }
}

async function* prepend(first: Buffer, rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  if (first.length) yield first;
  yield* rest;
}

async function pump(from: AsyncIterable<Buffer>, to: NodeJS.WritableStream & { destroy(error?: Error): void }): Promise<void> {
  try {
    for await (const chunk of from) {
      if (!to.write(chunk)) await new Promise((resolve) => to.once('drain', resolve));
    }
    to.end();
  } catch (error) {
    to.destroy(error as Error);
  }
}
