import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ExtractError } from '../extract.js';
import { LineStats, TEMPLATE_MIN_DOCUMENTS } from '../score/template.js';
import type { OutputFormat } from '../types.js';
import { ExtractPool, type DocumentLines } from './pool.js';
import type { Task, TaskResult } from './task.js';
import type { InputFile } from './expand.js';
import { describeError, InputError } from './errors.js';
import { isBlank, looksLikeJsonLines, readLines } from './jsonl.js';
import { contentChunks, openInput, readAll, storedChunks, type OpenInput } from './stream.js';
import { looksLikeWarc, warcPages } from './warc.js';
import { Progress } from './progress.js';
import { writeAtomic } from './write.js';
import { stripControls } from '../segment/clean.js';

export interface BatchOptions {
  format: OutputFormat;
  inputFormat: 'auto' | 'html' | 'text' | 'jsonl' | 'warc';
  output?: string;
  outDir?: string;
  skipExisting?: boolean;
  explain?: boolean;
  template: boolean;
  field?: string;
  quiet?: boolean;
  jobs: number;
  /** A document (or a record) larger than this is refused, so one giant file cannot stall a batch. */
  maxBytes: number;
  /** Seconds a document may take in a batch (0: no limit); undefined: the batch default. */
  timeout?: number;
}

/** Real pages take milliseconds; a minute is a page that would stall the batch. */
const DEFAULT_TIMEOUT_SECONDS = 60;

/** Documents in flight per worker: one at work, one waiting its turn to be written. */
const IN_FLIGHT_PER_JOB = 2;

/** What an input holds: one document, or many (JSON Lines records, a WARC archive). */
type Container = 'document' | 'jsonl' | 'warc';

const EXTENSIONS: Record<OutputFormat, string> = { markdown: '.md', json: '.json', text: '.txt' };

/** `a/b/page.html.gz` → `a/b/page.md`: the mirrored name of an input's output. */
function outputName(relativePath: string, options: BatchOptions, records: boolean): string {
  const bare = relativePath.replace(/\.gz$/i, '').replace(/(?<=.)\.[^./\\]{1,10}$/, '');
  if (options.explain) return `${bare}.explain.txt`;
  return bare + (records && options.format === 'json' ? '.jsonl' : EXTENSIONS[options.format]);
}

/** A one-line reason: library and input errors say it themselves, anything else by its message. */
function reasonOf(error: unknown): string {
  if (!(error instanceof ExtractError || error instanceof InputError) && process.env.DECLUTTER_DEBUG) console.error(error);
  return ((error as Error).message ?? String(error)).split('\n')[0]!;
}

/** Writes to stdout; false when the reader has gone (`declutter … | head`), which ends the run quietly. */
function writeStdout(text: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else reject(error);
    });
  });
}

/**
 * One run over the inputs: each file is a document, JSON Lines records or a WARC archive; every
 * document is extracted and rendered, and goes to stdout, to one file (`-o`) or to its mirrored
 * file (`--out-dir`). A failure is reported and counted, and the run goes on.
 */
export class BatchRun {
  private readonly tally = { documents: 0, failed: 0, skipped: 0, inputChars: 0, outputChars: 0 };
  private readonly collected: string[] = [];
  private readonly started = performance.now();
  private readonly inputPaths: Set<string>;
  private readerGone = false;
  private pool: ExtractPool | undefined;
  private manyDocuments: boolean;
  private readonly progress: Progress;
  /** Work in flight, in input order: each entry's result is awaited and written in turn. */
  private readonly queue: { pending: Promise<TaskResult | null>; then: (result: TaskResult | null) => Promise<void> }[] = [];

  constructor(
    private readonly options: BatchOptions,
    private readonly files: InputFile[],
    /** More than one input: documents on stdout get a separator line, and a summary follows. */
    private readonly several: boolean,
    private readonly color: boolean,
  ) {
    this.inputPaths = new Set(files.filter((f) => f.path !== '-').map((f) => resolve(f.path)));
    this.manyDocuments = files.length > 1;
    this.progress = new Progress(several && !options.quiet && Boolean(process.stderr.isTTY), files.length);
  }

  get failed(): boolean {
    return this.tally.failed > 0;
  }

