import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
/** A regex literal longer than this is a word list in disguise: it belongs in vocab/words. */
const MAX_LITERAL = 200;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regex literal of a TypeScript source, as the compiler's parser finds it. */
function regexLiterals(text: string, file = 'source.ts'): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

describe('regex literals', () => {
  it('finds the literals of a source, and only those', () => {
    const literals = regexLiterals("const a = /ab+c/gi; const b = 'not / a / regex'; const c = 4 / 2 / 1; // /nor this/\nconst d = [/x/, /y\\//];");
    expect(literals).toEqual(['/ab+c/gi', '/x/', '/y\\//']);
  });

  it(`none in src/ is over ${MAX_LITERAL} characters`, () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const long = files.flatMap((file) =>
      regexLiterals(readFileSync(file, 'utf8'), file)
        .filter((literal) => literal.length > MAX_LITERAL)
        .map((literal) => `${relative(SRC, file)}: ${literal.slice(0, 60)}… (${literal.length} characters)`),
    );
    expect(long).toEqual([]);
  });
});
