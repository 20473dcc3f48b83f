#!/usr/bin/env node
// Writes src/vocab/date-names.ts, the month and weekday names and the relative-time templates the
// date rules read, from the ICU of the Node that runs it (see src/vocab/icu-dates.ts). Run it after
// changing the locales or the forms there, or to take up a newer ICU; test/vocab/dates.test.ts
// fails when the file and the runtime's ICU disagree.
//
// usage: npm run build && node scripts/date-names.mjs
import { writeFileSync } from 'node:fs';
import { dateNamesFromIcu, monthNamesFromIcu, relativeTimeTemplatesFromIcu } from '../dist/vocab/icu-dates.js';

const OUT = new URL('../src/vocab/date-names.ts', import.meta.url).pathname;
const WIDTH = 110;

/** A string as a TypeScript literal, with invisible characters (marks of direction, odd spaces) escaped. */
const literal = (text) =>
  `'${text.replace(/[\\']/g, '\\$&').replace(/[^\P{C}]|[^\P{Z} ]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`)}'`;

/** A list of strings as TypeScript, filled to the width. */
function list(strings) {
  const lines = [];
  let line = ' ';
  for (const s of strings.map(literal)) {
    if (line.length + s.length + 2 > WIDTH) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${s},`;
  }
  lines.push(line);
  return `[\n${lines.join('\n')}\n]`;
}

writeFileSync(
  OUT,
  `// Written by scripts/date-names.mjs from ICU ${process.versions.icu} (Node ${process.version}); do not edit.\n\n` +
    `/** The words of month and weekday names in the named-date locales, lower-cased. */\n` +
    `export const DATE_NAMES: readonly string[] = ${list(dateNamesFromIcu())};\n\n` +
    `/** Each month's names, January's first: those every language that has the name gives one month. */\n` +
    `export const MONTH_NAMES: readonly (readonly string[])[] = [\n${monthNamesFromIcu().map((names) => list(names).replace(/\n/g, '\n  ')).map((l) => `  ${l},`).join('\n')}\n];\n\n` +
    `/** Relative times with their numbers as \`#\`: \`vor # stunden\`, \`#小时前\`, \`yesterday\`. */\n` +
    `export const RELATIVE_TIME_TEMPLATES: readonly string[] = ${list(relativeTimeTemplatesFromIcu())};\n`,
);
console.log(`wrote ${OUT}`);
