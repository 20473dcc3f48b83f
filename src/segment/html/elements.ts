import type { Element } from 'domhandler';
import { elementHint } from '../../rules/containers.js';
import { authorMark, type AuthorMark } from './author-marks.js';
import { sectionAnchor } from './anchors.js';
import type { Attributes } from './attributes.js';

/** Never content: their text is code, styling, controls or invisible. */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button',
  'input', 'select', 'textarea', 'option', 'datalist', 'head', 'audio', 'video', 'map', 'dialog', 'menu',
]);

/**
 * An `<object>` of a plug-in no browser runs any more (Flash, an ActiveX control, Silverlight, a
 * Java applet): every browser shows its fallback content instead, where older pages put the
 * video's caption or a transcript.
 */
const RETIRED_PLUGIN = /shockwave|flash|silverlight|java-applet|\.swf(?:$|[?#])/i;

export function showsFallback(el: Element): boolean {
  const a = el.attribs;
  return el.name === 'object' && (a.classid !== undefined || RETIRED_PLUGIN.test(a.type ?? '') || RETIRED_PLUGIN.test(a.data ?? ''));
}

/** Elements that end the running paragraph when they open or close. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset', 'details', 'summary', 'center', 'body',
  'html', 'caption', 'tbody', 'thead', 'tfoot', 'legend', 'hgroup',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Class names that hide an element in the common CSS frameworks (Bootstrap, Tailwind), unless
 * another class shows it again on wider screens (`hidden md:block`, `d-none d-lg-block`).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none)(?:$|\s)/;
const SHOWN_ON_SOME_SCREENS = /(?:^|\s)(?:[\w-]+:(?:block|flex|inline|inline-block|grid|table)|d-(?:sm|md|lg|xl|xxl)-(?!none)\S+|visible-\S+)(?:$|\s)/;

/**
 * A link taken out of both the reading order and the tab order (`aria-hidden` and `tabindex=-1`)
 * is shown all the same: a card's second link to its item (the picture, the summary), which its
 * title link already names. Elsewhere `aria-hidden` hides menus' drop-downs and dialogs, whose
 * text is not the page's, and icon links whose text a class hides (a share bar's).
 */
const shownDuplicateLink = (el: Element) => el.name === 'a' && el.attribs.tabindex === '-1';

/**
 * Hidden by an attribute or a style of its own (a class that hides it is judged with its other
 * names); `aria-hidden` but for a duplicate link (WCXB dev html collections 0.657 to 0.665), and a modal
 * dialog (`aria-modal`), shown over the page on demand like a `<dialog>` (collections 0.672 to 0.681).
 */
export function hiddenByAttribute(el: Element, attrs: Attributes): boolean {
  if (attrs.hidden !== undefined || (attrs.ariaHidden === 'true' && !shownDuplicateLink(el)) || attrs.ariaModal === 'true') return true;
  return attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style);
}

/** A picture's caption by its element's name: most pages caption with a `<div class="caption">`, not `<figcaption>`. */
const CAPTION_NAME = /(?:^|\s|(?<!\b(?:has|no|with))[_-])(?:caption|captions|caption-text)(?:$|[\s_-])/i;
const CAPTION_TAGS = new Set(['div', 'p', 'span', 'small', 'em', 'i']);

export interface ElementJudgement {
  hint: number;
  why: string;
  caption: boolean;
  /** A class hides it (see HIDDEN_CLASS). */
  hidden: boolean;
  /** Its class or id took part in its hint: a reading without names would judge it otherwise. */
  named: boolean;
  /** It holds the story's author, by its `itemprop` or its names (see `authorMark`). */
  author: AuthorMark;
}

/** What an element's tag, role and names say: how story-like it is, and whether it is a caption. */
function judgeElement(el: Element, attrs: Attributes, unnamed: boolean): ElementJudgement {
  const tag = el.name;
  // a section's anchor is its heading's words, no name of what it holds (see `sectionAnchor`)
  const names = `${attrs.class ?? ''} ${attrs.id === undefined || sectionAnchor(el) ? '' : attrs.id}`.trim();
  const [hint, why, named] = elementHint({ tag, role: attrs.role, itemprop: attrs.itemprop, names: unnamed ? '' : names, namedByClass: Boolean(attrs.class) });
  const cls = attrs.class;
  const hidden = cls !== undefined && HIDDEN_CLASS.test(cls) && !SHOWN_ON_SOME_SCREENS.test(cls);
  return { hint, why, caption: CAPTION_TAGS.has(tag) && CAPTION_NAME.test(names), hidden, named, author: authorMark(attrs.itemprop, names) };
}

/** Judgements by tag name, then by class attribute, for elements that have nothing else to judge. */
export type JudgementCache = Map<string, Map<string, ElementJudgement>>;

/**
 * Pages repeat a few class names thousands of times: an element with only a class (or nothing)
 * is judged once per tag and class. Ids are mostly unique, so elements with one are judged anew.
 */
export function judgedOnce(el: Element, attrs: Attributes, cache: JudgementCache, unnamed = false): ElementJudgement {
  const tag = el.name;
  if (attrs.id !== undefined || attrs.role !== undefined || attrs.itemprop !== undefined) return judgeElement(el, attrs, unnamed);
  let byClass = cache.get(tag);
  if (!byClass) cache.set(tag, (byClass = new Map()));
  const key = attrs.class ?? '';
  let judgement = byClass.get(key);
  if (!judgement) byClass.set(key, (judgement = judgeElement(el, attrs, unnamed)));
  return judgement;
}
