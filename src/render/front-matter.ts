import { stringify } from 'yaml';
import type { ExtractResult } from '../model/index.js';
import { mapped } from '../model/mapped.js';

/** The fields a reader looks for first, in this order; every other metadata field the result holds follows. */
const FIRST = ['title', 'byline', 'date', 'site', 'url', 'lang'] as const;
/** Fields of the result that are the extraction's, not the page's: its input, its output, its counts. */
const NOT_METADATA = new Set(['source', 'inputFormat', 'text', 'markdown', 'empty', 'stats']);

/**
 * YAML front matter for a document's Markdown (`--front-matter`): the result's metadata, every
 * field that is known (a null or empty one is left out), between `---` lines. `url` may be given
 * instead of the page's own (a JSON Lines record's address, as in the JSON output).
 */
export function frontMatter(result: ExtractResult, url: string | null = result.url): string {
  const page = result as unknown as Record<string, unknown>;
  const first: Record<string, unknown> = { ...Object.fromEntries(mapped(FIRST, (key) => [key, page[key]])), url };
  const rest = mapped(Object.keys(result).filter((key) => !NOT_METADATA.has(key) && !(key in first)), (key) => [key, page[key]] as const);
  const fields = Object.fromEntries([...Object.entries(first), ...rest].filter(([, value]) => known(value)));
  // no folding: a long title stays on its line
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n`;
}

function known(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}