  get stopped(): boolean {
    return this.readerGone;
  }

  fail(input: string, reason: string): void {
    this.progress.clear();
    const named = input === '-' || input.startsWith('-:') ? `stdin${input.slice(1)}` : input;
    process.stderr.write(`declutter: ${stripControls(named)}: ${stripControls(reason)}\n`);
    this.tally.failed++;
  }

  /**
   * First pass over a batch: counts in how many inputs each line occurs, so that extraction knows
   * the site's template, per host where addresses are known (JSON Lines, WARC). Needs every input
   * twice, so stdin is left out; inputs that fail here are reported when they are extracted.
   */
  async learnTemplate(): Promise<void> {
    const files = this.files.filter((f) => f.path !== '-');
    if (!this.options.template || files.length === 0) return;
    // too few files to count across, unless one of them holds many documents
    const fewFiles = files.length < TEMPLATE_MIN_DOCUMENTS;
    const stats = new LineStats();
    const pending: Promise<DocumentLines>[] = [];
    const limit = Math.max(1, this.options.jobs * IN_FLIGHT_PER_JOB);
    const add = ({ site, lines }: DocumentLines) => stats.addDocument(lines, site);
    for (const file of files) {
      try {
        const input = await openInput(file.path);
        const container = this.containerOf(input);
        if (container === 'document' && fewFiles) continue;
        if (container !== 'document') this.manyDocuments = true;
        for await (const task of this.tasksOf(file.path, input, container, false)) {
          pending.push(this.workers().lines(task));
          while (pending.length >= limit) add(await pending.shift()!);
        }
      } catch {
        // reported by the extraction pass
      }
    }
    for (const lines of await Promise.all(pending)) add(lines);
    if (stats.documents < TEMPLATE_MIN_DOCUMENTS) return;
    this.workers().setBatch(stats);
  }

  async runFile(file: InputFile): Promise<void> {
    let input: OpenInput;
    try {
      input = await openInput(file.path);
    } catch (error) {
      this.fail(file.path, reasonOf(error));
      return;
    }
    const container = this.containerOf(input);
    const records = container !== 'document';
    if (records) this.progress.unknownTotal();
    const target = this.options.outDir ? join(this.options.outDir, outputName(file.relative, this.options, records)) : null;
    if (target && this.inputPaths.has(resolve(target))) return this.fail(file.path, `output ${target} would overwrite an input`);
    if (target && this.options.skipExisting && existsSync(target)) {
      this.tally.skipped++;
      return;
    }
    const parts: string[] = [];
    const emit = async (text: string) => {
      if (target) parts.push(text);
      else if (this.options.output) this.collected.push(text);
      else if (!this.readerGone && !(await writeStdout(text))) this.readerGone = true;
    };
    // one document needs no threads; a stream of records or several files do
    if (records) this.manyDocuments = true;
    try {
      for await (const task of this.tasksOf(file.path, input, container, target !== null)) {
        if (this.readerGone) break;
        await this.schedule(task, emit);
      }
    } catch (error) {
      // the input broke off (a truncated gzip stream): what came before it stands
      this.fail(file.path, reasonOf(error));
    }
    if (target) {
      // written once every document of this input is through the queue
      await this.enqueue(Promise.resolve(null), async () => {
        if (parts.length === 0) return;
        try {
          await mkdir(dirname(target), { recursive: true });
          writeAtomic(target, parts.join(''));
        } catch (error) {
          this.fail(file.path, `cannot write ${target} (${describeError(error)})`);
        }
      });
    }
  }

  /** Hands a document to the pool; its output is written when its turn in the input order comes. */
  private schedule(task: Task, emit: (text: string) => Promise<void>): Promise<void> {
    return this.enqueue(this.workers().run(task), async (result) => {
      if (!result) return;
      this.progress.update(this.tally.documents + this.tally.failed + 1);
      if (result.ok) {
        this.tally.documents++;
        this.tally.inputChars += result.inputChars;
        this.tally.outputChars += result.outputChars;
        await emit(result.out);
        return;
      }
      this.fail(task.source, result.reason);
      if (result.out) await emit(result.out);
    });
  }

