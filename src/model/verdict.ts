/**
 * What the stages decide about a block: scoring grades it from its own evidence (a verdict),
 * selection keeps or drops it by its place and its neighbours (a decision).
 */

/** jusText's classes: prose, nearly prose, too short to tell, boilerplate. */
export type Grade = 'good' | 'near' | 'short' | 'bad';

/** The kind of boilerplate evidence behind a verdict, for the passes that look at patterns. */
export type Family = 'glued' | 'repeat' | 'template' | 'recurring' | 'ui' | 'counter' | 'date' | 'byline' | 'notice' | 'links' | 'container' | 'teaser';

/** A block's grade from its own evidence (and, for some families, its neighbours' or the batch's). */
export interface Verdict {
  grade: Grade;
  reason: string;
  family?: Family;
  /** The rule that gave it, as `--explain` names it (`notice/cookie-notice`). */
  rule?: string;
}

/** Selection's decision on a block. */
export interface Decision {
  keep: boolean;
  reason: string;
  /** The rule behind the decision: the verdict's, or the context pass's own (`context/heading-before-prose`). */
  rule?: string;
  /** Kept as an in-story heading (a text-dump line shaped like one, with prose after it). */
  heading: boolean;
}

export type Label = 'keep' | 'drop';
