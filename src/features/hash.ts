/**
 * FNV-1a, 32 bits: the hash that lines, element names and site groups are counted under across a
 * batch. Hashes of the same text are equal on every thread, and a collision only merges two
 * counts, which the thresholds of template learning tolerate.
 */
export const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `h` carried on over a text's UTF-16 code units. */
export function mixText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** `h` carried on over the four bytes of a 32-bit number. */
export function mixNumber(h: number, n: number): number {
  h = Math.imul(h ^ (n & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 16) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (n >>> 24), FNV_PRIME);
  return h >>> 0;
}

export const hashText = (text: string): number => mixText(FNV_START, text);
