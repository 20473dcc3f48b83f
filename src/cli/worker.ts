import { parentPort, workerData } from 'node:worker_threads';
import { documentLines } from '../extract.js';
import { LineStats, type LineStatsData } from '../score/template.js';
import { runTask, type RenderOptions, type WorkerRequest } from './task.js';

/**
 * A pool worker: counts a document's lines for the batch's first pass, takes the batch's counts,
 * and extracts and renders the documents the main thread sends, one at a time.
 */
const { options } = workerData as { options: RenderOptions };
let stats: LineStats | undefined;

parentPort!.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'batch':
      stats = LineStats.fromData(request.data as LineStatsData);
      break;
    case 'lines': {
      let lines: string[] = [];
      try {
        lines = documentLines(request.page, { inputFormat: options.pageFormat });
      } catch {
        // the extraction pass reports the input
      }
      parentPort!.postMessage({ id: request.id, result: lines });
      break;
    }
    case 'task':
      parentPort!.postMessage({ id: request.id, result: runTask(request.task, options, stats) });
      break;
  }
});
