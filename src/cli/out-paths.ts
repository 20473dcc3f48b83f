import { join, normalize, resolve } from 'node:path';
import type { InputFile } from './expand.js';

/** Where an input's output goes below `--out-dir`, before its extension; or the input it would collide with. */
export type PlannedOutput = { stem: string } | { clashesWith: InputFile };

/** `a/b/page.html.gz` → `a/b/page`: the input's path below its folder, without `.gz` and its own extension. */
function mirrored(file: InputFile): string {
  return file.relative.replace(/\.gz$/i, '').replace(/(?<=[^/\\])\.[^./\\]{1,10}$/, '');
}

/** The input's folder as a path that stays below the output folder: `../x/a` → `x/a`, `/srv/a` → `srv/a`. */
function rootLabel(file: InputFile): string {
  const parts = normalize(file.root).split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..' && !/^[A-Za-z]:$/.test(p));
  return parts.join('/');
}

/**
 * The output path of every input below `--out-dir`, found before anything is written, so that two
 * inputs never share one output. Each input mirrors its path below its folder (`sub/page.html` →
 * `sub/page`). Inputs that would share one keep their whole names instead (`x.html`, `x.html.gz`);
 * those that still would (one name below two input folders) go below their folder's path
 * (`a/page.html`, `b/page.html`). One file given twice, or whatever still collides after that,
 * keeps the first in input order, and the others fail naming it.
 */
export function planOutputs(files: InputFile[]): Map<InputFile, PlannedOutput> {
  const plan = new Map<InputFile, PlannedOutput>();
  // one file given twice fails at once, so that its first mention keeps the plain name
  const firstByPath = new Map<string, InputFile>();
  const distinct: InputFile[] = [];
  for (const file of files) {
    const first = firstByPath.get(resolve(file.path));
    if (first) plan.set(file, { clashesWith: first });
    else {
      firstByPath.set(resolve(file.path), file);
      distinct.push(file);
    }
  }
  const namings: ((file: InputFile) => string)[] = [mirrored, (f) => f.relative, (f) => join(rootLabel(f), f.relative)];
  const stems = new Map(distinct.map((f) => [f, namings[0]!(f)]));
  for (const naming of namings.slice(1)) {
    for (const group of collisions(stems)) for (const file of group) stems.set(file, naming(file));
  }
  for (const [file, stem] of stems) plan.set(file, { stem });
  for (const [first, ...others] of collisions(stems)) for (const file of others) plan.set(file, { clashesWith: first! });
  return plan;
}

/** The groups of inputs that share a stem, each in input order. */
function collisions(stems: Map<InputFile, string>): InputFile[][] {
  const byStem = new Map<string, InputFile[]>();
  for (const [file, stem] of stems) {
    const group = byStem.get(stem);
    if (group) group.push(file);
    else byStem.set(stem, [file]);
  }
  return [...byStem.values()].filter((group) => group.length > 1);
}
