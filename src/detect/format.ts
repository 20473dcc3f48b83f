import type { InputFormat } from '../model/index.js';
import { DOCUMENT_LOOK_BYTES, FORMAT_LINES_PER_TAG, FORMAT_LOOK_CHARS, FORMAT_MIN_TAGS } from '../settings.js';

const DOCUMENT_TAG = /<(?:!doctype\s+html|html|head|body)[\s>]/i;
const COMMON_TAG = /<\/?(?:p|div|span|a|br|table|tr|td|li|ul|script|meta|link|section|article|h[1-6]|img|strong|em|b|i)(?:\s[^<>]{0,300})?\/?>/gi;

/** The bytes open like an HTML document (`<!doctype html>`, `<html>`, `<head>`, `<body>`). */
export function looksLikeHtmlDocument(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, DOCUMENT_LOOK_BYTES);
  return DOCUMENT_TAG.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', 0, end));
}

/**
 * HTML or a text dump, from the content alone. A dump may quote a stray tag or two, so loose
 * markup counts only when there is a fair amount of it.
 */
export function detectFormat(text: string): InputFormat {
  const head = text.slice(0, FORMAT_LOOK_CHARS);
  if (DOCUMENT_TAG.test(head)) return 'html';
  const tags = head.match(COMMON_TAG)?.length ?? 0;
  const lines = head.split('\n').length;
  return tags >= FORMAT_MIN_TAGS && tags >= lines / FORMAT_LINES_PER_TAG ? 'html' : 'text';
}
