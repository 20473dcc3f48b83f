import { describe, expect, it } from 'vitest';
import { PAGE_FORM_REASON, voidPageForms } from '../../src/rules/page-form.js';
import type { Block, Container, Features } from '../../src/model/index.js';
import { makeBlock } from '../helpers.js';

const body: Container = { id: 0, parent: null, tag: 'body' };
const feats = (words: number): Features => ({ words, stopwordDensity: 0.4, linkDensity: 0, endsSentence: true, sentences: 1, titleCase: false });

function page(formWords: number, otherWords: number): { blocks: Block[]; features: Features[] } {
  const form: Container = { id: 1, parent: body, tag: 'form' };
  const inForm: Container = { id: 2, parent: form, tag: 'div' };
  const blocks = [
    makeBlock('held by the form', { container: inForm, hint: -1, hintReason: '<form>' }),
    makeBlock('a menu in the form', { container: inForm, hint: -3, hintReason: '<nav>' }),
    makeBlock('outside the form', { container: body }),
  ];
  return { blocks, features: [feats(formWords), feats(5), feats(otherWords)] };
}

describe('a form around the page', () => {
  it('voids the form tag of a form that holds most of the page', () => {
    const { blocks, features } = page(400, 50);
    voidPageForms(blocks, features);
    expect(blocks[0]!.hint).toBe(0);
    expect(blocks[0]!.hintReason).toBe(PAGE_FORM_REASON);
    // a menu inside the form is named so by its own tag
    expect(blocks[1]!.hint).toBe(-3);
  });

  it('leaves a small form furniture', () => {
    const { blocks, features } = page(20, 400);
    voidPageForms(blocks, features);
    expect(blocks[0]!.hint).toBe(-1);
    expect(blocks[0]!.hintReason).toBe('<form>');
  });
});
