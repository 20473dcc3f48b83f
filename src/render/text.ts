import type { ScoredBlock } from '../model/index.js';

function renderBlock(block: ScoredBlock): string {
  if (block.kind === 'list-item') return `${'  '.repeat(block.level)}- ${block.text.replace(/\n/g, ' ')}`;
  return block.text;
}

/** The story body as plain text: one block a paragraph, blank lines between, no title. */
export function renderText(blocks: ScoredBlock[]): string {
  const parts: string[] = [];
  let previous: ScoredBlock | null = null;
  for (const block of blocks) {
    const text = renderBlock(block);
    if (previous?.kind === 'list-item' && block.kind === 'list-item') parts[parts.length - 1] += `\n${text}`;
    else parts.push(text);
    previous = block;
  }
  return parts.join('\n\n');
}
