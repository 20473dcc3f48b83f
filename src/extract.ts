import type { Block, ExtractOptions, ExtractResult, ExtractTrace, InputFormat, Metadata, ScoredBlock } from './model/index.js';
import { DecodeError, decodeBytes, decodedLength, decodeNonUtf8, gunzipIfNeeded, latin1BytesToText, looksBinary, utf8AsLatin1 } from './read/decode.js';
import { detectFormat, looksLikeHtmlDocument } from './detect/format.js';
import { dropRawTextBodies } from './read/raw-text.js';
import { segmentHtml } from './segment/html.js';
import { segmentText } from './segment/text.js';
import { cleanInline } from './segment/clean.js';
import { detectLanguage, stopwordsFor } from './features/language.js';
import { words } from './features/words.js';
import { normaliseForRepeat } from './score/classify.js';
import { scoreBlocks } from './score/index.js';
import { selectStory } from './select/index.js';
import { htmlMetadata } from './metadata/html.js';
import { textCues } from './metadata/text.js';
import { renderMarkdown } from './render/markdown.js';
import { renderText } from './render/text.js';
import { ExtractError } from './errors.js';
import { DECLARED_FIT, DETECTED_FIT_RATIO, ENGLISH_FIT, LANGUAGE_SAMPLE_CHARS, LANGUAGE_SAMPLE_MIN_CHARS, LANGUAGE_SAMPLE_MIN_WORDS } from './settings.js';

export { ExtractError, type ExtractErrorCode } from './errors.js';

/** The input as a string: for a UTF-8 page, its bytes a character each, decoded piece by piece later (see utf8AsLatin1). */
interface Source {
  text: string;
  utf8InLatin1: boolean;
}

