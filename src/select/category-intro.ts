import type { Block, Decision, Verdict } from '../model/index.js';
import { HINT_BAD } from '../settings.js';

/**
 * A shop's category introduces itself under its headline, above its grid, and says more below
 * the grid (a buyer's guide): the story region finds the longer text below, the grid and the
 * page's furniture cost it the introduction. Where the page has one `<h1>` before the story,
 * the paragraphs of prose from it towards the story are the category's too, up to the first line
 * graded boilerplate after them (the promotions and notices further down), in no element named
 * like boilerplate but weakly (a `banner` or `header` box that holds the introduction, as a page
 * kept whole reads it); so where the grid is the content. Measured on WCXB dev html, collection:
 * 0.7227 to 0.7242 with the story, 0.7246 in weakly named boxes, 0.7265 with the grid too (a
 * listing typed collection 0.665 to 0.619, listing 0.7186 to 0.7181), 0.7269 ending at the
 * furniture. Changes `decisions` in place.
 */
export function keepIntroUnderHeadline(blocks: Block[], verdicts: Verdict[], decisions: Decision[]): void {
  const first = decisions.findIndex((d) => d.keep);
  const headlines = blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 && i < first ? [i] : []));
  if (headlines.length !== 1) return;
  let seen = false;
  for (let i = headlines[0]! + 1; i < first; i++) {
    if (blocks[i]!.hint > HINT_BAD && verdicts[i]!.grade === 'good') {
      decisions[i] = { keep: true, reason: `${verdicts[i]!.reason}, the category's introduction under its headline`, heading: false, rule: 'select/category-intro' };
      seen = true;
    } else if (seen && verdicts[i]!.grade === 'bad') {
      // the introduction ends where the page's furniture resumes: promotions and notices further down are not its
      break;
    }
  }
}
