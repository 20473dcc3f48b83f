/** Quiet for runs shorter than this; then redrawn at most this often. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;

/**
 * A progress line on stderr for runs that take more than a moment: documents done, rate and,
 * while the number of documents is known, the time left. Drawn only on a terminal.
 */
export class Progress {
  private readonly started = performance.now();
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly enabled: boolean,
    /** Documents expected; null once a stream of records makes it unknown. */
    private total: number | null,
  ) {}

  unknownTotal(): void {
    this.total = null;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDrawn < REDRAW_MS) return;
    this.lastDrawn = now;
    const rate = done / ((now - this.started) / 1000);
    let line = `declutter: ${done}${this.total ? `/${this.total}` : ''} documents, ${rate.toFixed(1)}/s`;
    if (this.total && rate > 0) line += `, ${Math.ceil((this.total - done) / rate)} s left`;
    process.stderr.write(`\r${line}\u001b[K`);
    this.drawn = true;
  }

  /** Clears the line before anything else is written to stderr. */
  clear(): void {
    if (this.drawn) process.stderr.write('\r\u001b[K');
    this.drawn = false;
  }
}
