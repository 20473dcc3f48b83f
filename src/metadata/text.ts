import type { Features } from '../types.js';
import { BYLINE_LINE, COUNTER_LINE, DATE_LINE, SOURCE_LINE, UI_LINE } from '../features/patterns.js';
import { headingShaped } from '../select/label.js';
import { TITLE_LOOKBACK } from '../score/thresholds.js';

export interface TextCues {
  title: number | null;
  byline: string | null;
  site: string | null;
  date: string | null;
}

const MIN_TITLE_WORDS = 3;

/**
 * A dump's headline is the nearest headline-shaped line before the story (bylines, dates and
 * source lines sit between them); its byline, source and date are cue lines around that point.
 */
export function textCues(texts: string[], features: Features[], storyStart: number): TextCues {
  const cues: TextCues = { title: null, byline: null, site: null, date: null };
  const from = Math.max(0, storyStart - TITLE_LOOKBACK);
  for (let i = storyStart; i >= from; i--) {
    const t = texts[i]!;
    if (BYLINE_LINE.test(t) || SOURCE_LINE.test(t) || DATE_LINE.test(t) || COUNTER_LINE.test(t) || UI_LINE.test(t)) continue;
    if (headingShaped(features[i]!) && features[i]!.words >= MIN_TITLE_WORDS) {
      cues.title = i;
      break;
    }
  }
  const near = Math.max(0, (cues.title ?? storyStart) - 3);
  for (let i = near; i < Math.min(texts.length, storyStart + 6); i++) {
    const t = texts[i]!;
    cues.byline ??= BYLINE_LINE.exec(t)?.[1]?.trim() ?? null;
    cues.site ??= SOURCE_LINE.exec(t)?.[1]?.trim() ?? null;
    if (!cues.date && DATE_LINE.test(t)) cues.date = t;
  }
  return cues;
}
