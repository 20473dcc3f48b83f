/** The one model every stage shares; it imports nothing but itself. */
export type { Block, BlockKind, Container, Features, InlineMark, InlineRun, ListItemRef, ListRef } from './block.js';
export type { Decision, Family, Grade, Label, Verdict } from './verdict.js';
export type {
  ExtractOptions, ExtractResult, ExtractStats, ExtractTrace, InputFormat, Metadata, OutputFormat, ScoredBlock, SiteLineCounts, StoryRegion,
} from './result.js';
export type { PageCues, PageEvidence, PageMarks, PageType, PlacedCue, SectionCounts } from './page.js';
