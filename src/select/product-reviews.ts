import type { Block, Container, Verdict } from '../model/index.js';
import type { Scores } from '../score/index.js';
import { regionWeight } from '../score/weights.js';
import { mapped } from '../model/mapped.js';

/**
 * A class that names customers' reviews (`product-review__body`, `reviews`, `review-text`), as a
 * shop's software names its reviews widget in any language of the page. Not `testimonial` nor
 * `feedback`: on WCXB's product pages their text is the truth's more often than not.
 */
const REVIEW_NAME = /(?:^|[\s_-])reviews?(?:$|[\s_-])/i;

/** What is known of a page's elements and their class strings (pages repeat a few thousands of times): each is judged once. */
interface Judged {
  elements: Map<Container, boolean>;
  classes: Map<string, boolean>;
}

/** A class string names a reviews widget (see `REVIEW_NAME`). */
function namesReviews(classes: string, judged: Judged): boolean {
  let named = judged.classes.get(classes);
  if (named === undefined) judged.classes.set(classes, (named = REVIEW_NAME.test(classes)));
  return named;
}

/** Whether an element or one around it is named like a reviews widget. */
function underReviews(element: Container | null, judged: Judged): boolean {
  if (!element) return false;
  const known = judged.elements.get(element);
  if (known !== undefined) return known;
  const named = (element.classes !== undefined && namesReviews(element.classes, judged)) || underReviews(element.parent, judged);
  judged.elements.set(element, named);
  return named;
}

/** The reviews' verdict, which the label pass and the whole page's content both take as boilerplate. */
export const REVIEW_VERDICT: Verdict = { grade: 'bad', reason: "a buyer's review, on a product page", family: 'container', rule: 'select/product-review' };

/**
 * A product page's reviews are its buyers' words about the item, not the item's description: on
 * WCXB's product pages, of 12,256 words kept under elements named like reviews 411 were the
 * truth's. Where the page is a product's, those blocks are boilerplate before the story is
 * sought, so neither the region search nor the whole page's content takes them. Returns the
 * scores to select with and which blocks are reviews (null where none is).
 */
export function withoutReviews(blocks: Block[], scores: Scores): { scores: Scores; reviews: boolean[] | null } {
  const judged: Judged = { elements: new Map(), classes: new Map() };
  const reviews = mapped(blocks, (block) => underReviews(block.container, judged));
  if (!reviews.includes(true)) return { scores, reviews: null };
  const verdicts = mapped(scores.verdicts, (v, i) => (reviews[i] ? REVIEW_VERDICT : v));
  const weights = mapped(scores.weights, (w, i) => (reviews[i] ? regionWeight('bad', scores.features[i]!) : w));
  return { scores: { ...scores, verdicts, weights }, reviews };
}
