/**
 * A `<form>` is furniture (a search box, a sign-up, a comment form) only when it is small against
 * the page: ASP.NET and some shop engines wrap the whole of `<body>` in one form, whose tag then
 * says nothing of what it holds.
 */
import type { Block, Container, Features } from '../model/index.js';
import { PAGE_FORM_SHARE } from '../settings.js';
import { mapped } from '../model/mapped.js';

/** Why a block under the form that holds the page weighs as nothing (the explain view). */
export const PAGE_FORM_REASON = '<form>, the wrapper of the page';

function formOf(block: Block): Container | null {
  for (let c = block.container; c; c = c.parent) if (c.tag === 'form') return c;
  return null;
}

/**
 * Voids the `<form>` tag's hint for the blocks of a form that holds `PAGE_FORM_SHARE` of the
 * page's words or more; a name or another tag that calls a block boilerplate stands (its hint
 * reason is not the form's alone). Sets the blocks' `hint` in place (they are the extraction's own).
 */
export function voidPageForms(blocks: Block[], features: Features[]): void {
  // most pages set no block's hint by a form: they need no count of words by form
  if (!blocks.some((b) => b.hintReason === '<form>')) return;
  let total = 0;
  const byForm = new Map<Container, number>();
  blocks.forEach((b, i) => {
    const words = features[i]!.words;
    total += words;
    const form = formOf(b);
    if (form) byForm.set(form, (byForm.get(form) ?? 0) + words);
  });
  const wrappers = new Set(mapped([...byForm].filter(([, words]) => words >= total * PAGE_FORM_SHARE), ([form]) => form));
  if (wrappers.size === 0) return;
  for (const b of blocks) {
    if (b.hintReason !== '<form>' || !wrappers.has(formOf(b)!)) continue;
    b.hint = 0;
    b.hintReason = PAGE_FORM_REASON;
  }
}
