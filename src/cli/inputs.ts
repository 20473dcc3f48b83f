import { readFile, stat } from 'node:fs/promises';

/** An input that cannot be read; the message is the reason alone, the CLI names the input. */
export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** A file-system error in a few words, without the paths Node puts in its messages. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || (error as Error).message);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The raw bytes of one input (`-` is stdin); decoding is the library's job. */
export async function readInput(input: string): Promise<{ bytes: Uint8Array; charset?: string }> {
  if (input === '-') return { bytes: await readStdin() };
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new InputError(REASONS.EISDIR);
    if (!info.isFile()) throw new InputError('not a regular file');
    return { bytes: await readFile(input) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeError(error));
  }
}
