import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../../src/detect/language.js';
import { measure } from '../../src/score/features.js';
import { classify } from '../../src/score/classify.js';
import { normaliseForRepeat } from '../../src/score/repeats.js';
import { BLOCK_RULES } from '../../src/rules/index.js';
import { ruleName, type Example } from '../../src/rules/rule.js';
import { makeBlock } from '../helpers.js';

const EN = stopwordsFor('en');

/** The name of the rule that grades the example, run through the whole classifier. */
function decidingRule(example: Example): string | undefined {
  const { text, copies, ...extra } = typeof example === 'string' ? { text: example } : example;
  const block = makeBlock(text, extra);
  const repeats = new Map(copies ? [[normaliseForRepeat(text), copies]] : []);
  return classify(block, measure(block, EN), repeats).rule;
}

describe('the classifier', () => {
  it('is a list of rules with unique names', () => {
    const names = BLOCK_RULES.map(ruleName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('ends with a rule that fires on every block', () => {
    expect(decidingRule('Council votes Tuesday: bus network expansion, four routes, eastern suburbs, hospital link.')).toBe(ruleName(BLOCK_RULES.at(-1)!));
  });
});

describe.each(BLOCK_RULES.map((rule) => [ruleName(rule), rule] as const))('%s', (name, rule) => {
  it('has an example to fire on', () => {
    expect(rule.examples.fires.length).toBeGreaterThan(0);
  });

  // a rule shadowed by an earlier one never decides its own examples
  it.each(rule.examples.fires.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('decides %j', (_, example) => {
    expect(decidingRule(example)).toBe(name);
  });

  it.each(rule.examples.passes.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('leaves %j to other rules', (_, example) => {
    expect(decidingRule(example)).not.toBe(name);
  });
});
