import type { OutputFormat } from '../model/index.js';
import type { Output } from './task.js';

const EXTENSIONS: Record<OutputFormat, string> = { markdown: '.md', json: '.json', text: '.txt' };

/** The extension of an output file: a records file's JSON output is JSON Lines. */
export function outputExtension(options: { explain?: boolean; format: OutputFormat }, records: boolean): string {
  if (options.explain) return '.explain.txt';
  return records && options.format === 'json' ? '.jsonl' : EXTENSIONS[options.format];
}

/** Writes to stdout; false when the reader has gone (`declutter … | head`), which ends the run quietly. */
export function writeStdout(text: Output): Promise<boolean> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else reject(error);
    });
  });
}

export type Emit = (text: Output) => Promise<void>;

/** Outputs joined into the bytes of one file. */
export function joined(parts: Output[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
}
