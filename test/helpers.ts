import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Block, Features, ScoredBlock } from '../src/model/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file below a folder, as sorted paths relative to it. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

export function fixturePath(name: string): string {
  return join(ROOT, 'fixtures', name);
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A block as a segmenter would emit it, with neutral evidence unless the test says otherwise. */
export function makeBlock(text: string, extra: Partial<Block> = {}): Block {
  return {
    index: 0,
    kind: 'paragraph',
    level: 0,
    ordered: false,
    text,
    origin: 'test',
    linkChars: 0,
    hint: 0,
    hintReason: '',
    container: null,
    glued: false,
    ...extra,
  };
}

const NEUTRAL_FEATURES: Features = {
  words: 0, stopwordDensity: 0, linkDensity: 0, endsSentence: false, sentences: 0, titleCase: false,
};

/** A kept block for the renderers. */
export function kept(text: string, extra: Partial<ScoredBlock> = {}): ScoredBlock {
  return {
    ...makeBlock(text),
    features: NEUTRAL_FEATURES,
    score: 0,
    label: 'keep',
    reason: 'test',
    ...extra,
  };
}

/** Word tokens as the property tests count them. */
export const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The command line's tests run the built binary. `npm test` builds first; a bare `vitest run` after editing src/ rebuilds here so the binary is current. */
export function ensureBuilt(): void {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { stdio: 'ignore' });
  if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: run `npx tsc -p .`');
}
