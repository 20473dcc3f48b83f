/** Tuning numbers of rendering, and the command line's batches (see `../settings.ts`). */

// ---------------------------------------------------------------- render

/** Text shown of each block in the explain view. Characters. */
export const PREVIEW_CHARS = 100;
/** A picture declared narrower or lower than this is an icon, a bullet or a tracking pixel, never the story's (`--images`). Pixels. */
export const PICTURE_MIN_SIDE = 48;

// ---------------------------------------------------------------- batch: the command line's reading and worker threads

/** How long one document may take on a worker thread unless `--timeout` says otherwise. Seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Below this many documents the default `-j` runs on the main thread: two worker threads' start and warm-up cost more than they save on a folder of scrapinghub pages (measured with `scripts/bench-batch.mjs`). Documents. */
export const MIN_DOCUMENTS_FOR_WORKERS = 200;
/** Documents in flight per job: enough to keep a worker busy while the next one is read. Documents. */
export const IN_FLIGHT_PER_JOB = 2;
/** One job at a time per worker: a queue inside a worker only holds pages in memory longer. Jobs. */
export const JOBS_PER_WORKER = 1;
/** Workers keep a small heap so that a long stream stays in little memory; a page too big for it runs on the main thread. MB. */
export const WORKER_HEAP_MB = 96;
/** The young generation V8 gives a thread by default: a smaller one (16 MB) kept each worker some 20 MB smaller, but its collections took a twentieth of a worker's time on a stream of pages. MB. */
export const WORKER_YOUNG_MB = 48;
/**
 * The heap a worker's segmented documents may hold between the batch's two passes, a sixth of its
 * heap (`WORKER_HEAP_MB`), beside the page it works on. A bound of 8 million characters of block
 * text held some 55 MB of lynx dumps and 110 MB of WCXB pages: workers collected most of the time
 * or ran out of heap. Measured with -j 2 over WCXB dev, CPU seconds with the template pass (without
 * it: 26 s dumps, 25 s HTML): lynx dumps 55 s at 8 million characters, 29 s at 16 MB (24 MB: 31-34
 * s, 40 MB: 31 s); HTML 89 s, 42 s (24 MB: 42-45 s, 40 MB: 75 s); scrapinghub's 181 pages alike. Bytes.
 */
export const SEGMENT_CACHE_BYTES = 16 * 1024 * 1024;
/** A block's objects beside its text, as measured on WCXB dev (HTML: with its share of the elements and the head; dumps: a line). Bytes. */
export const SEGMENT_BLOCK_BYTES: Record<'html' | 'text', number> = { html: 800, text: 300 };
/** What one inline mark (a link, emphasis, a picture) of a cached block holds, about its object's bytes. Bytes. */
export const SEGMENT_MARK_BYTES = 128;
/** `--max-bytes` by default. Bytes. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** The most `-j` accepts. Jobs. */
export const MAX_JOBS = 256;
/** The start of a file read to tell its kind (page, records, archive) and of a folder's unnamed file to sniff. Bytes. */
export const HEAD_BYTES = 64 * 1024;
export const HEAD_GZIP_BYTES = 4 * 1024;
export const FOLDER_SNIFF_BYTES = 8192;
/** The magic numbers of binary formats (images, PDF, archives) are in a file's first bytes. Bytes. */
export const MAGIC_BYTES = 8;
/** Reads of a stream, at most and at least. Bytes. */
export const CHUNK_BYTES = 1024 * 1024;
export const MIN_CHUNK_BYTES = 16 * 1024;
/** The progress line shows after a second, is redrawn five times a second, and gives a time left once this much is done. Milliseconds; documents. */
export const PROGRESS_SHOW_AFTER_MS = 1000;
export const PROGRESS_REDRAW_MS = 200;
export const PROGRESS_MIN_DONE = 3;
export const PROGRESS_MIN_MS = 500;
