import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentIsReadable, kindByName } from '../../src/cli/file-kinds.js';

describe('which files of a folder are read', () => {
  it('pages, dumps, Markdown, records and archives by name, gzipped or not', () => {
    for (const name of ['a.html', 'a.HTM', 'b.xhtml', 'c.txt', 'd.md', 'e.jsonl', 'f.ndjson', 'g.warc', 'g.warc.gz', 'h.html.gz', 'i.php', 'j.aspx', 'sub/k.shtml']) {
      expect(kindByName(name), name).toBe('page');
    }
  });

  it('not styles, scripts, images, fonts, PDFs, archives of other kinds', () => {
    for (const name of ['site.css', 'app.js', 'app.mjs', 'logo.png', 'photo.jpg', 'icon.svg', 'font.woff2', 'font.ttf', 'paper.pdf', 'bundle.zip', 'clip.mp4', 'feed.xml', 'app.js.gz']) {
      expect(kindByName(name), name).toBe('other');
    }
  });

  it('leaves names that say nothing to the content', () => {
    for (const name of ['index', 'page.html?id=3', 'records.json', 'page.gz', 'sub/.hidden']) expect(kindByName(name), name).toBe('unknown');
  });

  it('by content: text is read; binary, PDF and JSON that carries no page are not', () => {
    expect(contentIsReadable(Buffer.from('<html><body><p>A page saved without a name.</p></body></html>'))).toBe(true);
    expect(contentIsReadable(Buffer.from('A text dump of a page, line after line.\n'))).toBe(true);
    expect(contentIsReadable(gzipSync('A gzipped dump of a page.\n'))).toBe(true);
    expect(contentIsReadable(Buffer.from('{"url": "https://a.example/", "html": "<p>x</p>"}\n'))).toBe(true);
    expect(contentIsReadable(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(false);
    expect(contentIsReadable(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(false);
    expect(contentIsReadable(Buffer.from('{"name": "a package", "version": "1.0.0"}'))).toBe(false);
    expect(contentIsReadable(Buffer.alloc(0))).toBe(false);
  });
});
