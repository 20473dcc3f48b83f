import type { Features, Grade } from '../model/index.js';
import { BAD_PENALTY, NEAR_WEIGHT, SHORT_PENALTY } from '../settings.js';

/** The block's weight in the search for the story region. */
export function regionWeight(grade: Grade, f: Features): number {
  switch (grade) {
    case 'good': return f.words;
    case 'near': return f.words * NEAR_WEIGHT;
    case 'short': return -SHORT_PENALTY;
    case 'bad': return -(BAD_PENALTY + f.words);
  }
}
