import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TemplateLearner } from '../score/template-learner.js';
import { ExtractPool } from './pool.js';
import { failure, NO_STORY, type FirstPass, type Output, type Task, type TaskResult } from './task.js';
import type { InputFile } from './expand.js';
import { describeError, failureOf, type FailureCode } from './errors.js';
import { documentsOf, inputKindOf, type DocumentOptions, type InputKind } from './documents.js';
import { openInput, type OpenInput } from './stream.js';
import { InputIdentities, WrittenOutputs } from './targets.js';
import { joined, outputExtension, writeStdout, type Emit } from './output.js';
import { Progress } from './progress.js';
import { writeAtomic } from './write.js';
import { summaryLine, type Tally } from './summary.js';
import type { BatchInputs, BatchOptions } from './run-options.js';
import { stripControls } from '../segment/clean.js';
import { DEFAULT_TIMEOUT_SECONDS, IN_FLIGHT_PER_JOB, MIN_DOCUMENTS_FOR_WORKERS, TEMPLATE_MIN_DOCUMENTS } from '../settings.js';

export type { BatchInputs, BatchOptions } from './run-options.js';

/**
 * One run over the inputs: each file is a document, JSON Lines records or a WARC archive; every
 * document is extracted and rendered, and goes to stdout, to one file (`-o`) or to its mirrored
 * file (`--out-dir`). Every input ends in an output, or in a line on stderr (and an error record
 * in JSON output) that says why not; a failure is counted, and the run goes on.
 */
export class BatchRun {
  private readonly tally: Tally = { documents: 0, empty: 0, failed: 0, skipped: 0, inputChars: 0, outputChars: 0 };
  private readonly collected: Output[] = [];
  private readonly started = performance.now();
  private readonly identities: InputIdentities | null;
  private readonly written = new WrittenOutputs();
  private readerGone = false;
  private pool: ExtractPool | undefined;
  /** The site group each document's template is counted in, from the first pass. */
  private groups: ReadonlyMap<string, string> = new Map();
  /** Enough documents to be worth worker threads: many files, or a file of records. */
  private manyDocuments: boolean;
  private readonly progress: Progress;
  /** Work in flight, in input order: each entry's result is awaited and written in turn. */
  private readonly queue: { pending: Promise<TaskResult | null>; then: (result: TaskResult | null) => Promise<void> }[] = [];

  constructor(
    private readonly options: BatchOptions,
    private readonly inputs: BatchInputs,
  ) {
    const { files, several } = inputs;
    this.identities = options.outDir ? new InputIdentities(files) : null;
    this.manyDocuments = files.length >= (options.jobsByDefault ? MIN_DOCUMENTS_FOR_WORKERS : 2);
    this.progress = new Progress(several && !options.quiet && Boolean(process.stderr.isTTY), files.length);
  }

  get failed(): boolean {
    return this.tally.failed > 0;
  }

  /** The reader of stdout went away: the run stops, quietly. */
  get stopped(): boolean {
    return this.readerGone;
  }

  private say(input: string, message: string): void {
    if (this.readerGone) return;
    this.progress.clear();
    const named = input === '-' || input.startsWith('-:') ? `stdin${input.slice(1)}` : input;
    process.stderr.write(`declutter: ${stripControls(named)}: ${stripControls(message)}\n`);
  }

  private fail(input: string, reason: string): void {
    this.say(input, reason);
    this.tally.failed++;
  }

  /** Output that is not a file of its own: stdout, or the one file of `-o`. */
  private readonly toStream: Emit = async (text) => {
    if (this.options.outDir) return;
    if (this.options.output) this.collected.push(text);
    else if (!this.readerGone && !(await writeStdout(text))) this.readerGone = true;
  };

  /** An input that fails before it has documents (missing, unreadable, a glob with no match), in its place in input order. */
  failInput(input: string, code: FailureCode, reason: string): Promise<void> {
    return this.enqueue(Promise.resolve(failure(input, this.renderOptions(), code, reason)), (result) => this.settle(input, result!, this.toStream, true));
  }

