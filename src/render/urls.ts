/**
 * The addresses a page's links and pictures point to, as the Markdown may print them: made
 * absolute against the page's address where it is known, and never one that runs something.
 */

/** Schemes a reader's click or a picture's load may follow; any other (`javascript:`, `vbscript:`, `data:`, `file:`) never reaches the output. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'ftp:']);
/** What a browser strips from an address before reading its scheme: tabs and line breaks anywhere, controls and spaces around it. */
const STRIPPED = /[\t\n\r]/g;
const AROUND = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** The address the page's relative links are read against: its `<base href>`, read against the page's own address, or that address; null when neither is absolute. */
export function linkBase(baseHref: string | null, ...addresses: (string | null | undefined)[]): URL | null {
  let page: URL | null = null;
  for (const address of addresses) {
    if (!address) continue;
    page = absolute(address, page);
    if (page) break;
  }
  return (baseHref && absolute(baseHref, page)) || page;
}

function absolute(address: string, base: URL | null): URL | null {
  try {
    const url = new URL(address.replace(STRIPPED, '').replace(AROUND, ''), base ?? undefined);
    return SAFE_SCHEMES.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * A link's or a picture's target as the Markdown prints it: absolute against `base`, or as the
 * page wrote it when there is no base (a relative address stays relative); null when it is none
 * to follow (empty, or a scheme outside SAFE_SCHEMES).
 */
export function safeTarget(target: string | undefined, base: URL | null): string | null {
  if (target === undefined) return null;
  const written = target.replace(STRIPPED, '').replace(AROUND, '');
  if (written === '') return null;
  const scheme = SCHEME.exec(written);
  if (scheme && !SAFE_SCHEMES.has(`${scheme[1]!.toLowerCase()}:`)) return null;
  if (!base) return scheme ? absolute(written, null)?.href ?? null : written;
  return absolute(written, base)?.href ?? null;
}
