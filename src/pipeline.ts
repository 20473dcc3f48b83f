import type { Block, ExtractOptions, ExtractResult, ExtractTrace, InputFormat, Metadata, PageType, ScoredBlock, Verdict } from './model/index.js';
import { decodedLength, latin1BytesToText } from './read/decode.js';
import { readSource, type Source } from './read/source.js';
import type { Document } from 'domhandler';
import { detectFormat } from './detect/format.js';
import { pageLanguage, stopwordsFor } from './detect/language.js';
import { parseHtml, segmentHtml, type PassedOver, type Reading } from './segment/html/walk.js';
import { metaValue, readStated } from './segment/html/stated.js';
import { segmentText } from './segment/text.js';
import { cleanInline } from './segment/clean.js';
import { normaliseForRepeat } from './score/repeats.js';
import { sketchOf, type DocumentSketch } from './score/sketch.js';
import { scoreBlocks } from './score/index.js';
import { words } from './features/words.js';
import { selectStory } from './select/index.js';
import { declaredTitles, htmlMetadata, laterStatedDate, modifiedStatedDate, sharedPublication } from './metadata/html.js';
import { splitDatedByline, textCues } from './metadata/text.js';
import { isoDate } from './metadata/date.js';
import { findTitle, takeTitle } from './metadata/title.js';
import { foundMetadata, NO_STATEMENTS, type LaterStatements } from './metadata/html-page.js';
import { printedInDump } from './metadata/printed.js';
import { renderMarkdown, type MarkdownOptions } from './render/markdown.js';
import { picturesBefore } from './render/pictures.js';
import { linkBase } from './render/urls.js';
import { renderText } from './render/text.js';
import { ExtractError } from './errors.js';
import { jsonLdTypes, pageEvidence, type DeclaredPage } from './detect/page-evidence.js';
import { describedProduct, jsonLdProductDescription } from './metadata/product.js';
import { decidePageType } from './detect/page-type.js';
import { mapped } from './model/mapped.js';

export { ExtractError, type ExtractErrorCode } from './errors.js';

const EMPTY_METADATA: Metadata = { title: null, byline: null, date: null, dateRaw: null, site: null, lang: null, url: null, description: null, image: null, tags: [], publisher: null };
const UNDECLARED: DeclaredPage = { types: [], ogType: null, url: null, marks: null };

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
  /** What the reading passed over (HTML), which a later reading would read. */
  passedOver?: PassedOver;
  /** What the page declares of its kind (HTML; nothing for a dump). */
  declared: DeclaredPage;
  /** The page's `<base href>`, as written (HTML). */
  base?: string | null;
  /** What the page prints and states that is read once its story is found (HTML; nothing for a dump). */
  later: LaterStatements;
}

/**
 * A page's source as the readings of one extraction read it, and its tree, by whether `<noscript>`
 * bodies were kept: a later reading that reads the same source walks the same tree, which the walk
 * only reads (see `extractWithLaterReadings`).
 */
export type ParsedReadings = Map<boolean, { source: Source; doc: Document }>;

/** Read, decode, detect and segment: the stages before scoring, shared with the batch pass. */
export function segmentDocument(input: string | Uint8Array, options: ExtractOptions = {}, reading: Reading = 'visible', parsed?: ParsedReadings): SegmentedDocument {
  const started = performance.now();
  const shown = reading !== 'visible';
  const known = parsed?.get(shown);
  const source = known?.source ?? readSource(input, options, shown);
  if (source.text.trim() === '') throw new ExtractError('empty', 'empty input');
  const format: InputFormat = !options.inputFormat || options.inputFormat === 'auto' ? detectFormat(source.text) : options.inputFormat;
  if (format === 'html') {
    const bytes = source.utf8InLatin1 ? latin1BytesToText : undefined;
    const doc = known?.doc ?? parseHtml(source.text);
    parsed?.set(shown, { source, doc });
    const { blocks, head, passedOver, marks, base } = segmentHtml(source.text, bytes, reading, doc);
    const inputChars = source.utf8InLatin1 ? decodedLength(source.text) : source.text.length;
    const stated = readStated(head, bytes);
    const meta = htmlMetadata(stated, head.cues);
    const declared = { types: [...jsonLdTypes(stated.jsonLd), ...marks.itemtypes], ogType: metaValue(stated, 'og:type'), generator: metaValue(stated, 'generator'), url: meta.url, marks, description: jsonLdProductDescription(stated.jsonLd) };
    const later = { cues: head.cues, laterDate: laterStatedDate(stated), modifiedDate: modifiedStatedDate(stated), sharedPublication: sharedPublication(stated), titles: declaredTitles(stated) };
    return { inputChars, format, blocks, meta, ms: performance.now() - started, passedOver, declared, base, later };
  }
  const raw = source.utf8InLatin1 ? latin1BytesToText(source.text) : source.text;
  return { inputChars: raw.length, format, blocks: segmentText(raw), meta: { ...EMPTY_METADATA, tags: [] }, ms: performance.now() - started, declared: UNDECLARED, later: NO_STATEMENTS };
}

