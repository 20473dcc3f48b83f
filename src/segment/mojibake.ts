/**
 * UTF-8 read once too often as Latin-1: a page saved through a tool that decoded its bytes with
 * the wrong charset and wrote them out again as UTF-8 (`itertools â\u0080\u0094 Functions` for
 * `itertools — Functions`, `Investorâ\u0080\u0099s`). Each such run is a UTF-8 lead byte's
 * character followed by as many continuation bytes' characters as that lead asks for, the
 * continuations taken from U+0080–U+00BF; read back as bytes, the run is the character meant.
 */

/** A two-, three- or four-byte UTF-8 sequence spelt out in Latin-1 characters (lead C2–F4, then 80–BF). */
const RUN = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A C1 control character: no text holds one, so a run with one is surely mojibake. */
const C1 = /[\u0080-\u009f]/;

/**
 * The text with its mojibake runs read back as the characters they spell, once one run holds a
 * C1 control: `Ã©` alone may be a Latin-1 text's own `Ã` and `©`, but a text with `â\u0080\u0094`
 * in it was read twice throughout (its `Â¶` is a `¶`).
 */
export function withoutMojibake(text: string): string {
  if (!C1.test(text)) return text;
  const runs = text.match(RUN);
  if (!runs?.some((run) => C1.test(run))) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from(run, (c) => c.charCodeAt(0));
    try {
      return UTF8.decode(bytes);
    } catch {
      return run;
    }
  });
}
