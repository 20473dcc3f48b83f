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
