import { extractTrace, ExtractError } from '../extract.js';
import { renderExplain } from '../render/explain.js';
import type { LineStats } from '../score/template.js';
import type { ExtractTrace, OutputFormat } from '../types.js';
import type { JsonRecord } from './jsonl.js';

/** How each document is rendered; the same for every document of a run. */
export interface RenderOptions {
  format: OutputFormat;
  explain: boolean;
  color: boolean;
  pageFormat: 'auto' | 'html' | 'text';
}

/** One document to extract: a whole input, or the page of one JSON Lines record. */
export interface Task {
  source: string;
  page: string | Uint8Array;
  /** The record's other fields, carried into the JSON output. */
  carried?: JsonRecord;
  /** One of several documents on one stream: Markdown and text get a line naming the source. */
  separated: boolean;
}

/** What the main thread asks of a pool worker. */
export type WorkerRequest =
  | { type: 'task'; id: number; task: Task }
  | { type: 'lines'; id: number; page: string | Uint8Array }
  | { type: 'batch'; data: unknown };

export type TaskResult =
  | { ok: true; out: string; inputChars: number; outputChars: number }
  | { ok: false; reason: string };

function render(trace: ExtractTrace, options: RenderOptions, task: Task): string {
  const { result } = trace;
  if (options.explain) return renderExplain(trace, options.color);
  switch (options.format) {
    case 'json': {
      // the record's own fields come along; the extraction's win, but a page without a
      // canonical address keeps the record's url
      const { carried } = task;
      const record = carried ? { ...carried, ...result, url: result.url ?? carried.url ?? null } : result;
      return `${JSON.stringify(record)}\n`;
    }
    case 'text':
      return `${task.separated ? `==> ${result.source} <==\n` : ''}${result.text}\n`;
    default:
      return `${task.separated ? `<!-- source: ${result.source} -->\n` : ''}${result.markdown}`;
  }
}

/** Extracts and renders one document; never throws (a failure is a result too). */
export function runTask(task: Task, options: RenderOptions, batch?: LineStats): TaskResult {
  try {
    const trace = extractTrace(task.page, { source: task.source, inputFormat: options.pageFormat, batch });
    const { inputChars, outputChars } = trace.result.stats;
    return { ok: true, out: render(trace, options, task), inputChars, outputChars };
  } catch (error) {
    if (!(error instanceof ExtractError) && process.env.DECLUTTER_DEBUG) console.error(error);
    return { ok: false, reason: ((error as Error)?.message ?? String(error)).split('\n')[0]! };
  }
}
