import { describe, expect, it } from 'vitest';
import { dropRawTextBodies } from '../../src/read/raw-text.js';
import { extract } from '../../src/index.js';

const cut = (html: string) => Buffer.from(dropRawTextBodies(Buffer.from(html, 'utf8'))).toString('utf8');

describe('script and style bodies are cut from the bytes before decoding', () => {
  it('empties scripts and styles, in any case, and leaves everything else as it was', () => {
    const html = '<html><head><style>p { color: red }</style><SCRIPT type="text/javascript">var a = "<p>not a paragraph</p>";</SCRIPT></head><body><p>Café</p><script>x()</script ><p>end</p></body></html>';
    expect(cut(html)).toBe('<html><head><style></style><SCRIPT type="text/javascript"></SCRIPT></head><body><p>Café</p><script></script ><p>end</p></body></html>');
  });

  it('keeps JSON-LD, and elements that merely start like script or style', () => {
    const html = '<script type="application/ld+json">{"headline":"A"}</script><scripts>kept</scripts><style-guide>kept too</style-guide>';
    expect(cut(html)).toBe(html);
  });

  it('empties inline pictures and noscript blocks too, which are never read, but not the text after them', () => {
    const html = '<p>a</p><svg viewBox="0 0 9 9"><path d="M0 0L9 9"/><svg><title>icon</title></svg></svg><noscript><img src="x.gif"></noscript><svgs>kept</svgs><p>b</p>';
    expect(cut(html)).toBe('<p>a</p><svg viewBox="0 0 9 9"></svg></svg><noscript></noscript><svgs>kept</svgs><p>b</p>');
    expect(extract(Buffer.from(html, 'utf8')).text).toBe(extract(html).text);
  });

  it('cuts an unclosed script to the end of the page, as a browser reads it', () => {
    expect(cut('<p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p><script>');
  });

  it('leaves UTF-16 alone, and keeps multi-byte text intact', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<script>x</script>', 'utf16le')]);
    expect(dropRawTextBodies(utf16)).toBe(utf16);
    expect(cut('<p>北京 Москва</p><script>ö</script><p>ü</p>')).toBe('<p>北京 Москва</p><script></script><p>ü</p>');
  });

  it('gives the same extraction as the page read whole', () => {
    const html = `<!doctype html><html><head><title>Pier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to be rebuilt","author":{"name":"Jane Doe"}}</script><script>${'var filler = 1;'.repeat(500)}</script></head><body><article><p>${'The harbour board agreed on Thursday to rebuild the north pier, closed since a storm cracked its deck. '.repeat(3)}</p></article></body></html>`;
    const fromBytes = extract(Buffer.from(html, 'utf8'));
    const fromString = extract(html);
    expect(fromBytes.text).toBe(fromString.text);
    expect(fromBytes.title).toBe(fromString.title);
    expect(fromBytes.byline).toBe('Jane Doe');
  });

  it('is not done to a text dump that quotes a script', () => {
    const dump = 'How to add analytics to a page\nPaste <script>track()</script> before the closing body tag, and the counter starts at once.';
    expect(extract(Buffer.from(dump, 'utf8'), { inputFormat: 'auto' }).text).toContain('track()');
  });
});

describe('an unclosed <svg>', () => {
  it('keeps the HTML after it, where a cut to the next </svg> would lose it', () => {
    const page = cut('<a href="/"><svg viewBox="0 0 1 1"><path d="M0 0"/></a><main><p>The story goes on here.</p></main><svg><path d="M1 1"/></svg>');
    expect(page).toContain('The story goes on here.');
    expect(page).not.toContain('M1 1');
  });
});
