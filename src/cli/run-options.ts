import type { OutputFormat } from '../model/index.js';
import type { InputFile } from './expand.js';
import type { PlannedOutput } from './out-paths.js';

export interface BatchOptions {
  format: OutputFormat;
  inputFormat: 'auto' | 'html' | 'text' | 'jsonl' | 'warc';
  output?: string;
  outDir?: string;
  skipExisting?: boolean;
  explain?: boolean;
  /** Markdown: the page's links as links (`--no-links` turns them off). */
  links: boolean;
  /** Markdown: the story's pictures. */
  images?: boolean;
  /** Markdown: YAML front matter with the metadata. */
  frontMatter?: boolean;
  template: boolean;
  field?: string;
  quiet?: boolean;
  jobs: number;
  /** `jobs` is the default (the number of cores), not the user's: a few documents run on this thread instead. */
  jobsByDefault?: boolean;
  /** A document (or a record) larger than this, stored or decompressed, is refused, so one giant file cannot stall a batch. */
  maxBytes: number;
  /** Seconds a document may take in a batch (0: no limit); undefined: the batch default. */
  timeout?: number;
  /** A document in which no story is found counts as failed. */
  failEmpty?: boolean;
}

/** What the run is given besides its options: the inputs and what was decided about them up front. */
export interface BatchInputs {
  files: InputFile[];
  /** More than one input: documents on stdout get a separator line, and a summary follows. */
  several: boolean;
  color: boolean;
  /** With `--out-dir`: each input's output path, found before anything is written. */
  plan?: Map<InputFile, PlannedOutput>;
  /** Files below the input folders passed over (not pages, or excluded). */
  skippedFiles: number;
}
