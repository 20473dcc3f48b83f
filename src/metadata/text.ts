import type { Metadata, ScoredBlock } from '../model/index.js';
import { findDate } from './date.js';
import { BYLINE_LINE, DATE_LINE, SOURCE_LINE } from '../vocab/index.js';
import { isWordyDateLine } from '../vocab/dates.js';
import { BYLINE_LOOK_AFTER, BYLINE_LOOK_BEFORE } from '../settings.js';
import { BYLINE_PARTS, authorName } from './printed-lines.js';

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

/**
 * A dump's byline line often carries the date (`Tess Bonn - 11/19/19 06:56 AM EST`): where no
 * date line was found, the byline gives both, split at the date. A byline of parts (`Jane Doe |
 * Mar 11, 2023 | Brakes`) is its name's part.
 */
export function splitDatedByline(meta: Pick<Metadata, 'byline' | 'date'>, lang: string | null): Pick<Metadata, 'byline' | 'date'> {
  if (meta.byline === null) return meta;
  const found = meta.date === null ? findDate(meta.byline, lang) : null;
  if (!found) return { byline: namePart(meta.byline), date: meta.date };
  const rest = `${meta.byline.slice(0, found.index)} ${meta.byline.slice(found.index + found.text.length)}`;
  const byline = rest.replace(/\s+/g, ' ').replace(/^[\s|,·•–—-]+|[\s|,·•–—-]+$/g, '').replace(/\s+(?:on|at|am|le|el|il)$/i, '').trim();
  return { byline: byline ? namePart(byline) : null, date: found.text };
}

/** A byline of parts is its first part, the one the label names (`Jane Doe | SEO | 8 min read`): its name, else the part as it is. */
function namePart(byline: string): string {
  if (!BYLINE_PARTS.test(byline)) return byline;
  const first = byline.split(BYLINE_PARTS).find((p) => p.trim()) ?? byline;
  return authorName(first) ?? first.trim();
}