  /**
   * First pass over a batch: sketches every input's lines, then groups the inputs into sites (by
   * host where addresses are known, by the template lines they share where not) and counts each
   * site's template, so that extraction knows it. Needs every input twice, so stdin is left out;
   * inputs that fail here are reported when they are extracted.
   */
  async learnTemplate(): Promise<void> {
    const files = this.inputs.files.filter((f) => f.path !== '-');
    if (!this.options.template || files.length === 0) return;
    // too few files to count across, unless one of them holds many documents
    const fewFiles = files.length < TEMPLATE_MIN_DOCUMENTS;
    const learner = new TemplateLearner();
    const pending: { source: string; sketch: Promise<FirstPass> }[] = [];
    const limit = Math.max(1, this.options.jobs * IN_FLIGHT_PER_JOB);
    const add = async ({ source, sketch }: (typeof pending)[number]) => {
      const { site, ...lines } = await sketch;
      learner.add(source, lines, site);
      this.progress.update(learner.documents);
    };
    this.progress.phase('learning the site template', fewFiles ? null : files.length);
    for (const file of files) {
      let input: OpenInput | undefined;
      try {
        input = await openInput(file.path);
        const kind = this.kindOf(input);
        if (kind === 'document' && fewFiles) continue;
        if (kind !== 'document') {
          this.manyDocuments = true;
          this.progress.unknownTotal();
        }
        for await (const task of documentsOf(file.path, input, kind, this.documentOptions(false))) {
          pending.push({ source: task.source, sketch: this.workers().lines(task) });
          while (pending.length >= limit) await add(pending.shift()!);
        }
      } catch {
        // reported by the extraction pass
      } finally {
        await input?.close();
      }
    }
    for (const next of pending) await add(next);
    this.progress.clear();
    this.progress.phase('extracting', this.inputs.files.length);
    if (learner.documents < TEMPLATE_MIN_DOCUMENTS) return;
    const { counts, groups } = learner.learn();
    this.groups = groups;
    this.workers().setBatch(counts);
  }

  async runFile(file: InputFile): Promise<void> {
    const planned = this.inputs.plan?.get(file);
    if (planned && 'clashesWith' in planned) {
      return this.failInput(file.path, 'would-overwrite', `its output would be that of ${planned.clashesWith.path} (the same file given twice?)`);
    }
    let input: OpenInput;
    try {
      input = await openInput(file.path);
    } catch (error) {
      const { code, reason } = failureOf(error);
      return this.failInput(file.path, code, reason);
    }
    const kind = this.kindOf(input);
    const records = kind !== 'document';
    if (records) this.progress.unknownTotal();
    const target = planned ? join(this.options.outDir!, planned.stem + outputExtension(this.options, records)) : null;
    const overwritten = target ? this.identities!.inputAt(target) : undefined;
    if (overwritten !== undefined) {
      await input.close();
      return this.failInput(file.path, 'would-overwrite', `output ${target} would overwrite the input ${overwritten}`);
    }
    if (target && this.options.skipExisting && existsSync(target)) {
      await input.close();
      this.tally.skipped++;
      return;
    }
    const parts: Output[] = [];
    const emit: Emit = target ? async (text) => void parts.push(text) : this.toStream;
    // a file of its own holds a document only when a story was found; a records file keeps one
    // JSON record for every record read, error records too
    const keepEmpty = !target || (records && this.options.format === 'json');
    // one document needs no threads; a stream of records or many files do
    if (records) this.manyDocuments = true;
    try {
      for await (const task of documentsOf(file.path, input, kind, this.documentOptions(target !== null))) {
        if (this.readerGone) break;
        await this.schedule(task, emit, keepEmpty);
      }
    } catch (error) {
      // the input broke off (a truncated gzip stream): what came before it stands
      const { code, reason } = failureOf(error);
      await this.failInput(file.path, code, reason);
    } finally {
      await input.close();
    }
    if (target) {
      // written once every document of this input is through the queue
      await this.enqueue(Promise.resolve(null), async () => {
        if (parts.length > 0) this.writeOutput(file.path, target, joined(parts));
      });
    }
  }