function toSource(input: string | Uint8Array, { charset, inputFormat, maxBytes = Infinity }: ExtractOptions): Source {
  if (typeof input === 'string') return { text: input, utf8InLatin1: false };
  if (input.length === 0) throw new ExtractError('empty', 'empty input');
  if (input.length > maxBytes) throw new ExtractError('too-large', `larger than ${maxBytes} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = gunzipIfNeeded(input, maxBytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new ExtractError(error.code, error.message);
    throw error;
  }
  if (looksBinary(bytes)) throw new ExtractError('binary', 'binary data (NUL bytes), not a page or a text dump');
  // a dump may quote `<script>` as text: only what is surely a page loses its script bodies
  const page = inputFormat === 'html' || (inputFormat !== 'text' && looksLikeHtmlDocument(bytes));
  if (!page) return { text: decodeBytes(bytes, charset), utf8InLatin1: false };
  const cut = dropRawTextBodies(bytes);
  const latin1 = utf8AsLatin1(cut);
  return latin1 === null ? { text: decodeNonUtf8(cut, charset), utf8InLatin1: false } : { text: latin1, utf8InLatin1: true };
}

/** Whether the text has at least this many space-separated words, without splitting it. */
function hasWords(text: string, count: number): boolean {
  let at = -1;
  for (let spaces = 0; spaces < count - 1; spaces++) if ((at = text.indexOf(' ', at + 1)) < 0) return false;
  return true;
}

/** The longest blocks make the best sample for telling the language. */
function languageSample(blocks: Block[]): string {
  const long = blocks.filter((b) => b.text.length > LANGUAGE_SAMPLE_MIN_CHARS || hasWords(b.text, LANGUAGE_SAMPLE_MIN_WORDS));
  long.sort((a, b) => b.text.length - a.text.length);
  let sample = '';
  for (const b of long) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += `${b.text}\n`;
  }
  return sample;
}

function stopwordShare(list: string[], lang: string): number {
  if (list.length === 0) return 0;
  const stopwords = stopwordsFor(lang);
  return list.filter((w) => stopwords.has(w)).length / list.length;
}

/**
 * The language of a sample: most pages are English, and an English sample says so in its
 * function words, which costs a pass over its words; the trigram detector costs about a
 * millisecond and a half a call and answers the rest.
 */
function detect(list: string[], sample: string): string | null {
  return stopwordShare(list, 'en') >= ENGLISH_FIT ? 'en' : detectLanguage(sample);
}

/**
 * The language to read the page in: the declared one, unless its stopwords hardly occur and
 * detection names a language whose stopwords do (an English article on a site declared `de`);
 * detection alone for dumps and undeclared pages.
 */
function pageLanguage(declared: string | null, sample: string): string | null {
  const list = words(sample);
  if (!declared) return detect(list, sample);
  const fit = stopwordShare(list, declared);
  if (fit >= DECLARED_FIT) return declared;
  const detected = detect(list, sample);
  return detected && detected !== declared && stopwordShare(list, detected) > fit * DETECTED_FIT_RATIO ? detected : declared;
}

const EMPTY_METADATA: Metadata = { title: null, byline: null, date: null, site: null, lang: null, url: null };

/**
 * A document read, decoded and cut into blocks, not yet scored: what the first pass over a batch
 * makes, and what extraction goes on from (once: extraction labels its blocks in place).
 */
export interface SegmentedDocument {
  inputChars: number;
  format: InputFormat;
  blocks: Block[];
  meta: Metadata;
  /** Milliseconds the segmentation took, counted into the extraction's. */
  ms: number;
}

/** Read, decode, detect and segment: the stages before scoring, shared with the batch pass. */
export function segmentDocument(input: string | Uint8Array, options: ExtractOptions = {}): SegmentedDocument {
  const started = performance.now();
  const source = toSource(input, options);
  if (source.text.trim() === '') throw new ExtractError('empty', 'empty input');
  const format: InputFormat = !options.inputFormat || options.inputFormat === 'auto' ? detectFormat(source.text) : options.inputFormat;
  if (format === 'html') {
    const { blocks, head } = segmentHtml(source.text, source.utf8InLatin1 ? latin1BytesToText : undefined);
    const inputChars = source.utf8InLatin1 ? decodedLength(source.text) : source.text.length;
    return { inputChars, format, blocks, meta: htmlMetadata(head), ms: performance.now() - started };
  }
  const raw = source.utf8InLatin1 ? latin1BytesToText(source.text) : source.text;
  return { inputChars: raw.length, format, blocks: segmentText(raw), meta: { ...EMPTY_METADATA }, ms: performance.now() - started };
}

/** The normalised lines of a segmented document, as the batch's line counts take them. */
export function linesOf(document: SegmentedDocument): string[] {
  return document.blocks.map((b) => normaliseForRepeat(b.text));
}

/**
 * The normalised lines of one input, for the first pass over a batch: count them into a
 * `LineStats`, then pass it as `batch` to every extraction so the site's template is known.
 */
export function documentLines(input: string | Uint8Array, options: ExtractOptions = {}): string[] {
  return linesOf(segmentDocument(input, options));
}

/** Runs the whole pipeline and keeps every block with its label, for the explain view. */
export function extractTrace(input: string | Uint8Array, options: ExtractOptions = {}): ExtractTrace {
  return extractSegmented(segmentDocument(input, options), options);
}

/** The pipeline after segmentation, on a document `segmentDocument` made (and no other call has used). */
export function extractSegmented(document: SegmentedDocument, options: ExtractOptions = {}): ExtractTrace {
  const started = performance.now() - document.ms;
  const { inputChars, format, blocks, meta } = document;

  const lang = pageLanguage(meta.lang, languageSample(blocks));
  const stopwords = stopwordsFor(lang);
  const scores = scoreBlocks(blocks, stopwords, options.batch, options.batchSite);
  const { decisions, region } = selectStory(blocks, scores, format);

  // the blocks are this call's own: label them in place rather than copy every one
  const scored = blocks.map((b, i): ScoredBlock => {
    const s = b as ScoredBlock;
    s.features = scores.features[i]!;
    s.score = Math.round(scores.weights[i]! * 10) / 10;
    s.label = decisions[i]!.keep ? 'keep' : 'drop';
    s.reason = decisions[i]!.reason;
    if (format === 'text' && decisions[i]!.heading) s.asHeading = 2;
    return s;
  });

  if (format === 'text') {
    const cues = textCues(scored, scores.verdicts, stopwords);
    if (cues.title !== null) {
      meta.title = scored[cues.title]!.text;
      dropAsTitle(scored[cues.title]!);
    }
    meta.byline = cues.byline;
    meta.site = cues.site;
    meta.date = cues.date;
  } else {
    // the page's own headline, where the story opens with it, is the title, not body: the
    // <title> or a level-1 heading (whose words the <title> often rewrites for search engines)
    const first = scored.find((b) => b.label === 'keep');
    if (first && first.kind === 'heading' && (first.level === 1 || (meta.title && normaliseForRepeat(first.text) === normaliseForRepeat(meta.title)))) {
      if (first.level === 1) meta.title = first.text;
      dropAsTitle(first);
    }
  }
  meta.lang = lang ?? meta.lang;
  // metadata comes from attributes and JSON-LD, which no block cleaning has seen
  for (const key of ['title', 'byline', 'date', 'site'] as const) {
    const value = meta[key];
    meta[key] = value === null ? null : cleanInline(value).replace(/\n/g, ' ') || null;
  }

  const kept = scored.filter((b) => b.label === 'keep');
  const text = renderText(kept);
  const markdown = renderMarkdown(meta.title, kept);
  const result: ExtractResult = {
    source: options.source ?? '-',
    title: meta.title,
    byline: meta.byline,
    date: meta.date,
    site: meta.site,
    lang: meta.lang,
    url: meta.url,
    inputFormat: format,
    text,
    markdown,
    empty: text === '',
    stats: {
      inputChars,
      outputChars: text.length,
      blocksKept: kept.length,
      blocksDropped: scored.length - kept.length,
      ms: Math.round((performance.now() - started) * 100) / 100,
    },
  };
  return { result, blocks: scored, region };
}

function dropAsTitle(block: ScoredBlock): void {
  block.label = 'drop';
  block.reason = 'the headline (rendered as the title)';
  delete block.asHeading;
}

/** Extracts the main story of one page or text dump. Pure: never prints, never exits. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  return extractTrace(input, options).result;
}
