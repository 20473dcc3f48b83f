import type { Element } from 'domhandler';

/** How an element says it holds the story's author: marked so (`itemprop=author`, `rel=author`), named so by its class or id, or a link to a person's page. */
export type AuthorMark = 'marked' | 'named' | null;

/**
 * Class or id names of an element that holds the author's name: `author`, `byline`, `writer`,
 * `posted-by`, a forum's `username` and `poster`, in any casing or compound
 * (`article__author-name`, `authorName`, `c-byline`), but not `authorized` or a `poster` picture.
 */
const AUTHOR_NAMED = /author(?!i[sz]|it)|byline|writer|posted-?by|user-?name|poster(?!s?(?:$|[\s_-]))/i;
/**
 * …but not those around the name: a picture, a biography, links to follow, a comment's or a
 * reply's author, a label, a tooltip's card.
 */
const AUTHOR_AROUND = /avatar|image|img|photo|picture|bio(?:$|[\s_-]|graph)|descri|social|follow|comment|reply|label|tooltip|popover|title/i;

/**
 * A link to a page about a person: an author's (`/author/jane-doe`, `/autores/`, `/auteur/`), a
 * contributor's, a member's or a user's profile, the way sites link the names they print.
 */
const PROFILE_LINK = /\/(?:authors?|autor(?:es|en)?|auteurs?|contributors?|writers?|people|staff|members?|users?|u|profiles?)\/[^/?#]/i;
/** …but not a visitor's own account pages, which sit at the same addresses (`/users/sign_in`, `/user/login`). */
const ACCOUNT_LINK = /\/(?:sign|log|register|join|account|new|password|edit|settings|auth|session)(?:[-_/?#.]|in|up|out|$)|login|signin|signup/i;
const AUTHOR_REL = /(?:^|\s)author(?:$|\s)/i;

/** A link marked as the author's by its `rel` (`rel=author`). */
export const relMarksAuthor = (rel: string | undefined) => rel !== undefined && AUTHOR_REL.test(rel);

/** A link to a person's page (see `PROFILE_LINK`). */
export function linksProfile(el: Element): boolean {
  const href = el.attribs.href;
  return href !== undefined && PROFILE_LINK.test(href) && !ACCOUNT_LINK.test(href);
}

/**
 * What an element's `itemprop` and names say of an author, judged once per tag and class with
 * its other evidence (see `judgedOnce`). Cheap tests first: most classes have no author in them.
 */
export function authorMark(itemprop: string | undefined, names: string): AuthorMark {
  if (itemprop === 'author') return 'marked';
  if (!(names.includes('uthor') || names.includes('yline') || names.includes('riter') || names.includes('oste') || names.includes('ser'))) return null;
  return AUTHOR_NAMED.test(names) && !AUTHOR_AROUND.test(names) ? 'named' : null;
}

