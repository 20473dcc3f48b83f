import { extractWithLaterReadings, segmentDocument, sketchDocument } from '../pipeline.js';
import { renderExplain } from '../render/explain.js';
import { frontMatter } from '../render/front-matter.js';
import type { TemplateCounts } from '../score/template-counts.js';
import type { ExtractTrace } from '../model/index.js';
import { failureOf } from './errors.js';
import type { JsonRecord } from './jsonl.js';
import { SegmentCache } from './segment-cache.js';
import { failure, NO_STORY, NOTHING_READ, resolvePage, type FirstPass, type RenderOptions, type Task, type TaskResult } from './task.js';
import { SEGMENT_CACHE_BYTES } from '../settings.js';

const cache = new SegmentCache(SEGMENT_CACHE_BYTES);

/** The address a JSON Lines record was fetched from, when it gives one: it says more than the page's canonical one. */
const fetchedFrom = (carried: JsonRecord | undefined): string | undefined => (typeof carried?.url === 'string' ? carried.url : undefined);

function render(trace: ExtractTrace, options: RenderOptions, task: Task, carried?: JsonRecord): string {
  const { result } = trace;
  if (options.explain) return renderExplain(trace, options.color);
  switch (options.format) {
    case 'json': {
      // the record's own fields come along; the extraction's win, except the address it was fetched from
      const record = carried ? { ...carried, ...result, url: fetchedFrom(carried) ?? result.url } : result;
      return `${JSON.stringify(record)}\n`;
    }
    case 'text':
      return `${task.separated ? `==> ${result.source} <==\n` : ''}${result.text}\n`;
    default: {
      const metadata = options.frontMatter ? frontMatter(result, fetchedFrom(carried) ?? result.url) : '';
      return `${task.separated ? `<!-- source: ${result.source} -->\n` : ''}${metadata}${result.markdown}`;
    }
  }
}

/** The first pass over a batch: a document's sketch and host (nothing if unreadable); its segmented blocks wait in the cache for its extraction. */
export function taskSketch(task: Task, options: RenderOptions): FirstPass {
  const resolved = resolvePage(task, options);
  if ('reason' in resolved) return NOTHING_READ();
  try {
    const document = segmentDocument(resolved.page, { inputFormat: resolved.inputFormat, charset: task.charset, maxBytes: options.maxBytes });
    cache.put(task.source, document);
    return { ...sketchDocument(document), site: resolved.site };
  } catch {
    return NOTHING_READ(resolved.site);
  }
}

/** Extracts and renders one document; never throws (a failure is a result too). */
export function runTask(task: Task, options: RenderOptions, batch?: TemplateCounts): TaskResult {
  const resolved = resolvePage(task, options);
  if ('reason' in resolved) return failure(task.source, options, resolved.code, resolved.reason, resolved.record);
  const { page, carried, inputFormat, site } = resolved;
  try {
    const extractOptions = {
      source: task.source, inputFormat, charset: task.charset, maxBytes: options.maxBytes, batch, batchSite: task.group ?? batch?.groupOfHost(site) ?? '', url: fetchedFrom(carried), links: options.links, images: options.images,
    };
    const trace = extractWithLaterReadings(page, extractOptions, cache.take(task.source) ?? segmentDocument(page, extractOptions));
    const { result } = trace;
    if (result.empty && options.failEmpty) return failure(task.source, options, 'no-story', NO_STORY, carried);
    return { ok: true, out: render(trace, options, task, carried), inputChars: result.stats.inputChars, outputChars: result.stats.outputChars, empty: result.empty };
  } catch (error) {
    const { code, reason } = failureOf(error);
    return failure(task.source, options, code, reason, carried);
  }
}
