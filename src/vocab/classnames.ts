import { anyOf, compile } from './fragments.js';

/**
 * Class and id words of boilerplate containers (Readability's idea, our own lists). Strong words
 * name a container that is never the story; weak words only lean that way (page builders call
 * their text boxes widgets, and themes put `meta` or `header` on wrappers of the story). The
 * order is kept: the first word found is the one `--explain` names.
 */
const STRONG_NEGATIVE_CLASSES = [
  'comment', 'comments', 'commentlist', 'disqus', 'share', 'sharing', 'social', 'related', 'recommend', 'recommended',
  'recommendations', 'sidebar', 'footer', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'cookie',
  'consent', 'gdpr', 'popup', 'modal', 'newsletter', 'subscribe', 'subscription', 'signup', 'cta', 'outbrain', 'taboola',
  'trending', 'more-stories', 'author-bio', 'pagination', 'pager',
];
const WEAK_NEGATIVE_CLASSES = [
  'promo', 'sponsor', 'sponsored', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'banner', 'widget', 'masthead',
  'header', 'teaser', 'teasers', 'popular', 'tag', 'tags', 'byline', 'meta', 'toolbar', 'skip',
];
const POSITIVE_CLASSES = [
  'article', 'articlebody', 'article-body', 'article-content', 'story', 'story-body', 'storybody', 'entry', 'entry-content',
  'post', 'post-content', 'post-body', 'content-body', 'main-content', 'body-text', 'text', 'prose', 'blog', 'rich-text', 'richtext',
];

/** A whole word of a class or id attribute, which joins its words with spaces, `_` or `-`. */
const classWord = (words: readonly string[]) => compile('i', String.raw`(?:^|[\s_-])`, anyOf(words), String.raw`(?:$|[\s_-])`);

export const STRONG_NEGATIVE_HINT = classWord(STRONG_NEGATIVE_CLASSES);
export const WEAK_NEGATIVE_HINT = classWord(WEAK_NEGATIVE_CLASSES);
export const POSITIVE_HINT = classWord(POSITIVE_CLASSES);
