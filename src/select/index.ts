import type { Block, InputFormat } from '../types.js';
import type { Scores } from '../score/index.js';
import { labelRegion, type Decision } from './label.js';
import { bestRun, bestSubtree, extendRegion, gapWeights, trailingListEnd } from './region.js';

/**
 * Chooses the story as a region (in HTML the heaviest element, grown over sibling prose; in a
 * dump the densest run of lines), then decides every block in it by its neighbours.
 */
export function selectStory(blocks: Block[], scores: Scores, format: InputFormat): Decision[] {
  const { verdicts, features, weights } = scores;
  const gapped = gapWeights(weights, (i) => verdicts[i]!.cls === 'good');
  let region = format === 'html' ? bestSubtree(blocks, weights) : bestRun(gapped);
  const isListItem = blocks.map((b) => b.kind === 'list-item');
  if (region && format === 'html') region = extendRegion(region, gapped);
  else if (region) {
    const end = trailingListEnd(region, (i) => verdicts[i]!.cls === 'bad', (i) => features[i]!.words, blocks.length);
    for (let i = region.end + 1; i <= end; i++) isListItem[i] = true;
    if (end > region.end) region = { ...region, end, why: `${region.why}, and the list that closes it` };
  }
  return labelRegion(
    {
      verdicts,
      features,
      isHeading: blocks.map((b) => b.kind === 'heading'),
      isListItem,
    },
    region,
    blocks.map((b) => b.text),
  );
}
