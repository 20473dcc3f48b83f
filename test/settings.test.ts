import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');
/**
 * Numbers that are structure, not tuning: none, one, a pair or a half, tenths and percentages
 * when rounding for display, and the units (seconds, kibibytes). Hex literals are byte codes.
 */
const STRUCTURAL = new Set(['0', '1', '2', '10', '100', '1000', '1024']);
/** A format's own numbers (byte-order marks, signal numbers, column widths, heading levels), by file. */
const FORMAT_NUMBERS: Record<string, { values: string[]; why: string }> = {
  'src/read/decode.ts': { values: ['3'], why: "the UTF-8 byte-order mark's length" },
  'src/cli/write.ts': { values: ['15', '128'], why: 'SIGTERM, and the shell exit status of a signal' },
  'src/render/explain.ts': { values: ['6', '9', '14'], why: 'column widths of the explain view' },
  'src/render/markdown.ts': { values: ['6', '3'], why: 'the deepest Markdown heading; the dashes of a table delimiter cell' },
  'src/metadata/date.ts': { values: ['60'], why: 'minutes an hour, for an offset written as hours and minutes' },
  'src/features/hash.ts': { values: ['8', '16', '24'], why: 'the bit offsets of the bytes of a 32-bit number' },
  'src/vocab/icu-dates.ts': { values: ['2020', '15', '12', '7', '5', '3'], why: 'sample dates and numbers that bring out every month, weekday and plural form' },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Numeric literals of a file that are neither structural nor byte codes, as `line:value`. */
function tuningLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // a rule's examples are data about blocks, not settings
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'examples') return;
    if (ts.isNumericLiteral(node) && !STRUCTURAL.has(node.text) && !/^0x/i.test(node.getText())) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}:${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('settings', () => {
  it('holds every tuning number: no other source file has one', () => {
    const stray: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const name = relative(ROOT, file).replaceAll('\\', '/');
      if (name === 'src/settings.ts' || name.startsWith('src/settings/')) continue;
      const allowed = new Set(FORMAT_NUMBERS[name]?.values ?? []);
      for (const literal of tuningLiterals(file)) if (!allowed.has(literal.split(':')[1]!)) stray.push(`${name}:${literal}`);
    }
    expect(stray).toEqual([]);
  });

  it('gives every setting a comment that says why', () => {
    const lines = sourceFiles(join(SRC, 'settings')).flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    expect(lines.filter((line) => line.startsWith('export const ')).length).toBeGreaterThan(100);
    const bare = lines.flatMap((line, i) => {
      if (!line.startsWith('export const ')) return [];
      // a comment above it, or a run of settings that one comment covers
      for (let j = i - 1; j >= 0; j--) {
        const above = lines[j]!;
        if (above.trimEnd().endsWith('*/')) return [];
        if (!above.startsWith('export const ') && !above.startsWith('  ') && above !== '};') return [line.slice(13, line.indexOf(' =', 13))];
      }
      return [];
    });
    expect(bare).toEqual([]);
  });
});
