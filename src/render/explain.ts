import { createRequire } from 'node:module';

/** chalk, loaded for the first explain view: a run that prints none does without it. */
let chalk: typeof import('chalk') | undefined;
const loadChalk = () => (chalk ??= createRequire(import.meta.url)('chalk') as typeof import('chalk'));
import type { ExtractTrace } from '../model/index.js';
import { stripControls } from '../segment/clean.js';
import { PREVIEW_CHARS } from '../settings.js';
import { mapped } from '../model/mapped.js';

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

/**
 * Every block with its label, weight, origin and the deciding reason: a user sees why a line
 * went, a developer sees what to fix. Coloured only when asked (the CLI asks on a terminal).
 */
export function renderExplain(trace: ExtractTrace, color: boolean): string {
  const c = new (loadChalk().Chalk)({ level: color ? 1 : 0 });
  const { result, blocks, region } = trace;
  const lines = [
    c.bold(`${stripControls(result.source)}: ${result.inputFormat}, ${blocks.length} blocks, ${result.stats.blocksKept} kept`),
    `title: ${result.title ?? '-'} | byline: ${result.byline ?? '-'} | date: ${result.date ?? '-'} | site: ${result.site ?? '-'} | lang: ${result.lang ?? '-'}`,
    region ? `story: blocks ${region.start + 1}–${region.end + 1}, ${region.why}` : 'story: none found',
    `page type: ${trace.page.type}${trace.page.why.length ? ` (${mapped(trace.page.why, stripControls).join(', ')})` : ''}`,
  ];
  for (const b of blocks) {
    const kind = b.asHeading !== undefined ? 'heading*' : b.kind;
    const label = b.label === 'keep' ? c.green('keep') : c.red('drop');
    const rule = b.rule ? `${b.rule}${b.gradedBy ? ` (${b.gradedBy})` : ''}: ` : '';
    const head = `${label}  ${String(b.score).padStart(6)}  ${kind.padEnd(9)} ${b.origin.padEnd(14)} ${rule}${b.reason}`;
    const body = b.label === 'keep' ? preview(b.text) : c.dim(preview(b.text));
    lines.push(`${head}\n        ${body}`);
  }
  return `${lines.join('\n')}\n`;
}
