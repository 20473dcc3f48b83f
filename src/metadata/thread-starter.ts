/**
 * The member who started a forum's thread, as its dump prints them: the forum marks their posts
 * (`Thread starter Pippin06` in the thread's head, `JosephF Discussion starter` by a post,
 * `Original Poster` under the poster's name). The mark names one member whatever the thread's
 * headline, so it is read on the whole page, first mark first: the headline a dump's title step
 * finds on a thread is often a later post's line, and the byline lines by it are that post's.
 */
import type { ScoredBlock } from '../model/index.js';
import { COMMENT_AUTHOR_LINE, THREAD_STARTER, UI_LINE } from '../vocab/index.js';
import { BYLINE_LINE_MAX_CHARS, NAME_LINE_MAX_WORDS } from '../settings.js';
import { authorName } from './printed-lines.js';

/** The starter's name by the first mark that gives one, or null where no mark does. */
export function threadStarter(blocks: readonly ScoredBlock[]): string | null {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length > BYLINE_LINE_MAX_CHARS) continue;
    const mark = THREAD_STARTER.exec(text);
    if (mark === null) continue;
    const name = mark[1] ?? mark[2] ? authorName((mark[1] ?? mark[2])!) : besideMark(blocks, i);
    if (name !== null && name.split(' ').length <= NAME_LINE_MAX_WORDS) return name;
  }
  return null;
}

/**
 * The name a mark alone stands by: the line over it (`lowjhg` over `Original Poster`), else the
 * one under it (`Topic Author` over `changingtimes`), as forums print the badge on either side;
 * not a control (`Top`, the link back up that ends each post), nor the head of a quote
 * (`burlwood said:`). Under a post's date (`Dec 30,
 * 2023` over `Thread starter`) it names no one, and the next mark may.
 */
function besideMark(blocks: readonly ScoredBlock[], i: number): string | null {
  for (const line of [blocks[i - 1], blocks[i + 1]]) {
    const text = line?.text.trim();
    const name = text === undefined || text.length > BYLINE_LINE_MAX_CHARS || UI_LINE.test(text) || COMMENT_AUTHOR_LINE.test(text) ? null : authorName(text);
    if (name !== null) return name;
  }
  return null;
}
