import type { Metadata, ScoredBlock } from '../model/index.js';
import { findDate, isoDate } from './date.js';
import { ISO_DAY_CHARS, joinDate } from './printed-lines.js';
import { BYLINE_LINE, DATE_LINE, SOURCE_LINE, UPDATE_LABEL } from '../vocab/index.js';
import { HAS_DIGIT, isWordyDateLine } from '../vocab/dates.js';
import { BYLINE_LOOK_AFTER, BYLINE_LOOK_BEFORE } from '../settings.js';
import { BYLINE_PARTS, HOLDS_DATE, authorName, pictureText } from './printed-lines.js';
import { bylineName, spacedDates } from './name-runs.js';
import { stopwordsFor } from '../detect/language.js';

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
  let update: string | null = null;
  for (let i = near; i < Math.min(blocks.length, firstKept + BYLINE_LOOK_AFTER); i++) {
    const t = blocks[i]!.text;
    if (cues.byline === null) {
      // a labelled picture (`author image`, lynx's print of an author's picture) names no one
      const labelled = BYLINE_LINE.exec(t)?.[1]?.trim();
      if (labelled && !pictureText(labelled.split(/\s+/))) cues.byline = labelled;
    }
    cues.site ??= SOURCE_LINE.exec(t)?.[1]?.trim() ?? null;
    // a forum member's join date is never the post's; an update's date line gives way to a publication's
    if (cues.date || !(DATE_LINE.test(t) || isWordyDateLine(t)) || joinDate(blocks, i)) continue;
    if (UPDATE_LABEL.test(t.slice(0, t.search(HAS_DIGIT)))) update ??= t;
    else cues.date = t;
  }
  cues.date = publicationFirst(cues.date, update);
  return cues;
}

/** A publication's date line over an update's, unless it comes after the update (then it is a later post's stamp). */
function publicationFirst(published: string | null, update: string | null): string | null {
  if (published === null || update === null) return published ?? update;
  const [first, changed] = [isoDate(published, null), isoDate(update, null)];
  return first !== null && changed !== null && first.slice(0, ISO_DAY_CHARS) > changed.slice(0, ISO_DAY_CHARS) ? update : published;
}

/**
 * A dump's byline line often carries the date (`Tess Bonn - 11/19/19 06:56 AM EST`): where no
 * date line was found, the byline gives both, split at the date. A byline of parts (`Jane Doe |
 * Mar 11, 2023 | Brakes`) is its name's part.
 */
export function splitDatedByline(meta: Pick<Metadata, 'byline' | 'date'>, lang: string | null): Pick<Metadata, 'byline' | 'date'> {
  if (meta.byline === null) return meta;
  const found = meta.date === null ? findDate(meta.byline, lang) : null;
  if (!found) {
    // the date line was found apart: the byline's own date goes (`IndustrySelect on Tuesday, August 29, 2023`)
    const named = spacedDates(namePart(meta.byline));
    return { byline: bylineName(HOLDS_DATE.test(named) ? authorName(named) ?? named : named, stopwordsFor(lang)), date: meta.date };
  }
  const rest = `${meta.byline.slice(0, found.index)} ${meta.byline.slice(found.index + found.text.length)}`;
  const byline = rest.replace(/\s+/g, ' ').replace(/^[\s|,·•–—-]+|[\s|,·•–—-]+$/g, '').replace(/\s+(?:on|at|am|le|el|il)$/i, '').trim();
  return { byline: byline ? bylineName(namePart(byline), stopwordsFor(lang)) : null, date: found.text };
}

/** A byline of parts is its first part, the one the label names (`Jane Doe | SEO | 8 min read`): its name, else the part as it is. */
function namePart(byline: string): string {
  if (!BYLINE_PARTS.test(byline)) return byline;
  const first = byline.split(BYLINE_PARTS).find((p) => p.trim()) ?? byline;
  return authorName(first) ?? first.trim();
}