/** The normalised lines of a segmented document, as the batch's line counts take them. */
export function linesOf(document: SegmentedDocument): string[] {
  return mapped(document.blocks, (b) => normaliseForRepeat(b.text));
}

/**
 * The normalised lines of one input, for the first pass over a batch of one site: count them into
 * a `LineStats`, then pass it as `batch` to every extraction so the site's template is known.
 */
export function documentLines(input: string | Uint8Array, options: ExtractOptions = {}): string[] {
  return linesOf(segmentDocument(input, options));
}

/** What the batch's first pass keeps of a segmented document, for `TemplateLearner`. */
export function sketchDocument(document: SegmentedDocument): DocumentSketch {
  return sketchOf(document.blocks, linesOf(document));
}

/** The sketch of one input (its lines and their elements, hashed), for a `TemplateLearner` over a batch of any sites. */
export function documentSketch(input: string | Uint8Array, options: ExtractOptions = {}): DocumentSketch {
  return sketchDocument(segmentDocument(input, options));
}

/** Runs the whole pipeline and keeps every block with its label, for the explain view. */
export function extractTrace(input: string | Uint8Array, options: ExtractOptions = {}): ExtractTrace {
  return extractWithLaterReadings(input, options, segmentDocument(input, options));
}

/**
 * What a page is read for again when its visible text holds no story, in this order; each only
 * where the reading before passed over what it would read (a page with nothing hidden and no
 * names to judge is not parsed again for nothing).
 */
const LATER_READINGS: { reading: Reading; why: string; worth: (passed: PassedOver) => boolean }[] = [
  { reading: 'hidden', why: 'read with the page’s hidden and <noscript> content', worth: (passed) => passed.hidden > 0 },
  { reading: 'unnamed', why: 'read with hidden content and without class and id names', worth: (passed) => passed.named > 0 },
];

/**
 * The pipeline on a segmented page (`first`, the visible reading of `input`), and, where it finds
 * no story in an HTML page, on later readings of it (see `Reading`), as Readability.js retries
 * with its flags off: a page that streams its content into hidden elements, keeps its posts in
 * `<noscript>`, or names its layout like boilerplate still gives its text.
 */
export function extractWithLaterReadings(input: string | Uint8Array, options: ExtractOptions, first: SegmentedDocument): ExtractTrace {
  let passed = first.passedOver ?? { hidden: 0, named: 0 };
  const later = first.format === 'html' ? LATER_READINGS.filter(({ worth }) => worth(passed)) : [];
  // the whole page's content stands in for no story only once no reading finds one
  const trace = extractSegmented(first, options, later.length === 0);
  if (!trace.result.empty || later.length === 0) return trace;
  // the later readings read the same source; the first's tree is not kept for the last, which few
  // pages come to: held through every page's extraction, it would cost the collector more
  const parsed: ParsedReadings = new Map();
  for (const { reading, why, worth } of LATER_READINGS) {
    if (!worth(passed)) continue;
    const document = segmentDocument(input, options, reading, parsed);
    passed = document.passedOver ?? passed;
    const again = extractSegmented(document, options, false);
    if (!again.result.empty) return { ...again, region: again.region && { ...again.region, why: `${again.region.why}, ${why}` } };
  }
  return extractSegmented(segmentDocument(input, options), options, true);
}

/** What the metadata's last step knows of the page once its story is found. */
interface FinishedPage {
  format: InputFormat;
  verdicts: Verdict[];
  stopwords: Set<string>;
  lang: string | null;
  type: PageType;
  url: string | null;
}

/**
 * The metadata once the story is chosen: the headline taken as the title, the printed byline and
 * date by it, the values cleaned as block text is, the date in ISO 8601 (the page's own in `dateRaw`).
 */
function finishMetadata(scored: ScoredBlock[], meta: Metadata, later: LaterStatements, page: FinishedPage): void {
  const { format, verdicts, lang, type } = page;
  const title = findTitle(scored, meta, format, verdicts, page.stopwords);
  // a dump's cues are looked for around the story as selected, its headline still in it
  if (format === 'text') Object.assign(meta, textCues(scored, title));
  // a page's title, and the byline and date it prints by its headline, are known now
  else Object.assign(meta, foundMetadata(meta, later, { blocks: scored, verdicts, title, type, url: page.url, lang }));
  // the title step never empties the story: a headline that is all the story stays its text too
  const alone = title !== null && scored.every((b, i) => i === title || b.label !== 'keep');
  if (title !== null) takeTitle(scored[title]!, meta, format, alone);
  meta.lang = lang ?? meta.lang;
  // metadata comes from attributes and JSON-LD, which no block cleaning has seen
  for (const key of ['title', 'byline', 'date', 'site'] as const) {
    const value = meta[key];
    meta[key] = value === null ? null : cleanInline(value).replace(/\n/g, ' ') || null;
  }
  // a dump's byline line may carry its date; else the lines by its headline may print either
  if (format === 'text') Object.assign(meta, printedInDump(splitDatedByline(meta, lang), { blocks: scored, verdicts, title, type, lang }));
  meta.dateRaw = meta.date;
  meta.date = meta.date === null ? null : isoDate(meta.date, lang);
}

