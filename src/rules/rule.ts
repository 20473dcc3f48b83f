import type { Block, BlockKind, Family, Features, Grade, Verdict } from '../model/index.js';

/** What a block rule may look at: the block, its measures, and the page's counts of its lines. */
export interface BlockEvidence {
  block: Block;
  text: string;
  f: Features;
  /** Copies of each normalised line in the page, and this block's key among them. */
  repeats: ReadonlyMap<string, number>;
  key: string | undefined;
}

/**
 * One rule of the classifier: the first rule in `BLOCK_RULES` whose gate and test pass grades
 * the block. Its id, printed by `--explain` as `family/id`, finds it in the code.
 */
export interface Rule {
  id: string;
  /** Its name when the family of its verdicts varies (a line of meta parts takes its first part's). */
  name?: string;
  /** The kind of evidence the verdict carries, for the passes that look at patterns (none for the shape of prose). */
  family?: Family;
  grade: Grade | ((e: BlockEvidence) => Grade);
  /** Only blocks of at most (`maxWords`) or fewer than (`belowWords`) this many words are tried. */
  maxWords?: number;
  belowWords?: number;
  test(e: BlockEvidence): boolean;
  reason: string | ((e: BlockEvidence) => string);
  /** A rule that decides by other rules (a line of meta parts) gives its verdict itself. */
  verdict?(e: BlockEvidence): Verdict | null;
  /** Lines it decides, and lines it must leave to the rules after it (a test runs both). */
  examples: { fires: Example[]; passes: Example[] };
}

/** A line, or a block with the evidence the rule needs beside its text. */
export type Example = string | { text: string; linkChars?: number; hint?: number; hintReason?: string; glued?: boolean; kind?: BlockKind; copies?: number };

/** The name `--explain` prints for a rule, and the one its id is found under. */
export function ruleName(rule: Rule): string {
  return rule.name ?? `${rule.family ?? 'shape'}/${rule.id}`;
}

export function gatesPass(rule: Rule, words: number): boolean {
  return (rule.maxWords === undefined || words <= rule.maxWords) && (rule.belowWords === undefined || words < rule.belowWords);
}

/** The verdict a rule gives a block it fires on (`name` is the rule's, when the caller has it at hand). */
export function verdictOf(rule: Rule, e: BlockEvidence, name = ruleName(rule)): Verdict {
  const grade = typeof rule.grade === 'function' ? rule.grade(e) : rule.grade;
  const reason = typeof rule.reason === 'function' ? rule.reason(e) : rule.reason;
  return rule.family ? { grade, reason, family: rule.family, rule: name } : { grade, reason, rule: name };
}
