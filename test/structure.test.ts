import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;
/** No regex literal longer than this: a longer pattern is composed from word lists (see src/vocab/). */
const MAX_REGEX_CHARS = 200;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const files = sourceFiles(SRC).map((path) => ({ path, name: relative(ROOT, path).replaceAll('\\', '/'), source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true) }));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const lineOf = (source: ts.SourceFile, position: number) => source.getLineAndCharacterOfPosition(position).line + 1;

describe('the source', () => {
  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => f.source.getLineStarts().length > MAX_FILE_LINES).map((f) => `${f.name}: ${f.source.getLineStarts().length}`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const { name, source } of files) {
      walk(source, (node) => {
        if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) return;
        const lines = lineOf(source, node.end) - lineOf(source, node.getStart()) + 1;
        if (lines > MAX_FUNCTION_LINES) long.push(`${name}:${lineOf(source, node.getStart())}: ${lines} lines`);
      });
    }
    expect(long).toEqual([]);
  });

  it(`has no regex literal over ${MAX_REGEX_CHARS} characters`, () => {
    const long: string[] = [];
    for (const { name, source } of files) {
      walk(source, (node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && node.getText().length > MAX_REGEX_CHARS) long.push(`${name}:${lineOf(source, node.getStart())}: ${node.getText().length}`);
      });
    }
    expect(long).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    const imports = new Map<string, string[]>();
    for (const { path, source } of files) {
      const targets: string[] = [];
      walk(source, (node) => {
        const specifier = ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ? node.moduleSpecifier : undefined;
        if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) targets.push(resolve(dirname(path), specifier.text.replace(/\.js$/, '.ts')));
      });
      imports.set(path, targets);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of imports.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  // see src/model/mapped.ts: an optimised function's `map` builds an array of another kind than
  // the interpreter's, and every function that reads it is deoptimised when that changes
  it('builds the arrays of the extraction core with mapped, never Array.prototype.map', () => {
    const CORE = /^src\/(?:detect|features|metadata|read|render|rules|score|segment|select)\/|^src\/pipeline\.ts$/;
    const calls: string[] = [];
    for (const { name, source } of files) {
      if (!CORE.test(name)) continue;
      walk(source, (node) => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'map') calls.push(`${name}:${lineOf(source, node.getStart())}`);
      });
    }
    expect(calls).toEqual([]);
  });
});