/**
 * The pipeline after segmentation, on a document `segmentDocument` made (and no other call has
 * used). `wholePageWhenEmpty`: where no story is found, keep the page's content instead (see
 * `selectStory`); off while a later reading may still find the story.
 */
export function extractSegmented(document: SegmentedDocument, options: ExtractOptions = {}, wholePageWhenEmpty = true): ExtractTrace {
  const started = performance.now() - document.ms;
  const { inputChars, format, blocks, meta } = document;

  // each block's words, cut once for the language's sample and the scores
  const lists = mapped(blocks, (b) => words(b.text));
  const lang = pageLanguage(meta.lang, blocks, lists);
  const stopwords = stopwordsFor(lang);
  const scores = scoreBlocks(blocks, stopwords, options.batch, options.batchSite, lang, lists);
  // the page's type from what it states and what its blocks show, before the story is chosen by it
  const evidence = pageEvidence(document.declared, format, blocks, scores, meta, options.url);
  const page = { ...decidePageType(evidence), evidence };
  const describedWords = page.type === 'product' ? words(document.declared.description ?? '').length : 0;
  const { decisions, region, weights } = selectStory(blocks, scores, format, page.type, wholePageWhenEmpty, describedWords);

  // the blocks are this call's own: label them in place rather than copy every one
  const scored = mapped(blocks, (b, i): ScoredBlock => {
    const s = b as ScoredBlock;
    const decision = decisions[i]!;
    s.features = scores.features[i]!;
    s.score = Math.round(weights[i]! * 10) / 10;
    s.label = decision.keep ? 'keep' : 'drop';
    s.reason = decision.reason;
    const graded = scores.verdicts[i]!.rule;
    // every block takes each field, set or not: blocks of one shape keep the code that reads them optimised
    s.rule = decision.rule || undefined;
    s.gradedBy = graded && graded !== decision.rule ? graded : undefined;
    s.asHeading = format === 'text' && decision.heading ? 2 : undefined;
    return s;
  });

  // a reading that keeps nothing where a later one is still to come is passed over whole (see
  // `extractWithLaterReadings`): its metadata, the dates by its headline above all, would not be read
  const passedOver = !wholePageWhenEmpty && page.type !== 'product' && decisions.every((d) => !d.keep);
  if (!passedOver) finishMetadata(scored, meta, document.later, { format, verdicts: scores.verdicts, stopwords, lang, type: page.metadataType ?? page.type, url: meta.url ?? options.url ?? null });

  const kept = scored.filter((b) => b.label === 'keep');
  const described = page.type === 'product' ? describedProduct(kept, document.declared.description ?? null) : null;
  if (described) kept.unshift(scored[scored.push({ ...described, index: scored.length }) - 1]!);
  const text = renderText(kept);
  const result: ExtractResult = {
    source: options.source ?? '-',
    // the metadata's fields, in the order the JSON output prints them
    ...meta,
    pageType: page.type,
    inputFormat: format,
    text,
    markdown: '',
    empty: text === '',
    stats: {
      inputChars,
      outputChars: text.length,
      blocksKept: kept.length,
      blocksDropped: scored.length - kept.length,
      ms: Math.round((performance.now() - started) * 100) / 100,
    },
  };
  renderedOnRead(result, kept, markdownOptions(document, options, scored));
  return { result, blocks: scored, region, page };
}

/** What the Markdown keeps of the page's markup, and the address its relative links are read from: the page's own, where the caller or the page says it. */
function markdownOptions(document: SegmentedDocument, options: ExtractOptions, scored: ScoredBlock[]): MarkdownOptions {
  const base = document.format === 'html' ? linkBase(document.base ?? null, options.url, document.meta.url) : null;
  return { links: options.links, images: options.images, base, pictures: options.images ? picturesBefore(scored) : undefined };
}

/**
 * The result's `markdown`, rendered when first read (by the Markdown or JSON output, or a caller)
 * and kept: an extraction read for its text or metadata alone never builds the Markdown tree,
 * whose serialiser costs more than a tenth of the whole extraction. The field stays where it is
 * among the result's own, for spreads and JSON alike.
 */
function renderedOnRead(result: ExtractResult, kept: ScoredBlock[], options: MarkdownOptions): void {
  const title = result.title;
  // a function of its own, so that what the rendering holds is only these (a closure in the
  // pipeline would share its scope, and hold every block and score of the page)
  const render = () => renderMarkdown(title, kept, options);
  const settle = (value: string) => Object.defineProperty(result, 'markdown', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(result, 'markdown', {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = render();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** Extracts the main story of one page or text dump. Pure: never prints, never exits. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  return extractTrace(input, options).result;
}
