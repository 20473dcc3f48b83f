import { parentPort, workerData } from 'node:worker_threads';
import { TemplateCounts } from '../score/template-counts.js';
import { runTask, taskSketch } from './run-task.js';
import type { Output, RenderOptions, WorkerRequest } from './task.js';

/**
 * A pool worker: sketches a document's lines for the batch's first pass, takes the batch's counts,
 * and extracts and renders the documents the main thread sends, one at a time.
 */
const { options } = workerData as { options: RenderOptions };
let stats: TemplateCounts | undefined;

/** Text as UTF-8 in a buffer of its own (a small Buffer.from shares a pool, which cannot be moved). */
function ownUtf8(text: Output): Uint8Array {
  if (typeof text !== 'string') return text;
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

parentPort!.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'batch':
      stats = TemplateCounts.fromData(request.data);
      break;
    case 'lines': {
      const sketch = taskSketch(request.task, options);
      parentPort!.postMessage({ id: request.id, result: sketch }, [sketch.lines.buffer as ArrayBuffer, sketch.paths.buffer as ArrayBuffer]);
      break;
    }
    case 'task': {
      const result = runTask(request.task, options, stats);
      // the output moves to the main thread as bytes, which it writes as they are: no copy of
      // the text on the way, and no encoding on the thread that every output passes through
      const bytes = result.out === undefined ? undefined : ownUtf8(result.out);
      if (bytes) result.out = bytes;
      parentPort!.postMessage({ id: request.id, result }, bytes ? [bytes.buffer as ArrayBuffer] : []);
      break;
    }
  }
});
