import { PROGRESS_MIN_DONE, PROGRESS_MIN_MS, PROGRESS_REDRAW_MS, PROGRESS_SHOW_AFTER_MS } from '../settings.js';

export interface ProgressSink {
  write(text: string): void;
  now(): number;
}

const STDERR: ProgressSink = { write: (text) => void process.stderr.write(text), now: () => performance.now() };

/**
 * A progress line on stderr for runs that take more than a moment, drawn only on a terminal: the
 * phase (learning the site template from the inputs, then extracting), how many of its items
 * are done, the rate, and, while the number of items is known, the time the phase has left at
 * its own rate (a phase's rate says nothing of the next one's).
 */
export class Progress {
  private readonly started: number;
  private phaseName = 'extracting';
  private phaseStarted: number;
  private phaseUnit = 'documents';
  private total: number | null;
  private lastDrawn = -Infinity;
  private drawn = false;

  constructor(
    private readonly enabled: boolean,
    total: number | null,
    private readonly sink: ProgressSink = STDERR,
  ) {
    this.started = sink.now();
    this.phaseStarted = this.started;
    this.total = total;
  }

  /** A new phase: its own count, rate and time left. */
  phase(name: string, total: number | null, unit = 'documents'): void {
    this.phaseName = name;
    this.phaseUnit = unit;
    this.total = total;
    this.phaseStarted = this.sink.now();
  }

  /** The number of items is no longer known (a file holds a stream of records). */
  unknownTotal(): void {
    this.total = null;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = this.sink.now();
    if (now - this.started < PROGRESS_SHOW_AFTER_MS || now - this.lastDrawn < PROGRESS_REDRAW_MS) return;
    this.lastDrawn = now;
    const elapsed = now - this.phaseStarted;
    const rate = elapsed > 0 ? done / (elapsed / 1000) : 0;
    let line = `declutter: ${this.phaseName}: ${done}${this.total !== null ? `/${this.total}` : ''} ${this.phaseUnit}, ${rate.toFixed(1)}/s`;
    if (this.total !== null && done >= PROGRESS_MIN_DONE && elapsed >= PROGRESS_MIN_MS && rate > 0) {
      line += `, ${Math.ceil(Math.max(0, this.total - done) / rate)} s left`;
    }
    this.sink.write(`\r${line}\u001b[K`);
    this.drawn = true;
  }

  /** Clears the line before anything else is written to stderr. */
  clear(): void {
    if (this.drawn) this.sink.write('\r\u001b[K');
    this.drawn = false;
  }
}
