import { documentLines, extractTrace, ExtractError } from '../extract.js';
import { renderExplain } from '../render/explain.js';
import { siteOf, type LineStats, type LineStatsData } from '../score/template.js';
import type { ExtractTrace, OutputFormat } from '../types.js';
import { errorRecord, pageOf, parseRecord, type JsonRecord } from './jsonl.js';

/** How each document is rendered; the same for every document of a run. */
export interface RenderOptions {
  format: OutputFormat;
  explain: boolean;
  color: boolean;
  pageFormat: 'auto' | 'html' | 'text';
}

/** One document to extract: a whole input, a JSON Lines record (parsed where it is run) or a WARC response. */
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
  /** Why the document is refused unread (too large): it fails, leaving an error record. */
  refused?: string;
  /** One of several documents on one stream: Markdown and text get a line naming the source. */
  separated: boolean;
}

/** What the main thread asks of a pool worker. */
export type WorkerRequest =
  | { type: 'task'; id: number; task: Task }
  | { type: 'lines'; id: number; task: Task }
  | { type: 'batch'; data: LineStatsData };

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

interface ResolvedPage {
  page: string | Uint8Array;
  carried?: JsonRecord;
  inputFormat: 'auto' | 'html' | 'text';
  /** The host the page was fetched from, for counting the batch's template per site. */
  site: string;
}

/** The page a task carries: its bytes, or the page field of its JSON record; a reason if none. */
function resolvePage(task: Task, options: RenderOptions): ResolvedPage | { reason: string; code: string; record: JsonRecord } {
  const inputFormat = task.html && options.pageFormat === 'auto' ? 'html' : options.pageFormat;
  if (task.refused) return { reason: task.refused, code: 'too-large', record: task.carried ?? {} };
  if (!task.record) return { page: task.page ?? '', carried: task.carried, inputFormat, site: siteOf(task.carried?.url) };
  const record = parseRecord(Buffer.from(task.record.buffer, task.record.byteOffset, task.record.byteLength).toString('utf8'));
  const found = record && pageOf(record, task.field);
  if (!record) return { reason: 'not a JSON object', code: 'bad-json', record: {} };
  if (!found) return { reason: `no ${task.field ?? 'html, content, body, raw or text'} field with a page`, code: 'no-page', record };
  const carried = { ...record };
  delete carried[found.field];
  // a page from an `html` field is a page, however little markup it has
  const format = found.field === 'html' && options.pageFormat === 'auto' ? 'html' : inputFormat;
  return { page: found.page, carried, inputFormat: format, site: siteOf(record.url) };
}

/** The first pass over a batch: a document's site and its normalised lines (none if unreadable). */
export function taskLines(task: Task, options: RenderOptions): { site: string; lines: string[] } {
  const resolved = resolvePage(task, options);
  if ('reason' in resolved) return { site: '', lines: [] };
  try {
    return { site: resolved.site, lines: documentLines(resolved.page, { inputFormat: resolved.inputFormat, charset: task.charset }) };
  } catch {
    return { site: resolved.site, lines: [] };
  }
}

/** A document that failed outside extraction (it ran out of time): its error record keeps the record's fields. */
export function failedTask(task: Task, options: RenderOptions, code: string, reason: string): TaskResult {
  const asRecord = options.format === 'json' && !options.explain;
  const resolved = resolvePage(task, options);
  const carried = 'reason' in resolved ? resolved.record : resolved.carried ?? {};
  return { ok: false, reason, out: asRecord ? errorRecord(task.source, code, reason, carried) : undefined };
}

/** Extracts and renders one document; never throws (a failure is a result too). */
export function runTask(task: Task, options: RenderOptions, batch?: LineStats): TaskResult {
  const asRecord = options.format === 'json' && !options.explain;
  const resolved = resolvePage(task, options);
  if ('reason' in resolved) {
    return { ok: false, reason: resolved.reason, out: asRecord ? errorRecord(task.source, resolved.code, resolved.reason, resolved.record) : undefined };
  }
  const { page, carried, inputFormat, site } = resolved;
  try {
    const trace = extractTrace(page, { source: task.source, inputFormat, charset: task.charset, batch, batchSite: site });
    const { inputChars, outputChars } = trace.result.stats;
    return { ok: true, out: render(trace, options, task, carried), inputChars, outputChars };
  } catch (error) {
    if (!(error instanceof ExtractError) && process.env.DECLUTTER_DEBUG) console.error(error);
    const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
    return { ok: false, reason, out: carried && asRecord ? errorRecord(task.source, 'extract', reason, carried) : undefined };
  }
}
