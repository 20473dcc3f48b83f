import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import { describeError, InputError } from './errors.js';

/** Enough of an input to tell what it is, without reading all of it. */
const HEAD_BYTES = 64 * 1024;

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
  rest: AsyncIterator<Buffer>;
}

async function* chunks(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield chunk as Buffer;
}

/** Opens a file, or stdin for `-`, and reads only as far as needed to tell what it holds. */
export async function openInput(path: string): Promise<OpenInput> {
  let source: Readable;
  if (path === '-') source = process.stdin;
  else {
    const info = await stat(path).catch((error: unknown) => {
      throw new InputError(describeError(error));
    });
    if (!info.isFile()) throw new InputError('not a regular file');
    source = createReadStream(path);
  }
  const rest = chunks(source);
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await rest.next().catch((error: unknown) => {
      throw new InputError(describeError(error));
    });
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  const raw = Buffer.concat(parts);
  const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
  return { raw, gzip, head: gzip ? partialGunzip(raw) : raw, rest };
}

/** As much of a gzip stream's start as its first bytes give; nothing when they are corrupt. */
function partialGunzip(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/** The whole input as stored (still compressed, if it was), refused past `maxBytes`. */
export async function readAll(input: OpenInput, maxBytes = Infinity): Promise<Buffer> {
  const parts = [input.raw];
  let size = input.raw.length;
  for (let next = await input.rest.next(); !next.done; next = await input.rest.next()) {
    size += next.value.length;
    if (size > maxBytes) throw new InputError(`larger than --max-bytes (${maxBytes} bytes)`);
    parts.push(next.value);
  }
  if (size > maxBytes) throw new InputError(`larger than --max-bytes (${maxBytes} bytes)`);
  return Buffer.concat(parts);
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
    throw new InputError(`truncated or corrupt gzip data (${(error as Error).message})`);
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (first.length) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
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
