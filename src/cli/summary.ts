/** What a batch counted, for its summary line. */
export interface Tally {
  documents: number;
  empty: number;
  failed: number;
  skipped: number;
  inputChars: number;
  outputChars: number;
}

/** One line for the end of a batch: how many, how much was kept, how many failed, how long. */
export function summaryLine(t: Tally, skippedFiles: number, ms: number): string {
  const share = t.inputChars ? Math.round((100 * t.outputChars) / t.inputChars) : 0;
  const seconds = (ms / 1000).toFixed(1);
  const parts = [`${t.documents} documents`, `kept ${share}% of ${t.inputChars} characters`];
  if (t.empty) parts.push(`${t.empty} without a story`);
  parts.push(`${t.failed} failed`);
  if (skippedFiles) parts.push(`${skippedFiles} files skipped (not pages, or excluded)`);
  if (t.skipped) parts.push(`${t.skipped} skipped (output exists)`);
  return `declutter: ${parts.join(', ')}, ${seconds} s`;
}
