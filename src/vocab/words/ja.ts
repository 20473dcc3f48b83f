import type { Words } from './types.js';

/** Japanese. */
export const ja: Words = {
  ui: ['関連記事', '広告'],
  share: ['シェア'],
  widgetHeadings: ['関連'],
  sourceMarks: ['出典'],
  updateLabels: ['更新', '更新日', '最終更新'],
  memberSinceLabels: ['登録日'],
  memberPostLabels: ['投稿'],
};
