import type { InputFormat } from '../types.js';

const DOCUMENT_TAG = /<(?:!doctype\s+html|html|head|body)[\s>]/i;
const COMMON_TAG = /<\/?(?:p|div|span|a|br|table|tr|td|li|ul|script|meta|link|section|article|h[1-6]|img|strong|em|b|i)(?:\s[^<>]{0,300})?\/?>/gi;
const LOOK_CHARS = 64 * 1024;

/**
 * HTML or a text dump, from the content alone. A dump may quote a stray tag or two, so loose
 * markup counts only when there is a fair amount of it.
 */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, LOOK_CHARS);
  if (DOCUMENT_TAG.test(head)) return 'html';
  const tags = head.match(COMMON_TAG)?.length ?? 0;
  const lines = head.split('\n').length;
  return tags >= 5 && tags >= lines / 4 ? 'html' : 'text';
}