  /** Writes one input's own output file, never over another output of this run. */
  private writeOutput(source: string, target: string, content: Buffer): void {
    const earlier = this.written.writtenBy(target);
    if (earlier !== undefined) return this.fail(source, `output ${target} would overwrite the output of ${earlier}`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeAtomic(target, content);
      this.written.record(target, source);
    } catch (error) {
      this.fail(source, `cannot write ${target} (${describeError(error)})`);
    }
  }

  /** Hands a document to the pool; its output is written when its turn in the input order comes. */
  private schedule(task: Task, emit: Emit, keepEmpty: boolean): Promise<void> {
    const group = this.groups.get(task.source);
    if (group) task.group = group;
    return this.enqueue(this.workers().run(task), (result) => this.settle(task.source, result!, emit, keepEmpty));
  }

  /**
   * A document's end, in input order: counted, reported if it failed or held no story, and
   * written; `keepEmpty` writes what a failed or empty document leaves (its error record, its JSON).
   */
  private async settle(source: string, result: TaskResult, emit: Emit, keepEmpty: boolean): Promise<void> {
    this.progress.update(this.tally.documents + this.tally.failed + 1);
    if (!result.ok) {
      this.fail(source, result.reason);
      if (result.out && keepEmpty) await emit(result.out);
      return;
    }
    this.tally.documents++;
    this.tally.inputChars += result.inputChars;
    this.tally.outputChars += result.outputChars;
    if (result.empty) {
      this.tally.empty++;
      if (!this.options.quiet) this.say(source, NO_STORY);
      if (!keepEmpty) return;
    }
    await emit(result.out);
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

  private renderOptions() {
    return {
      format: this.options.format,
      explain: Boolean(this.options.explain),
      color: this.inputs.color,
      pageFormat: this.pageFormat(),
      failEmpty: Boolean(this.options.failEmpty),
      maxBytes: this.options.maxBytes,
      // what the Markdown keeps, and the front matter before it
      links: this.options.links !== false, images: Boolean(this.options.images), frontMatter: Boolean(this.options.frontMatter),
    };
  }

  private workers(): ExtractPool {
    // a limit needs a thread to stop: a batch on worker threads has one by default; a lone
    // document, or -j 1, runs on this thread unless a limit is asked for
    const jobs = this.manyDocuments ? this.options.jobs : 1;
    const seconds = this.options.timeout ?? (jobs > 1 ? DEFAULT_TIMEOUT_SECONDS : 0);
    this.pool ??= new ExtractPool(jobs, this.renderOptions(), seconds * 1000);
    return this.pool;
  }

  private pageFormat(): 'auto' | 'html' | 'text' {
    const f = this.options.inputFormat;
    return f === 'jsonl' || f === 'warc' ? 'auto' : f;
  }

  private kindOf(input: OpenInput): InputKind {
    return inputKindOf(input, this.options.inputFormat, this.options.field);
  }

  /** How an input's documents are read; `toOwnFile`: its output is a file of its own (`--out-dir`). */
  private documentOptions(toOwnFile: boolean): DocumentOptions {
    const { maxBytes, field, outDir } = this.options;
    return { maxBytes, field, separateDocument: this.inputs.several && !toOwnFile, separateRecords: !outDir };
  }

  /** Writes `-o`'s file and the summary line; the run's exit status is then `failed`. */
  async finish(): Promise<void> {
    while (this.queue.length) await this.drainOne();
    this.progress.clear();
    await this.pool?.close();
    if (this.options.output) {
      try {
        writeAtomic(this.options.output, joined(this.collected));
      } catch (error) {
        this.fail(this.options.output, `cannot write (${describeError(error)})`);
      }
    }
    const several = this.inputs.several || this.tally.documents + this.tally.failed > 1;
    if (several && !this.options.quiet && !this.readerGone) process.stderr.write(`${summaryLine(this.tally, this.inputs.skippedFiles, performance.now() - this.started)}\n`);
  }
}
