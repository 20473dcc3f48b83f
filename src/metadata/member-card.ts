/**
 * The poster of a thread's first post, as the member card by it prints them (phpBB, FluxBB,
 * vBulletin, MyBB): their name at the card's top, their rank under it, then figures with labels
 * (`Registered: 2025-11-01`, `Posts: 524`, `Join Date: Mar 2016`). The first card of a thread is
 * its starter's; a dump prints no mark that tells the name from the rank (`chunix64` over
 * `Member`), but the name is the card's top line: the line over it is the post's stamp, the
 * thread's pager or a control.
 */
import type { ScoredBlock } from '../model/index.js';
import { AUTHOR_PICTURE, MEMBER_POSTS, MEMBER_SINCE, UI_LINE } from '../vocab/index.js';
import { BYLINE_LINE_MAX_CHARS, MEMBER_CARD_LINES, NAME_LINE_MAX_WORDS } from '../settings.js';
import { HOLDS_DATE, authorName } from './printed-lines.js';

/** A picture lynx prints by its file name (`[FieldMarshal.jpg]`). */
const FILE_PICTURE = /^\[[^\]]*\]$/;

/** A card's figure: a join date (`Joined: Jul 24, 2017`, or its label alone over it) or a count of posts. */
function isFigure(text: string): boolean {
  if (MEMBER_POSTS.test(text)) return true;
  return MEMBER_SINCE.test(text) && (/\d/.test(text) || text.replace(MEMBER_SINCE, '').replace(/[\s:：]+/g, '') === '');
}

/** The name at the top of the first member card, or null where the page prints none. */
export function memberCardName(blocks: readonly ScoredBlock[]): string | null {
  const figure = blocks.findIndex((b) => b.text.length <= BYLINE_LINE_MAX_CHARS && isFigure(b.text.trim()));
  if (figure < 0) return null;
  let top: string | null = null;
  for (let i = figure - 1, read = 0; i >= 0 && read < MEMBER_CARD_LINES; i--, read++) {
    const text = blocks[i]!.text.trim();
    // a rank's badge: its picture by file name, its stars (`* * * * *`)
    if (FILE_PICTURE.test(text) || !/\p{L}/u.test(text)) continue;
    // the card ends where a line is no name: the post's stamp, the pager, a control, the avatar's letter or picture
    if (text.length > BYLINE_LINE_MAX_CHARS || HOLDS_DATE.test(text) || UI_LINE.test(text) || AUTHOR_PICTURE.test(text) || text.length === 1) break;
    const name = authorName(text);
    if (name === null || name.split(' ').length > NAME_LINE_MAX_WORDS) break;
    top = name;
  }
  return top;
}
