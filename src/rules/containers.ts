/**
 * The enclosing elements' tags, roles and names, weighed on one scale, the hint: negative is
 * boilerplate-like (at `HINT_BAD` a block goes unless it is long prose, at `HINT_NEVER` even
 * then), positive story-like. Segmentation reads each element's hint off here as it walks.
 */
import { POSITIVE_HINT, STRONG_NEGATIVE_HINT, WEAK_NEGATIVE_HINT } from '../vocab/index.js';
import {
  CLASS_NAMES_MAX_CHARS, HEADER_HEADING_HINT, HINT_BAD, HINT_NEVER, ITEMPROP_BODY_HINT, LINK_DENSITY_BAD, LONG_WORDS, NAMED_PROSE_MIN_WORDS,
  NAMED_PROSE_SHARE, PAGE_PROSE_MIN_WORDS, ROLE_HINT, STORY_NAME_HINT, STRONG_NAME_HINT, TAG_HINT, WEAK_NAME_HINT,
} from '../settings.js';
import type { Block, Container, Features } from '../model/index.js';
import type { Rule } from './rule.js';

/** What an element says of itself. */
export interface ElementCues {
  tag: string;
  role: string | undefined;
  itemprop: string | undefined;
  /** Its class and id, space-separated. */
  names: string;
  /** The names include a class (else they are an id). */
  namedByClass: boolean;
}

const EMBED_HINT = /(?:^|[\s_-])(?:embed|embedded|embeds)(?:$|[\s_-])/i;

/**
 * A class that names a layout by its regions (`sidebar-sidecar-layout_main`, `with-sidebar-layout`)
 * holds the story among them: a boilerplate word before `layout` in one class says nothing. After
 * it, the word names a region of the layout (`PageLayout_sidebar`), and stands.
 */
function namesLayout(names: string, match: RegExpExecArray): boolean {
  const after = match.index + match[0].length - 1;
  const end = names.indexOf(' ', after);
  return LAYOUT_CLASS.test(names.slice(after, end < 0 ? undefined : end));
}
const LAYOUT_CLASS = /layout/i;
/**
 * The elements that hold the whole page: their names say how it is laid out or what state it is
 * in (`navbar-main-transparent`, `offcanvas_menu-tablet`, `show-tools-cta-button`, `popup-init`
 * on `<body>`), never that it is boilerplate. Measured on WCXB dev html (7 pages move): service
 * 0.837 to 0.842, collections 0.705 to 0.698 (a shop's category whose intro then outweighs its
 * grid), all 0.870 to 0.871; scrapinghub unchanged.
 */
const PAGE_TAGS: ReadonlySet<string> = new Set(['html', 'body']);

/** An element's hint, what gave it (for the explain view), and whether its names took part. */
export function elementHint({ tag, role, itemprop, names, namedByClass }: ElementCues): [number, string, boolean] {
  let hint = TAG_HINT[tag] ?? 0;
  let why = hint ? `<${tag}>` : '';
  if (role && ROLE_HINT[role]) {
    hint += ROLE_HINT[role]!;
    why = `role=${role}`;
  }
  if (itemprop === 'articleBody' || itemprop === 'text') return [ITEMPROP_BODY_HINT, `itemprop=${itemprop}`, false];
  if (names && names.length < CLASS_NAMES_MAX_CHARS) {
    // an embedded post (`social-media-embed`) is quoted in the story, not a share bar
    const strong = EMBED_HINT.test(names) ? null : STRONG_NEGATIVE_HINT.exec(names);
    const negative = strong ?? WEAK_NEGATIVE_HINT.exec(names);
    const positive = POSITIVE_HINT.test(names);
    if (negative && !positive && !namesLayout(names, negative) && !PAGE_TAGS.has(tag)) {
      // a tag or a role that already says boilerplate (`<aside class="sidebar">`) stays named first
      const named = `${namedByClass ? 'class' : 'id'} ~ ${negative[0].replace(/^[\s_-]|[\s_-]$/g, '')}`;
      why = hint < 0 ? `${why}, ${named}` : named;
      hint -= strong ? STRONG_NAME_HINT : WEAK_NAME_HINT;
      return [hint, why, true];
    }
    if (positive && !negative && hint >= 0) {
      // a story-like name makes a plain element story-like; an <aside class="inset-story"> is still aside
      return [hint + STORY_NAME_HINT, 'class ~ story', true];
    }
  }
  return [hint, why, false];
}

/** Why a heading in a `<header>` weighs as boilerplate (`blockHint`), which a page kept whole reads back (`select/whole-page.ts`). */
export const HEADER_HEADING_REASON = 'the <header> (a headline or standfirst)';

/**
 * A block's hint from the elements around it, innermost last: the nearest story-like element
 * shields it from the names of wrappers outside it; inside that, the most boilerplate-like
 * element counts. A heading in a `<header>` is the page's headline or a standfirst set as one.
 */
