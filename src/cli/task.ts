import { siteOf } from '../score/template.js';
import type { TemplateCountsData } from '../score/template-counts.js';
import type { DocumentSketch } from '../score/sketch.js';
import type { OutputFormat } from '../model/index.js';
import { errorRecord, pageOf, parseRecord, type JsonRecord } from './jsonl.js';
import type { FailureCode } from './errors.js';

// What the main thread and the workers share about a document, without the extraction itself
// (run-task.ts), so that a main thread that leaves the work to workers never loads it.

/** How each document is rendered; the same for every document of a run. */
export interface RenderOptions {
  format: OutputFormat;
  explain: boolean;
  color: boolean;
  pageFormat: 'auto' | 'html' | 'text';
  /** A document in which no story is found fails (`--fail-empty`). */
  failEmpty: boolean;
  /** Bytes of a document, stored or decompressed, refused past this. */
  maxBytes: number;
  /** Markdown (and JSON's `markdown`): links as links, pictures shown, YAML front matter first. */
  links: boolean;
  images: boolean;
  frontMatter: boolean;
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
  /** The group of the batch whose template this document's lines are counted in (see `TemplateLearner`); the whole batch if none. */
  group?: string;
}

/** What the batch's first pass makes of a document: its sketch, and the host it was fetched from (`''` if unknown). */
export interface FirstPass extends DocumentSketch {
  site: string;
}

/** What the first pass finds of a document that cannot be read (or took too long): nothing to count. */
export const NOTHING_READ = (site = ''): FirstPass => ({ lines: new Uint32Array(0), paths: new Uint32Array(0), site });

/** What the main thread asks of a pool worker. */
export type WorkerRequest =
  | { type: 'task'; id: number; task: Task }
  | { type: 'lines'; id: number; task: Task }
  | { type: 'batch'; data: TemplateCountsData };

/** A document's rendered output: text, or its UTF-8 bytes as a worker hands them over (moved, not copied). */
export type Output = string | Uint8Array;

export type TaskResult =
  /** `empty`: no story was found. */
  | { ok: true; out: Output; inputChars: number; outputChars: number; empty: boolean }
  /** `out` is the error record that takes the document's place in JSON output. */
  | { ok: false; code: FailureCode; reason: string; out?: Output };

/** A failed document, with the error record that takes its place in JSON output (not in the explain view). */
export function failure(source: string, options: Pick<RenderOptions, 'format' | 'explain'>, code: FailureCode, reason: string, carried: JsonRecord = {}): TaskResult {
  const asRecord = options.format === 'json' && !options.explain;
  return { ok: false, code, reason, out: asRecord ? errorRecord(source, code, reason, carried) : undefined };
}

interface ResolvedPage {
  page: string | Uint8Array;
  carried?: JsonRecord;
  inputFormat: 'auto' | 'html' | 'text';
  /** The host the page was fetched from, for counting the batch's template per site. */
  site: string;
}

/** The page a task carries: its bytes, or the page field of its JSON record; a reason if none. */
export function resolvePage(task: Task, options: RenderOptions): ResolvedPage | { reason: string; code: FailureCode; record: JsonRecord } {
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

/** A document that failed outside extraction (it ran out of time): its error record keeps the record's fields. */
export function failedTask(task: Task, options: RenderOptions, code: FailureCode, reason: string): TaskResult {
  const resolved = resolvePage(task, options);
  return failure(task.source, options, code, reason, 'reason' in resolved ? resolved.record : resolved.carried);
}

/** What a document in which no story is found says on stderr, and in its error record with `--fail-empty`. */
export const NO_STORY = 'no story found';
