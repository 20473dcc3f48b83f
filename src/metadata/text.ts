import type { ScoredBlock } from '../model/index.js';
import { BYLINE_LINE, DATE_LINE, SOURCE_LINE } from '../vocab/index.js';
import { isWordyDateLine } from '../vocab/dates.js';
import { BYLINE_LOOK_AFTER, BYLINE_LOOK_BEFORE } from '../settings.js';

/** What the lines around a dump's story say of it. */
export interface TextCues {
  byline: string | null;
  site: string | null;
  date: string | null;
}

/** Byline, source and date lines around a dump's headline and the story's start. */
export function textCues(blocks: ScoredBlock[], title: number | null): TextCues {
  const cues: TextCues = { byline: null, site: null, date: null };
  const firstKept = blocks.findIndex((b) => b.label === 'keep');
  if (firstKept < 0) return cues;
  const near = Math.max(0, (title ?? firstKept) - BYLINE_LOOK_BEFORE);
  for (let i = near; i < Math.min(blocks.length, firstKept + BYLINE_LOOK_AFTER); i++) {
    const t = blocks[i]!.text;
    cues.byline ??= BYLINE_LINE.exec(t)?.[1]?.trim() ?? null;
    cues.site ??= SOURCE_LINE.exec(t)?.[1]?.trim() ?? null;
    if (!cues.date && (DATE_LINE.test(t) || isWordyDateLine(t))) cues.date = t;
  }
  return cues;
}
