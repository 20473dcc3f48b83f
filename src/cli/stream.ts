import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { describeError, InputError } from './errors.js';

/** Enough of an input to tell what it is, without reading all of it. */
const HEAD_BYTES = 64 * 1024;

/** An input opened for reading: its first bytes (decompressed), and the rest as a stream. */
export interface OpenInput {
  head: Buffer;
  rest: AsyncIterator<Buffer>;
}

async function* chunks(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield chunk as Buffer;
}

/**
 * Opens a file (or stdin for `-`), decompressing gzip by its magic bytes, and reads ahead only as
 * far as needed to decide between a whole document and a stream of JSON Lines records.
 */
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
  const raw = chunks(source);
  const first = await raw.next().catch((error: unknown) => {
    throw new InputError(describeError(error));
  });
  const firstChunk = first.done ? Buffer.alloc(0) : first.value;
  let body: AsyncIterator<Buffer> = prepend(firstChunk, raw);
  if (firstChunk[0] === 0x1f && firstChunk[1] === 0x8b) {
    const gunzip = createGunzip();
    void pump(body, gunzip);
    body = chunks(gunzip);
  }
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await body.next().catch((error: unknown) => {
      throw new InputError(gzipReason(error));
    });
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return { head: Buffer.concat(parts), rest: guarded(body) };
}

/** Reads the whole input: the head and everything after it. */
export async function readAll(input: OpenInput): Promise<Buffer> {
  const parts = [input.head];
  for (let next = await input.rest.next(); !next.done; next = await input.rest.next()) parts.push(next.value);
  return Buffer.concat(parts);
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (first.length) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function pump(from: AsyncIterator<Buffer>, to: NodeJS.WritableStream & { destroy(error?: Error): void }): Promise<void> {
  try {
    for (let next = await from.next(); !next.done; next = await from.next()) {
      if (!to.write(next.value)) await new Promise((resolve) => to.once('drain', resolve));
    }
    to.end();
  } catch (error) {
    to.destroy(error as Error);
  }
}

function gzipReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code.startsWith('Z_') || /unexpected end/i.test((error as Error).message)
    ? `truncated or corrupt gzip data (${(error as Error).message})`
    : describeError(error);
}

async function* guarded(body: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await body.next();
    } catch (error) {
      throw new InputError(gzipReason(error));
    }
    if (next.done) return;
    yield next.value;
  }
}
