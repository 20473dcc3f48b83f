import { Worker } from 'node:worker_threads';
import { documentLines } from '../extract.js';
import type { LineStats } from '../score/template.js';
import { runTask, type RenderOptions, type Task, type TaskResult, type WorkerRequest } from './task.js';

type Request = { type: 'task'; task: Task } | { type: 'lines'; page: string | Uint8Array };

interface Job {
  id: number;
  request: Request;
  resolve: (result: unknown) => void;
  /** What the job resolves to when its worker dies. */
  failed: unknown;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest first: a worker always has its next job waiting. */
  jobs: Job[];
}

const JOBS_PER_WORKER = 2;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Runs extraction on `jobs` worker threads (inline for one job). Results come back as promises,
 * so the caller keeps its own order. A worker that dies fails its job and is replaced.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;
  private batch: LineStats | undefined;

  constructor(
    readonly jobs: number,
    private readonly options: RenderOptions,
  ) {
    if (jobs > 1) for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  /** The normalised lines of a document, for the batch's first pass. */
  lines(page: string | Uint8Array): Promise<string[]> {
    if (this.jobs <= 1) {
      try {
        return Promise.resolve(documentLines(page, { inputFormat: this.options.pageFormat }));
      } catch {
        return Promise.resolve([]);
      }
    }
    return this.submit({ type: 'lines', page }, []) as Promise<string[]>;
  }

  /** The batch's line counts, for every extraction after this. */
  setBatch(batch: LineStats): void {
    this.batch = batch;
    const data = batch.toData();
    for (const slot of this.slots) slot.worker.postMessage({ type: 'batch', data } satisfies WorkerRequest);
  }

  run(task: Task): Promise<TaskResult> {
    if (this.jobs <= 1) return Promise.resolve(runTask(task, this.options, this.batch));
    return this.submit({ type: 'task', task }, null) as Promise<TaskResult>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private submit(request: Request, failed: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, request, resolve, failed });
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { options: this.options } });
    if (this.batch) worker.postMessage({ type: 'batch', data: this.batch.toData() } satisfies WorkerRequest);
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', ({ id, result }: { id: number; result: unknown }) => {
      const at = slot.jobs.findIndex((j) => j.id === id);
      if (at >= 0) slot.jobs.splice(at, 1)[0]!.resolve(result);
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, `worker failed: ${error.message.split('\n')[0]}`));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    for (const job of slot.jobs.splice(0)) job.resolve(job.request.type === 'task' ? ({ ok: false, reason } satisfies TaskResult) : job.failed);
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.jobs.length < JOBS_PER_WORKER && this.waiting.length > 0) {
        const job = this.waiting.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ ...job.request, id: job.id } satisfies WorkerRequest);
      }
    }
  }
}
