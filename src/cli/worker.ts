import { parentPort, workerData } from 'node:worker_threads';
import { LineStats } from '../score/template.js';
import { runTask, taskLines } from './run-task.js';
import type { RenderOptions, WorkerRequest } from './task.js';

/**
 * A pool worker: counts a document's lines for the batch's first pass, takes the batch's counts,
 * and extracts and renders the documents the main thread sends, one at a time.
 */
const { options } = workerData as { options: RenderOptions };
let stats: LineStats | undefined;

parentPort!.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'batch':
      stats = LineStats.fromData(request.data);
      break;
    case 'lines':
      parentPort!.postMessage({ id: request.id, result: taskLines(request.task, options) });
      break;
    case 'task':
      parentPort!.postMessage({ id: request.id, result: runTask(request.task, options, stats) });
      break;
  }
});
