export { documentLines, documentSketch, extract, extractTrace } from './pipeline.js';
export { ExtractError, type ExtractErrorCode } from './errors.js';
export { LineStats } from './score/template.js';
export { TemplateLearner, type LearntTemplate } from './score/template-learner.js';
export { TemplateCounts } from './score/template-counts.js';
export type { DocumentSketch } from './score/sketch.js';
export { renderExplain } from './render/explain.js';
export type {
  Block, BlockKind, ExtractOptions, ExtractResult, ExtractStats, ExtractTrace, Features, InputFormat,
  Label, Metadata, OutputFormat, ScoredBlock,
} from './model/index.js';
