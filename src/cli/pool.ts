import { Worker } from 'node:worker_threads';
import type { TemplateCounts } from '../score/template-counts.js';
import { failedTask, NOTHING_READ, type FirstPass, type RenderOptions, type Task, type TaskResult, type WorkerRequest } from './task.js';
import { JOBS_PER_WORKER, WORKER_HEAP_MB, WORKER_YOUNG_MB } from '../settings.js';

/** The extraction itself, loaded on this thread only when a document runs here. */
const loadExtraction = () => import('./run-task.js');

type Request = { type: 'task' | 'lines'; task: Task };

interface Job {
  id: number;
  request: Request;
  /** The slot whose worker segmented this document in the first pass, and keeps its blocks. */
  prefer?: number;
  resolve: (result: unknown) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest first. */
  jobs: Job[];
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Runs extraction on `jobs` worker threads (inline for one job without a time limit: only a
 * thread can be stopped). Results come back as promises, so the caller keeps its own order. A
 * worker that dies is replaced, and its jobs run inline; a job past the time limit fails, and
 * its worker is stopped and replaced.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;
  private batch: TemplateCounts | undefined;
  private readonly inline: boolean;
  /** Documents of the first pass, by the slot that segmented them. */
  private readonly segmentedOn = new Map<string, number>();

  constructor(
    readonly jobs: number,
    private readonly options: RenderOptions,
    /** Milliseconds a document may take; 0 for no limit. */
    private readonly timeLimit = 0,
  ) {
    this.inline = jobs <= 1 && timeLimit <= 0;
    if (!this.inline) for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  /** A document's sketch and host, for the batch's first pass. */
  lines(task: Task): Promise<FirstPass> {
    if (this.inline) return loadExtraction().then(({ taskSketch }) => taskSketch(task, this.options));
    return this.submit({ type: 'lines', task }) as Promise<FirstPass>;
  }

  /** The batch's line counts, for every extraction after this. */
  setBatch(batch: TemplateCounts): void {
    this.batch = batch;
    const data = batch.toData();
    for (const slot of this.slots) slot.worker.postMessage({ type: 'batch', data } satisfies WorkerRequest);
  }

  run(task: Task): Promise<TaskResult> {
    if (this.inline) return loadExtraction().then(({ runTask }) => runTask(task, this.options, this.batch));
    const prefer = this.segmentedOn.get(task.source);
    this.segmentedOn.delete(task.source);
    return this.submit({ type: 'task', task }, prefer) as Promise<TaskResult>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private submit(request: Request, prefer?: number): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, request, resolve, prefer });
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { options: this.options }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    if (this.batch) worker.postMessage({ type: 'batch', data: this.batch.toData() } satisfies WorkerRequest);
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', ({ id, result }: { id: number; result: unknown }) => {
      const at = slot.jobs.findIndex((j) => j.id === id);
      if (at >= 0) {
        const job = slot.jobs.splice(at, 1)[0]!;
        clearTimeout(job.timer);
        job.resolve(result);
      }
      this.dispatch();
    });
    worker.on('error', () => this.replace(slot));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(slot);
    });
    return slot;
  }

  /**
   * A worker died (most often a page too big for its heap): its jobs run here, on the main
   * thread, which has room for them, and a new worker takes its place.
   */
  private replace(slot: Slot): void {
    for (const job of slot.jobs.splice(0)) {
      clearTimeout(job.timer);
      const { type, task } = job.request;
      job.resolve(loadExtraction().then(({ runTask, taskSketch }) => (type === 'task' ? runTask(task, this.options, this.batch) : taskSketch(task, this.options))));
    }
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  /**
   * Gives waiting jobs to workers with room, oldest first, except that a document goes back to
   * the worker that segmented it in the first pass (and keeps its blocks), even while another
   * worker has room: letting that one take it lost a third of the hits and a fifth of the speed
   * on the scrapinghub folder, and since outputs are written in input order, a slow document holds
   * the run back either way.
   */
  private dispatch(): void {
    for (const [index, slot] of this.slots.entries()) {
      while (slot.jobs.length < JOBS_PER_WORKER && this.waiting.length > 0) {
        const at = this.waiting.findIndex((j) => j.prefer === undefined || j.prefer === index);
        if (at < 0) break;
        const job = this.waiting.splice(at, 1)[0]!;
        if (job.request.type === 'lines') this.segmentedOn.set(job.request.task.source, index);
        slot.jobs.push(job);
        if (this.timeLimit > 0) job.timer = setTimeout(() => this.timeOut(slot, job), this.timeLimit);
        slot.worker.postMessage({ ...job.request, id: job.id } satisfies WorkerRequest);
      }
    }
  }

  /** A document past the time limit fails on its own; its worker is stopped and replaced. */
  private timeOut(slot: Slot, job: Job): void {
    const at = slot.jobs.indexOf(job);
    if (at < 0) return;
    slot.jobs.splice(at, 1);
    const { type, task } = job.request;
    const reason = `took longer than ${this.timeLimit / 1000} s (--timeout)`;
    job.resolve(type === 'task' ? failedTask(task, this.options, 'timeout', reason) : NOTHING_READ());
    void slot.worker.terminate();
    // a new worker takes the slot at once rather than at the old one's exit, which nothing else
    // may be waiting for: the documents queued behind this one go on
    this.replace(slot);
  }
}
