import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target, then renames: a reader sees the old file or the new one, never half.
 * Synchronously on purpose: a signal handler runs only between two writes, so an interrupted
 * run never leaves a temp file behind (an asynchronous write still in the thread pool could
 * create its temp file after the handler had looked for it).
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    throw error;
  }
}

/** Signal numbers, for the conventional exit code 128 + n. */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * On Ctrl-C or a kill, exits between two writes with 128 + the signal's number: every output
 * file that exists is whole, and `--skip-existing` finishes the run later.
 */
export function cleanUpOnSignals(): void {
  for (const [signal, number] of Object.entries(SIGNALS)) process.once(signal, () => process.exit(128 + number));
}
