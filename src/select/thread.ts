import type { Block, Container, Decision, Features, Verdict } from '../model/index.js';
import { LINK_DENSITY_BAD, PROSE_WORDS, THREAD } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** A thread's posts: sibling elements of one kind, and the span of blocks from the first to the last. */
export interface Thread {
  start: number;
  end: number;
  posts: number;
  /** Its posts with or without prose. */
  items: number;
  /** Its posts are named like comments (see `COMMENT_NAME`). */
  commentPosts: boolean;
}

/**
 * What makes two posts of a thread the same kind of element: the tag and the first class name
 * (`post`, `message`, `answer`, `topic-post`), which forums write first and vary the rest
 * (`bg1`/`bg2`, `topic-owner`, `accepted-answer`).
 */
function kindOf(c: Container): string {
  const cls = c.classes?.trim();
  if (!cls) return c.tag;
  const space = cls.search(/\s/);
  return `${c.tag}.${space < 0 ? cls : cls.slice(0, space)}`;
}

/** A forum names its posts as a blog names its comments: on a thread such a name is a post's. */
const COMMENT_NAME = /^(?:class|id) ~ comments?$/i;
const commentNamed = (b: Block) => b.hint < 0 && COMMENT_NAME.test(b.hintReason);

/**
 * Prose a reader keeps: graded so, not in an element named like boilerplate; or in a post named
 * like a comment, which the name alone graded, a paragraph's length of words that are not links.
 */
function postProse(b: Block, v: Verdict, f: Features, commentPosts: boolean): boolean {
  if (b.hint >= 0) return v.grade === 'good';
  return commentPosts && commentNamed(b) && v.family === 'container' && f.words >= PROSE_WORDS && f.linkDensity < LINK_DENSITY_BAD;
}

/** Tags that are a post's parts, never a post: a paragraph, a heading, a line's markup. */
const PART_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'b', 'strong', 'em', 'i', 'br', 'pre', 'code', 'table', 'tr', 'td', 'th', 'tbody', 'blockquote', 'figure', 'figcaption', 'img', 'small', 'label', 'font']);

interface Group {
  parent: Container;
  /** Children that hold prose. */
  posts: number;
  items: number;
  prose: number;
  first: number;
  last: number;
}

/**
 * The posts of a thread: among the page's elements, the children of one element that share a
 * kind (see `kindOf`), hold prose each, and together hold the most of the page's prose. A post
 * quoting another is inside it, and a reply nested in a post is inside its post: the top-level
 * posts win, as they hold all the prose below them. Null where no such group has enough posts
 * (`THREAD.minPosts`), or enough of the page's prose from its first post to its last
 * (`THREAD.proseShare`).
 */
export function findThread(blocks: Block[], verdicts: Verdict[], features: Features[]): Thread | null {
  // a Q&A page names the remarks under each answer comments: those are posts only where no others are
  return postGroup(blocks, verdicts, features, false) ?? postGroup(blocks, verdicts, features, true);
}

