import { unlinkSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files being written now: an interrupted run removes them before it exits. */
const inProgress = new Set<string>();

/** Writes beside the target, then renames: a reader sees the old file or the new one, never half. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  inProgress.add(temp);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    inProgress.delete(temp);
  }
}

/** Signal numbers, for the conventional exit code 128 + n. */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * On Ctrl-C or a kill, removes the temp files being written and exits: every output file that
 * exists is whole, and `--skip-existing` finishes the run later.
 */
export function cleanUpOnSignals(): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      for (const temp of inProgress) {
        try {
          unlinkSync(temp);
        } catch {
          // already renamed or never created
        }
      }
      process.exit(128 + number);
    });
  }
}
