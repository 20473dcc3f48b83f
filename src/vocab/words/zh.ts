import type { Words } from './types.js';

/** Chinese. */
export const zh: Words = {
  ui: ['广告', '更多'],
  share: ['分享'],
  shareBar: ['分享到'],
  widgetHeadings: ['相关'],
  bylineMarks: ['作者', '记者', '記者', '撰文', '文'],
  sourceMarks: ['来源', '來源'],
  signUpImperatives: ['订阅我们'],
  updateLabels: ['更新', '更新于', '更新時間', '更新时间', '修改于'],
  memberSinceLabels: ['注册时间', '加入时间', '註冊時間', '注册于'],
  threadStarterLabels: ['楼主', '樓主'],
  memberPostLabels: ['帖子'],
};
