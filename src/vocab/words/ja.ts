import type { Words } from './types.js';

/** Japanese. */
export const ja: Words = {
  ui: ['関連記事', '広告'],
  share: ['シェア'],
  widgetHeadings: ['関連'],
  sourceMarks: ['出典'],
};
