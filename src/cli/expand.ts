import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One input to extract: a file (with the folder its mirrored output path is relative to), or stdin. */
export interface InputFile {
  /** As the user will read it in messages and in `source`. */
  path: string;
  /** Path below the folder or glob it came from; the file name for a plain file. */
  relative: string;
}

/** A folder or glob that gives no file: reported like an input that failed. */
export interface EmptyInput {
  path: string;
  reason: string;
}

const NO_MATCH = 'no files match';
const EMPTY_FOLDER = 'folder holds no files';

/** The static folder a glob starts from: `pages/**\/*.html` → `pages`. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.length === parts.length ? dirname(pattern) : fixed.join('/') || '.';
}

/**
 * Turns the command line's inputs into files, in a stable order: a file stays itself, a folder
 * becomes every file below it (sorted), a quoted glob is expanded here. Where the output folder
 * `exclude` lies inside a folder being read, the files under it are left out, so a run never reads
 * its own outputs.
 */
export async function expandInputs(args: string[], exclude?: string): Promise<(InputFile | EmptyInput)[]> {
  const excluded = exclude ? resolve(exclude) + sep : null;
  // an output folder inside the folder being read holds outputs of an earlier run: never inputs
  const keeper = (folder: string) => {
    const inside = excluded !== null && excluded.startsWith(resolve(folder) + sep) && excluded !== resolve(folder) + sep;
    return (path: string) => !inside || !resolve(path).startsWith(excluded!);
  };
  const out: (InputFile | EmptyInput)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', relative: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = (await glob(['**/*'], { cwd: arg, onlyFiles: true, dot: false })).sort();
      const keep = keeper(arg);
      const found = files.map((f) => ({ path: join(arg, f), relative: f })).filter((f) => keep(f.path));
      out.push(...(found.length ? found : [{ path: arg, reason: EMPTY_FOLDER }]));
    } else if (!info && isDynamicPattern(arg)) {
      const base = globBase(arg);
      const files = (await glob([arg], { onlyFiles: true, dot: false })).sort();
      const found = files.filter(keeper(base)).map((f) => ({ path: f, relative: relative(base, f) }));
      out.push(...(found.length ? found : [{ path: arg, reason: NO_MATCH }]));
    } else {
      out.push({ path: arg, relative: arg.split(/[\\/]/).pop() ?? arg });
    }
  }
  return out;
}
