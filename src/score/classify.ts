import type { Block, Features, Verdict } from '../model/index.js';
import { BLOCK_RULES } from '../rules/index.js';
import { gatesPass, ruleName, verdictOf, type BlockEvidence, type Rule } from '../rules/rule.js';
import { mapped } from '../model/mapped.js';

/** A rule, with the name its verdicts carry, computed once. */
interface Planned {
  rule: Rule;
  name: string;
}

/**
 * The rules whose word gates a block of a given size passes, in order, precomputed for each
 * span of sizes between the gates' limits: a paragraph of prose is not walked past the dozens of
 * rules for short lines (the loop would cost a fifth more than the patterns it skips).
 */
function rulesBySize(rules: readonly Rule[]): { limits: number[]; plans: Planned[][] } {
  const edges = new Set<number>();
  for (const r of rules) {
    if (r.maxWords !== undefined) edges.add(r.maxWords + 1);
    if (r.belowWords !== undefined) edges.add(r.belowWords);
  }
  // plans[k] serves sizes from limits[k-1] (or 0) up to, not including, limits[k]
  const limits = [...edges].sort((a, b) => a - b);
  const starts = [0, ...limits];
  return { limits, plans: mapped(starts, (words) => mapped(rules.filter((r) => gatesPass(r, words)), (rule) => ({ rule, name: ruleName(rule) }))) };
}

const { limits, plans } = rulesBySize(BLOCK_RULES);

function planFor(words: number): Planned[] {
  let k = 0;
  while (k < limits.length && words >= limits[k]!) k++;
  return plans[k]!;
}

/** The grade of one block from its own evidence, before its neighbours are looked at: the first rule that fires. */
export function classify(block: Block, f: Features, repeats: ReadonlyMap<string, number>, key?: string): Verdict {
  const e: BlockEvidence = { block, text: block.text, f, repeats, key };
  for (const { rule, name } of planFor(f.words)) {
    if (rule.verdict) {
      const verdict = rule.verdict(e);
      if (verdict) return verdict;
    } else if (rule.test(e)) {
      return verdictOf(rule, e, name);
    }
  }
  throw new Error('the last rule of BLOCK_RULES fires on every block');
}
