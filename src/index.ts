export { documentLines, extract, extractTrace, ExtractError, type ExtractErrorCode } from './extract.js';
export { LineStats } from './score/template.js';
export { renderExplain } from './render/explain.js';
export type {
  Block, BlockKind, ExtractOptions, ExtractResult, ExtractStats, ExtractTrace, Features, InputFormat,
  Label, Metadata, OutputFormat, ScoredBlock,
} from './types.js';
