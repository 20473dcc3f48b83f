import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FailureCode } from './errors.js';
import { contentIsReadable, fileStart, kindByName } from './file-kinds.js';

/** One input to extract: a file (with the folder its mirrored output path is relative to), or stdin. */
export interface InputFile {
  /** As the user will read it in messages and in `source`. */
  path: string;
  /** Path below the folder or glob it came from; the file name for a plain file. */
  relative: string;
  /** The folder that `relative` is relative to: the folder or the glob's fixed start, or a plain file's folder. */
  root: string;
}

/** A folder or glob that gives no file: reported like an input that failed. */
export interface EmptyInput {
  path: string;
  code: FailureCode;
  reason: string;
}

export interface ExpandOptions {
  /** The output folder: files under it are never inputs. */
  outDir?: string;
  /** Globs: with any, a folder's or glob's files are read only when one matches (whatever their type). */
  include?: string[];
  /** Globs: a folder's or glob's files that match one are passed over. */
  exclude?: string[];
  /** The JSON Lines field holding the page, for telling records from other JSON. */
  field?: string;
}

export interface Expanded {
  inputs: (InputFile | EmptyInput)[];
  /** Files below a folder or glob passed over: not pages by name or content, or excluded. */
  skipped: number;
}

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

/** A matcher for globs given on the command line: one without a slash matches a file's name at any depth. */
function matcher(globs: string[] | undefined): ((path: string) => boolean) | null {
  if (!globs?.length) return null;
  const tests = globs.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
  return (path) => tests.some((test) => test(path));
}

/**
 * Turns the command line's inputs into files, in a stable order: a file stays itself, a folder
 * becomes every page, dump, records file or archive below it (sorted; by name, or by content
 * when the name says nothing), a quoted glob is expanded here. `--include` and `--exclude`
 * choose among a folder's or a glob's files. Where the output folder lies inside a folder being
 * read, the files under it are left out, so a run never reads its own outputs.
 */
export async function expandInputs(args: string[], options: ExpandOptions = {}): Promise<Expanded> {
  const excluded = options.outDir ? resolve(options.outDir) + sep : null;
  // an output folder inside the folder being read holds outputs of an earlier run: never inputs
  const keeper = (folder: string) => {
    const inside = excluded !== null && excluded.startsWith(resolve(folder) + sep) && excluded !== resolve(folder) + sep;
    return (path: string) => !inside || !resolve(path).startsWith(excluded!);
  };
  const include = matcher(options.include);
  const exclude = matcher(options.exclude);
  let skipped = 0;
  /** Whether a file found below a folder or glob is read: the user's globs first, then its kind. */
  const chosen = (file: InputFile, byKind: boolean): boolean => {
    const path = file.relative.split(sep).join('/');
    let read = !(exclude?.(path) ?? false) && (include?.(path) ?? true);
    if (read && byKind && !include) {
      const kind = kindByName(file.relative);
      if (kind === 'unknown') {
        const start = fileStart(file.path);
        read = start === null || contentIsReadable(start, options.field);
      } else read = kind === 'page';
    }
    if (!read) skipped++;
    return read;
  };
  const out: (InputFile | EmptyInput)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', relative: 'stdin', root: '.' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = (await glob(['**/*'], { cwd: arg, onlyFiles: true, dot: false })).sort();
      const keep = keeper(arg);
      const found: InputFile[] = [];
      for (const f of files) {
        const file = { path: join(arg, f), relative: f, root: arg };
        if (keep(file.path) && chosen(file, true)) found.push(file);
      }
      out.push(...(found.length ? found : [{ path: arg, code: 'empty-folder' as const, reason: files.length ? 'folder holds no pages' : 'folder holds no files' }]));
    } else if (!info && isDynamicPattern(arg)) {
      const base = globBase(arg);
      const files = (await glob([arg], { onlyFiles: true, dot: false })).sort();
      const keep = keeper(base);
      const found: InputFile[] = [];
      for (const f of files) {
        const file = { path: f, relative: relative(base, f), root: base };
        if (keep(file.path) && chosen(file, false)) found.push(file);
      }
      out.push(...(found.length ? found : [{ path: arg, code: 'no-match' as const, reason: 'no files match' }]));
    } else {
      out.push({ path: arg, relative: arg.split(/[\\/]/).pop() ?? arg, root: dirname(arg) });
    }
  }
  return { inputs: out, skipped };
}
