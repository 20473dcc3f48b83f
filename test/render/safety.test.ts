// Nothing dangerous passes through: page text that shows markup, links to scripts or terminal
// escapes comes out as inert text, in Markdown rendered by a permissive CommonMark renderer too.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { extract, extractTrace, renderExplain } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const STORY = 'The harbour board agreed on Thursday to rebuild the north pier, which has been closed to heavy vehicles since a storm cracked its deck two winters ago.';
const MORE = 'The board will ask the regional government to pay for half of the cost, and hopes to hear back before the end of the year so that work can start in spring.';
const HOSTILE = [
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;',
  '&lt;img src=x onerror=alert(3)&gt;',
  '[see this](javascript:alert(1))',
  '![pixel](data:text/html;base64,PHNjcmlwdD4=)',
  '&lt;javascript:alert(2)&gt;',
  '[x]: vbscript:msgbox(1)',
  '\\&lt;script&gt;alert(5)\\&lt;/script&gt;',
  '[a\\](javascript:alert(6))',
];

/** Rendered the way a viewer would, raw HTML and all (CommonMark's renderer is unsafe by default). */
function rendered(markdown: string): string {
  return new HtmlRenderer().render(new Parser().parse(markdown));
}

describe('Markdown output is inert', () => {
  const page = `<html><head><title>Pier &lt;script&gt;alert(0)&lt;/script&gt; rebuilt</title></head><body><article><h1>Pier rebuilt</h1><p>${STORY}</p>${HOSTILE.map((h) => `<p>${h} ${STORY.slice(0, 60)}</p><ul><li>${h}</li></ul><blockquote>${h}</blockquote>`).join('')}<table><tr><td>${HOSTILE[0]}</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><p>${MORE}</p></article></body></html>`;
  const { markdown, text } = extract(page);
  const html = rendered(markdown);

  it('keeps the hostile text as text', () => {
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[see this](javascript:alert(1))');
  });

  it('renders no script, iframe or image element, no event handler and no link at all', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:href|src)=/i);
  });

  it('shows the hostile text to the reader as it was written', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[see this](javascript:alert(1))');
  });
});

describe('control characters and terminal escapes', () => {
  const esc = '\u001b[2J\u001b]0;owned\u0007';
  const page = `<html><head><title>Pier${esc} rebuilt</title><meta name="author" content="Jane${esc} Doe"></head><body><article><p>${STORY}${esc}</p><p>${MORE}\u009b31m</p></article></body></html>`;

  it('are stripped from the text, the Markdown, the metadata and the explain view', () => {
    const trace = extractTrace(page, { source: `page${esc}.html` });
    for (const out of [trace.result.text, trace.result.markdown, trace.result.title ?? '', trace.result.byline ?? '', renderExplain(trace, false)]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('are stripped from the names the command line prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-safety-'));
    try {
      const name = join(dir, `empty${esc}.txt`);
      writeFileSync(name, '');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'declutter.js'), name], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('empty');
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('links and pictures to scripts', () => {
  /** What a browser would run or load from an address: its scheme once tabs, line breaks and controls are gone. */
  const runs = (target: string) => /^(?:javascript|vbscript|data):/i.test(target.replace(/[\u0000-\u0020]/g, ''));
  const scheme = fc.constantFrom('javascript:', 'JavaScript:', 'vbscript:', 'VBScript:', 'data:', 'DATA:', 'https:', 'http:', 'mailto:', 'file:', '');
  /** An address as a page may write it: any scheme, split by tabs or line breaks, padded, entity-encoded. */
  const address = fc
    .tuple(scheme, fc.constantFrom('alert(1)', '//example.org/a', 'text/html;base64,PHNjcmlwdD4=', 'msgbox(1)', '/x', 'a.html'), fc.constantFrom('', ' ', '\t', '\n', '&#9;', '&#x0A;', '\u0001'), fc.nat(12))
    .map(([s, rest, glue, at]) => {
      const written = `${s}${rest}`;
      const cut = at % (written.length + 1);
      return `${glue}${written.slice(0, cut)}${glue === ' ' ? '' : glue}${written.slice(cut)}`.replace(/&(?!#)/g, '&amp;').replace(/"/g, '&quot;');
    });
  const STORY_PART = 'the harbour board agreed on thursday to rebuild the north pier which has been closed to heavy vehicles since a storm cracked its deck';
  const page = fc
    .record({
      base: fc.option(address, { nil: null }),
      canonical: fc.option(address, { nil: null }),
      links: fc.array(fc.tuple(address, fc.boolean()), { minLength: 1, maxLength: 6 }),
    })
    .map(({ base, canonical, links }) => {
      const head = `${base === null ? '' : `<base href="${base}">`}${canonical === null ? '' : `<link rel="canonical" href="${canonical}">`}`;
      const body = links.map(([href, picture], i) => `<p>${STORY_PART}, and ${picture ? `<img src="${href}" data-src="${href}" alt="picture ${i}">` : `<a href="${href}">link ${i}</a>`} ${STORY_PART}.</p>`);
      return `<html><head>${head}</head><body><article>${body.join('')}</article></body></html>`;
    });

  it('never reach the Markdown, with or without links and pictures, whatever the base', () => {
    let shown = 0;
    fc.assert(fc.property(page, fc.boolean(), fc.constantFrom(undefined, 'https://fetched.example/a/', 'javascript:alert(1)'), (html, images, url) => {
      const { markdown } = extract(html, { images, url });
      const found: string[] = [];
      const walker = new Parser().parse(markdown).walker();
      for (let step = walker.next(); step; step = walker.next()) {
        if (step.entering && (step.node.type === 'link' || step.node.type === 'image')) found.push(step.node.destination ?? '');
      }
      shown += found.length;
      expect(found.filter(runs)).toEqual([]);
      expect(rendered(markdown)).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
    }), { numRuns: Number(process.env.FC_RUNS ?? 200) });
    // the property holds over pages that do print links and pictures
    expect(shown).toBeGreaterThan(0);
  });
});
