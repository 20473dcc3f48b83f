import type { InlineRun, ScoredBlock } from '../model/index.js';

/**
 * A standalone picture is carried by the block after it; in a `<figure>` that is its caption,
 * which the story leaves out (and the headline leaves the body as the title). Their pictures
 * go on to the next block, and show where it is kept: the pictures to show before each block
 * that has any.
 */
export function picturesBefore(blocks: ScoredBlock[]): Map<ScoredBlock, InlineRun[]> {
  const before = new Map<ScoredBlock, InlineRun[]>();
  let carried: InlineRun[] = [];
  for (const block of blocks) {
    const own = block.pictures ? [block.pictures] : [];
    if (block.label === 'keep') {
      if (carried.length || own.length) before.set(block, [...carried, ...own]);
      carried = [];
    } else if (block.kind === 'figure' || block.rule === 'title/headline') {
      carried.push(...own);
    } else {
      carried = [];
    }
  }
  return before;
}
