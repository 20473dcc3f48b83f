/**
 * Lines of program code in a text dump. A flattened page keeps a code block's lines as lines
 * (`const response = await fetch(url, {`, `method: "POST",`, `});`): read one by one they are
 * short lines, repeats and teaser-like runs that cut the story of a documentation page in two.
 * A run of them is one code block, as `<pre>` is in HTML.
 */

import { CODE_BLOCK } from '../settings.js';

/** Words that open a statement in the common languages and shells. */
const KEYWORDS = [
  'const', 'let', 'var', 'function', 'def', 'class', 'import', 'from', 'export', 'return', 'async', 'await', 'public', 'private',
  'protected', 'static', 'fn', 'func', 'package', '#include', '#define', 'using', 'namespace', 'SELECT', 'INSERT', 'UPDATE', 'CREATE',
  'npm', 'npx', 'pip', 'yarn', 'git', 'cd', 'sudo', 'curl', 'docker', 'kubectl',
];
/** A keyword, then code's symbols before any sentence's end: `const x = 1`, `def main():`, `git clone https://…`. */
const STATEMENT = new RegExp(`^(?:${KEYWORDS.join('|')})\\s+[^.!?]*[=({:;'"\`$]`);

/** What only code writes: an opening or closing brace or statement end at the line's end, a comment, an arrow, a shell prompt. */
const CODE_SHAPE = [
  /[{[(]\s*$/, // a block, an array or a call opened at the line's end
  /^[}\])]+[;,)]*\s*$/, // a block closed
  /[{}]\s*$|[()=[\]"'][^;]*;\s*$/, // a block ended, or a statement: a line of clauses ends with `;` too, but without code's symbols
  /^(?:\/\/|\/\*|\*\/|#!|<!--)/, // a comment
  /\s(?:=>|===|!==|&&|\|\||\+=|-=)\s|\)\s*=>|\w::\w|\w->\w|<\/\w|\w\/>/, // operators prose does not write
  /^(?:\$|>>>|PS>)\s+[a-z][\w.-]*\s+\S/, // a command at a shell's or REPL's prompt
  STATEMENT, // a keyword opening a statement
  /^[a-z_$][\w$]*(?:\.[\w$]+)*\([^)]*\);?\s*$/, // a call alone on its line: `main()`, `console.log(x);`
  /^(?:"[^"]+"|'[^']+'|[a-z_$][\w$.]*)\s*[:=]\s*(?:["'\d[{(`]|true\b|false\b|null\b|new\s)/, // a key or an assignment: `method: "POST",`
];

/** A line of prose ends like a sentence (two letters are enough to tell, and keep the scan linear). */
const SENTENCE = /\p{L}{2}[.!?]["'’”)]?$/u;
const LETTER = /\p{L}/gu;
const SYMBOL = /[{}[\]()<>=;:"'`$\\|&*+/#@%^~_-]/g;

/** How a line reads as code: on its own (`shaped`), only beside code (`like`: symbols, not words), or not at all. */
export function codeLineKind(text: string): 'shaped' | 'like' | null {
  if (text.length > CODE_BLOCK.maxLineChars) return null;
  const sentence = SENTENCE.test(text);
  if (!(sentence && !text.includes(';')) && CODE_SHAPE.some((pattern) => pattern.test(text))) return 'shaped';
  const letters = text.match(LETTER)?.length ?? 0;
  const symbols = text.match(SYMBOL)?.length ?? 0;
  return symbols >= CODE_BLOCK.minSymbols && symbols >= letters * CODE_BLOCK.symbolShare && !sentence ? 'like' : null;
}

/** A line that may sit inside a code block, code-shaped or not. */
export const isCodeLike = (text: string): boolean => codeLineKind(text) !== null;