function postGroup(blocks: Block[], verdicts: Verdict[], features: Features[], commentPosts: boolean): Thread | null {
  const prose = new Map<Container, number>();
  const first = new Map<Container, number>();
  const last = new Map<Container, number>();
  let pageProse = 0;
  // the page's prose up to each block, for the prose between a group's first post and its last
  const upTo: number[] = [0];
  for (const b of blocks) {
    // the prose a reader keeps: not a caption, nor text inside an element named like boilerplate
    const words = b.kind !== 'figure' && postProse(b, verdicts[b.index]!, features[b.index]!, commentPosts) ? features[b.index]!.words : 0;
    pageProse += words;
    upTo.push(pageProse);
    for (let c = b.container; c; c = c.parent) {
      if (words) prose.set(c, (prose.get(c) ?? 0) + words);
      if (!first.has(c)) first.set(c, b.index);
      last.set(c, b.index);
    }
  }
  if (pageProse === 0) return null;
  const groups = new Map<string, Group>();
  for (const [c, at] of first) {
    if (!c.parent || PART_TAGS.has(c.tag)) continue;
    const words = prose.get(c) ?? 0;
    const key = `${c.parent.id} ${kindOf(c)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parent: c.parent, posts: 0, items: 0, prose: 0, first: at, last: last.get(c)! }));
    if (words) group.posts++;
    group.items++;
    group.prose += words;
    group.first = Math.min(group.first, at);
    group.last = Math.max(group.last, last.get(c)!);
  }
  let best: Group | null = null;
  for (const group of groups.values()) {
    if (group.posts < THREAD.minPosts) continue;
    if (!best || group.prose > best.prose) best = group;
  }
  // replies nested under a post (a sibling `indented` element) lie between the posts
  if (!best || upTo[best.last + 1]! - upTo[best.first]! < pageProse * THREAD.proseShare) return null;
  // a question stands before the list of its answers, beside the element that holds the list
  let start = best.first;
  const holder = best.parent.parent;
  let opening: Container | null = null;
  for (const c of first.keys()) {
    if (c.parent !== holder || c === best.parent || last.get(c)! >= best.first || !prose.get(c)) continue;
    if (!opening || first.get(c)! > first.get(opening)!) opening = c;
  }
  if (opening) start = first.get(opening)!;
  return { start, end: best.last, posts: best.posts, items: best.items, commentPosts };
}

/** Boilerplate evidence that on a thread is the posts' own: short posts read as teasers, names as links, a signature's lines as repeats. */
const POST_FAMILIES: ReadonlySet<string> = new Set(['teaser', 'links', 'repeat']);

/** A line's key with each number as one sign (a key parts `1,204` into `1 204`): `posts: 1,204` and `posts: 87` are one line of furniture. */
const shapeOf = (key: string) => key.replace(/\d+(?: \d+)*/g, '#');
const NO_LETTERS = /^[\s#]*$/;

/**
 * The thread as the story: every block from its first post to its last (and the question before
 * them) that is not boilerplate by its element or its own evidence, in order, less the posts'
 * furniture and quotes (see `dropPostFurniture`).
 */
export function threadDecisions(blocks: Block[], scores: { verdicts: Verdict[]; features: Features[]; keys: string[] }, thread: Thread, decisions: Decision[]): Decision[] {
  const { verdicts } = scores;
  const chosen = mapped(blocks, (b, i): Decision => {
    const v = verdicts[i]!;
    const inside = i >= thread.start && i <= thread.end;
    const content = inside && (b.hint >= 0 ? v.grade !== 'bad' || (v.family !== undefined && POST_FAMILIES.has(v.family)) : thread.commentPosts && commentNamed(b) && v.family === 'container');
    if (content) return decisions[i]!.keep ? decisions[i]! : { keep: true, reason: `a post of the thread (${thread.posts} posts): ${v.reason}`, heading: false, rule: 'select/thread' };
    if (!decisions[i]!.keep) return decisions[i]!;
    return { keep: false, reason: inside ? v.reason : `outside the thread: ${v.reason}`, heading: false, rule: inside ? (v.rule ?? 'select/thread') : 'select/outside-thread' };
  });
  dropPostFurniture(chosen, scores, thread.items);
  return chosen;
}

/**
 * What the posts of a thread repeat beside their text, dropped from the kept blocks (in place): a
 * line of numbers alone (votes, counts), a short line that recurs, its numbers aside, in many of
 * the `posts` (`Posts: 1,204`, `Joined`, `Report`, `5 silver badges`), and a copy of a line
 * already kept (a reply quotes the post it answers: the post stays where it was written).
 */
export function dropPostFurniture(decisions: Decision[], scores: { features: Features[]; keys: string[] }, posts: number): void {
  const { features, keys } = scores;
  const short = (i: number) => features[i]!.words <= THREAD.furnitureWords;
  const lineShapes = mapped(decisions, (d, i) => (d.keep ? shapeOf(keys[i]!) : ''));
  const shapes = new Map<string, number>();
  decisions.forEach((d, i) => {
    if (d.keep && short(i)) shapes.set(lineShapes[i]!, (shapes.get(lineShapes[i]!) ?? 0) + 1);
  });
  const furniture = Math.max(THREAD.furnitureCopies, posts * THREAD.furnitureShare);
  const seen = new Set<string>();
  const drop = (i: number, reason: string, rule: string) => (decisions[i] = { keep: false, reason, heading: false, rule });
  decisions.forEach((d, i) => {
    if (!d.keep) return;
    const shape = lineShapes[i]!;
    if (NO_LETTERS.test(shape)) drop(i, 'numbers alone in a post (votes, counts)', 'select/thread-furniture');
    else if (short(i) && shapes.get(shape)! >= furniture) drop(i, `a post's furniture: a short line in ${shapes.get(shape)} posts`, 'select/thread-furniture');
    else if (seen.has(keys[i]!)) drop(i, 'a copy of an earlier post of the thread (a quote)', 'select/thread-quote');
    else seen.add(keys[i]!);
  });
}
