import { extractTrace, ExtractError } from '../extract.js';
import { renderExplain } from '../render/explain.js';
import type { LineStats } from '../score/template.js';
import type { ExtractTrace, OutputFormat } from '../types.js';
import { errorRecord, pageOf, parseRecord, type JsonRecord } from './jsonl.js';

/** How each document is rendered; the same for every document of a run. */
export interface RenderOptions {
  format: OutputFormat;
  explain: boolean;
  color: boolean;
  pageFormat: 'auto' | 'html' | 'text';
}

/** One document to extract: a whole input, or one JSON Lines record (parsed where it is run). */
export interface Task {
  source: string;
  page?: Uint8Array;
  record?: Uint8Array;
  /** The record's field that holds the page, when not one of the usual ones. */
  field?: string;
  /** Fields carried into the JSON output (a WARC record's url and date). */
  carried?: JsonRecord;
  /** Charset from a transport header (a WARC record's HTTP response). */
  charset?: string;
  /** The container says what the page is (an HTML response, an `html` field). */
  html?: boolean;
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
  /** `out` is the error record that takes a broken record's place in JSON output. */
  | { ok: false; reason: string; out?: string };

function render(trace: ExtractTrace, options: RenderOptions, task: Task, carried?: JsonRecord): string {
  const { result } = trace;
  if (options.explain) return renderExplain(trace, options.color);
  switch (options.format) {
    case 'json': {
      // the record's own fields come along; the extraction's win, except the address the
      // record was fetched from, which says more than the page's canonical one
      const record = carried ? { ...carried, ...result, url: carried.url ?? result.url } : result;
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
  let page: string | Uint8Array | undefined = task.page;
  let carried = task.carried;
  let inputFormat = task.html && options.pageFormat === 'auto' ? 'html' : options.pageFormat;
  const asRecord = options.format === 'json' && !options.explain;
  if (task.record) {
    const record = parseRecord(Buffer.from(task.record.buffer, task.record.byteOffset, task.record.byteLength).toString('utf8'));
    const found = record && pageOf(record, task.field);
    if (!record || !found) {
      const reason = record ? `no ${task.field ?? 'html, content, body, raw or text'} field with a page` : 'not a JSON object';
      return { ok: false, reason, out: asRecord ? errorRecord(task.source, record ? 'no-page' : 'bad-json', reason, record ?? {}) : undefined };
    }
    page = found.page;
    // a page from an `html` field is a page, however little markup it has
    if (found.field === 'html' && options.pageFormat === 'auto') inputFormat = 'html';
    carried = { ...record };
    delete carried[found.field];
  }
  try {
    const trace = extractTrace(page ?? '', { source: task.source, inputFormat, charset: task.charset, batch });
    const { inputChars, outputChars } = trace.result.stats;
    return { ok: true, out: render(trace, options, task, carried), inputChars, outputChars };
  } catch (error) {
    if (!(error instanceof ExtractError) && process.env.DECLUTTER_DEBUG) console.error(error);
    const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
    return { ok: false, reason, out: carried && asRecord ? errorRecord(task.source, 'extract', reason, carried) : undefined };
  }
}