export function blockHint(open: readonly { hint: number; why: string }[], headingInHeader: boolean): [number, string] {
  let hint = 0;
  let why = '';
  for (let i = open.length - 1; i >= 0; i--) {
    const f = open[i]!;
    if (f.hint > 0) {
      if (hint === 0) [hint, why] = [f.hint, f.why];
      break;
    }
    if (f.hint < hint) [hint, why] = [f.hint, f.why];
  }
  if (headingInHeader && hint > HEADER_HEADING_HINT) return [HEADER_HEADING_HINT, HEADER_HEADING_REASON];
  return [hint, why];
}

/** A hint a class or an id gave alone (a tag's or a role's is the page's own word, and stands), and the word it matched. */
const BY_NAME = /^(?:class|id) ~ (.+)$/;
/**
 * The names of a page's regions, which themes also give the wrappers of the story's layout
 * (`with-sidebar`, `sidebar-content`, `header-footer` templates); `comment`, `related` or `share`
 * name what they hold, and stand however much prose they hold.
 */
const LAYOUT_WORDS = new Set(['sidebar', 'footer', 'header', 'nav', 'navbar', 'navigation', 'menu', 'masthead', 'banner', 'widget', 'toolbar']);

function ancestors(block: Block): Container[] {
  const chain: Container[] = [];
  for (let c = block.container; c; c = c.parent) chain.push(c);
  return chain;
}

/**
 * A class name cannot call most of a page's prose boilerplate: `with-sidebar`, `sidebar-content`,
 * `wsite-not-footer` or a `right-sidebar` on `<body>` name a layout the story sits in. Where the
 * blocks under one name's hint hold this share of the page's prose, the name is the layout's:
 * its hint is voided for the blocks inside the element that holds that prose. Sets the blocks'
 * `hint` in place (they are the extraction's own).
 */
export function voidLayoutNames(blocks: Block[], features: Features[]): void {
  let prose = 0;
  const byName = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const f = features[i]!;
    if (f.words < NAMED_PROSE_MIN_WORDS || f.linkDensity >= LINK_DENSITY_BAD) return;
    prose += f.words;
    const word = BY_NAME.exec(b.hintReason)?.[1]?.toLowerCase();
    if (b.hint > HINT_BAD || word === undefined || !LAYOUT_WORDS.has(word)) return;
    const at = byName.get(b.hintReason);
    if (at) at.push(i);
    else byName.set(b.hintReason, [i]);
  });
  if (prose < PAGE_PROSE_MIN_WORDS) return;
  for (const [name, at] of byName) {
    const words = at.reduce((sum, i) => sum + features[i]!.words, 0);
    if (words < prose * NAMED_PROSE_SHARE) continue;
    // the lowest element holding all of that prose
    let common = ancestors(blocks[at[0]!]!);
    for (const i of at.slice(1)) {
      const chain = new Set(ancestors(blocks[i]!));
      common = common.filter((c) => chain.has(c));
    }
    const holder = common[0];
    for (const b of blocks) {
      if (b.hintReason !== name || (holder && !ancestors(b).includes(holder))) continue;
      b.hint = 0;
      b.hintReason = `${name}, the layout of most of the prose`;
    }
  }
}

export const CONTAINER_RULES: Rule[] = [
  {
    // a container's name outweighs a block's shape, except for long prose under a weak hint
    id: 'boilerplate-container', family: 'container', grade: 'bad',
    test: (e) => e.block.hint <= HINT_BAD && (e.block.hint <= HINT_NEVER || e.f.words < LONG_WORDS),
    reason: (e) => `inside ${e.block.hintReason || 'boilerplate container'}`,
    examples: { fires: [{ text: 'Our partners and sponsors', hint: -3, hintReason: '<nav>' }], passes: [{ text: 'Our partners and sponsors', hint: -1 }] },
  },
];

/**
 * A name cannot call boilerplate the element that holds, on most pages of the site, text that
 * no other page of it shows: a batch's story elements (`score/template-learner.ts`), such as a
 * video's caption above the lead in a container named like a sidebar. Marks the elements of the
 * blocks in `inStoryPath` as story elements and voids the hints of those names of a page's
 * regions (`LAYOUT_WORDS`) for those blocks, in place; a name of what an element holds
 * (`comment`: each page's comments are its own too) and a tag's or a role's hint stand.
 */
export function voidStoryPathNames(blocks: Block[], inStoryPath: readonly boolean[]): void {
  blocks.forEach((b, i) => {
    if (!inStoryPath[i] || !b.container) return;
    b.container.storyElement = true;
    const word = b.hint < 0 ? BY_NAME.exec(b.hintReason)?.[1]?.toLowerCase() : undefined;
    if (word === undefined || !LAYOUT_WORDS.has(word)) return;
    b.hint = 0;
    b.hintReason = `${b.hintReason}, the site's story element`;
  });
}
