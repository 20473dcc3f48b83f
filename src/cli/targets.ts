import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeError } from './errors.js';
import type { InputFile } from './expand.js';

/** A file's identity on its device, the same by any name it has (a symbolic or a hard link); null if it does not exist. */
export function identity(path: string): string | null {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** The inputs by identity, for telling whether an output path is one of them under another name. */
export class InputIdentities {
  private readonly byIdentity = new Map<string, string>();

  constructor(files: InputFile[]) {
    for (const file of files) {
      if (file.path === '-') continue;
      const id = identity(file.path);
      if (id !== null && !this.byIdentity.has(id)) this.byIdentity.set(id, file.path);
    }
  }

  /** The input that `path` names, if any. */
  inputAt(path: string): string | undefined {
    const id = identity(path);
    return id === null ? undefined : this.byIdentity.get(id);
  }
}

/**
 * Why `-o FILE` cannot be written, checked before any input is read: its folder is missing or
 * not writable, it is a folder, or it is one of the inputs (by whatever name). Null when fine.
 */
export function outputFileProblem(output: string, inputs: InputIdentities): string | null {
  const folder = dirname(output);
  try {
    if (!statSync(folder).isDirectory()) return `cannot write ${output}: ${folder} is not a folder`;
    accessSync(folder, constants.W_OK);
  } catch (error) {
    return `cannot write ${output}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? `folder ${folder} does not exist` : describeError(error)}`;
  }
  if (identity(output) !== null && statSync(output).isDirectory()) return `cannot write ${output}: it is a folder`;
  const input = inputs.inputAt(output);
  if (input !== undefined) return `-o ${output} is the input ${input}: refusing to replace it`;
  return null;
}

/**
 * The files a run has written, by identity: an output never replaces another output of the same
 * run, even where two names reach one file (a case-insensitive file system, a link).
 */
export class WrittenOutputs {
  private readonly bySource = new Map<string, string>();

  /** The input whose output already lies at `path`, if any. */
  writtenBy(path: string): string | undefined {
    const id = identity(path);
    return id === null ? undefined : this.bySource.get(id);
  }

  record(path: string, source: string): void {
    const id = identity(path);
    if (id !== null) this.bySource.set(id, source);
  }
}