  /** Queues work in input order; waits for the oldest entries while too much is in flight. */
  private async enqueue(pending: Promise<TaskResult | null>, then: (result: TaskResult | null) => Promise<void>): Promise<void> {
    this.queue.push({ pending, then });
    while (this.queue.length > this.maxInFlight()) await this.drainOne();
  }

  private async drainOne(): Promise<void> {
    const head = this.queue.shift();
    if (head) await head.then(await head.pending);
  }

  /** Enough work in flight to keep every worker busy, little enough to keep memory flat. */
  private maxInFlight(): number {
    return (this.pool?.jobs ?? 1) > 1 ? this.pool!.jobs * IN_FLIGHT_PER_JOB : 0;
  }

  private workers(): ExtractPool {
    // a limit needs a thread to stop: a batch on worker threads has one by default; a lone
    // document, or -j 1, runs on this thread unless a limit is asked for
    const jobs = this.manyDocuments ? this.options.jobs : 1;
    const seconds = this.options.timeout ?? (jobs > 1 ? DEFAULT_TIMEOUT_SECONDS : 0);
    this.pool ??= new ExtractPool(jobs, {
      format: this.options.format,
      explain: Boolean(this.options.explain),
      color: this.color,
      pageFormat: this.pageFormat(),
    }, seconds * 1000);
    return this.pool;
  }

  private pageFormat(): 'auto' | 'html' | 'text' {
    const f = this.options.inputFormat;
    return f === 'jsonl' || f === 'warc' ? 'auto' : f;
  }

  /** A whole document, or a container of many: JSON Lines records or a WARC archive. */
  private containerOf(input: OpenInput): Container {
    const f = this.options.inputFormat;
    if (f === 'jsonl' || f === 'warc') return f;
    if (f !== 'auto') return 'document';
    if (looksLikeWarc(input.head)) return 'warc';
    return looksLikeJsonLines(input.head, this.options.field) ? 'jsonl' : 'document';
  }

  /**
   * The documents of one input, in order: the input itself, each JSON Lines record (parsed where
   * it is extracted; a broken one becomes an error record in its place), or each HTML response
   * of a WARC archive with its target URI and date.
   */
  private async *tasksOf(path: string, input: OpenInput, container: Container, toOwnFile: boolean): AsyncGenerator<Task> {
    const separated = !this.options.outDir;
    if (container === 'document') {
      yield { source: path, page: await readAll(input, this.options.maxBytes), separated: this.several && !toOwnFile };
    } else if (container === 'jsonl') {
      let line = 0;
      for await (const record of readLines(contentChunks(input))) {
        line++;
        const source = `${path}:${line}`;
        if (record.length > this.options.maxBytes) yield { source, refused: `record larger than --max-bytes (${this.options.maxBytes} bytes)`, separated };
        else if (!isBlank(record)) yield { source, record, field: this.options.field, separated };
      }
    } else {
      for await (const page of warcPages(storedChunks(input))) {
        const carried = { url: page.url, date: page.date };
        const source = `${path}#${page.number}`;
        if (page.body.length > this.options.maxBytes) yield { source, refused: `response larger than --max-bytes (${this.options.maxBytes} bytes)`, carried, separated };
        else yield { source, page: page.body, charset: page.charset, carried, html: true, separated };
      }
    }
  }

  /** Writes `-o`'s file and the summary line; the run's exit status is then `failed`. */
  async finish(): Promise<void> {
    while (this.queue.length) await this.drainOne();
    this.progress.clear();
    await this.pool?.close();
    if (this.options.output) {
      try {
        writeAtomic(this.options.output, this.collected.join(''));
      } catch (error) {
        this.fail(this.options.output, `cannot write (${describeError(error)})`);
      }
    }
    if ((this.several || this.tally.documents > 1) && !this.options.quiet) process.stderr.write(`${this.summary()}\n`);
  }

  /** One line for the end of a batch: how many, how much was kept, how many failed, how long. */
  private summary(): string {
    const t = this.tally;
    const share = t.inputChars ? Math.round((100 * t.outputChars) / t.inputChars) : 0;
    const skipped = t.skipped ? `, ${t.skipped} skipped (output exists)` : '';
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    return `declutter: ${t.documents} documents, kept ${share}% of ${t.inputChars} characters, ${t.failed} failed${skipped}, ${seconds} s`;
  }
}
