import { ExtractError, type ExtractErrorCode } from '../errors.js';

/**
 * The `code` of an error record, one word a program can test. Documented in the README and in
 * `schema/error.schema.json`.
 */
export type FailureCode =
  | ExtractErrorCode
  | 'not-found'
  | 'unreadable'
  | 'not-a-file'
  | 'no-match'
  | 'empty-folder'
  | 'timeout'
  | 'bad-json'
  | 'no-page'
  | 'no-story'
  | 'would-overwrite'
  | 'extract';

/** An input that cannot be read; the message is the reason alone, the CLI names the input. */
export class InputError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

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

/** A file-system error that stops an input from being read, as an `InputError`. */
export function unreadable(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', describeError(error));
}

/** A failure's code and its one-line reason, whatever was thrown. */
export function failureOf(error: unknown): { code: FailureCode; reason: string } {
  const known = error instanceof InputError || error instanceof ExtractError;
  if (!known && process.env.DECLUTTER_DEBUG) console.error(error);
  const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
  return { code: known ? error.code : 'extract', reason };
}
