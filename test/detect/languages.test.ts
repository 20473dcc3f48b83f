// News-page text dumps in Chinese, German, Spanish (innerText and lynx) and Russian: the whole story, nothing around it, its headline and its language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.js';

/** The things each dump is checked for; boilerplate is split by where it sits on the page. */
type Check = 'story' | 'title' | 'lang' | 'date' | 'menu' | 'share' | 'teasers' | 'notices';

interface Case {
  name: string;
  file: string;
  /** The innerText dump whose lines say what the story and the boilerplate are (itself, or the page the lynx dump renders). */
  lines: string;
  lang: string;
  title: string;
  /** The last line before the story (date or source line). */
  storyAfter: string;
  /** The date line under the byline. */
  date: string;
  /** The in-story subheading, which is not a paragraph. */
  subheading: string;
  /** The share line right after the story. */
  share: string;
  /** The first line of the notices (newsletter, cookies, footer) after the teasers. */
  notices: string;
}

const CASES: Case[] = [
  {
    name: 'Chinese',
    file: 'zh-news.txt',
    lines: 'zh-news.txt',
    lang: 'zh',
    title: '滨江市新开通六条夜间公交线路 末班车延至凌晨两点',
    storyAfter: '来源：滨江日报',
    date: '2024年3月14日 09:41',
    subheading: '市民反响热烈',
    share: '分享到：微信 微博 QQ空间',
    notices: '关注滨江日报微信公众号，第一时间获取本地新闻资讯。',
  },
  {
    name: 'German',
    file: 'de-news.txt',
    lines: 'de-news.txt',
    lang: 'de',
    title: 'Kleinmarbach bekommt eine neue Brücke für Radfahrer und Fußgänger',
    storyAfter: '14.03.2024, 09:41 Uhr',
    date: '14.03.2024, 09:41 Uhr',
    subheading: 'Streit um die Breite des Weges',
    share: 'Artikel teilen: Facebook · X · WhatsApp · E-Mail',
    notices: 'Newsletter',
  },
  {
    name: 'Spanish',
    file: 'es-news.txt',
    lines: 'es-news.txt',
    lang: 'es',
    title: 'Valdemora reabre el mercado de abastos tras dos años de obras',
    storyAfter: '14 de marzo de 2024, 09:41',
    date: '14 de marzo de 2024, 09:41',
    subheading: 'Los comerciantes piden más aparcamiento',
    share: 'Compartir en: Facebook Twitter WhatsApp Correo',
    notices: 'Recibe cada mañana las noticias más importantes de Valdemora en tu correo. Suscríbete gratis a nuestro boletín.',
  },
  {
    name: 'Spanish, lynx -dump',
    file: 'es-news-lynx.txt',
    lines: 'es-news.txt',
    lang: 'es',
    title: 'Valdemora reabre el mercado de abastos tras dos años de obras',
    storyAfter: '14 de marzo de 2024, 09:41',
    date: '14 de marzo de 2024, 09:41',
    subheading: 'Los comerciantes piden más aparcamiento',
    share: 'Compartir en: Facebook Twitter WhatsApp Correo',
    notices: 'Recibe cada mañana las noticias más importantes de Valdemora en tu correo. Suscríbete gratis a nuestro boletín.',
  },
  {
    name: 'Russian',
    file: 'ru-news.txt',
    lines: 'ru-news.txt',
    lang: 'ru',
    title: 'В Заречном после ремонта открылась центральная библиотека',
    storyAfter: '14 марта 2024, 09:41',
    date: '14 марта 2024, 09:41',
    subheading: 'Не только книги',
    share: 'Поделиться: ВКонтакте Одноклассники Telegram',
    notices: 'Подпишитесь на нашу рассылку и получайте главные новости города каждое утро.',
  },
];

function read(name: string): string {
  return readFileSync(new URL(`../../fixtures/dumps/${name}`, import.meta.url), 'utf8');
}

interface Parts {
  story: string[];
  menu: string[];
  share: string[];
  teasers: string[];
  notices: string[];
}

/** The reference dump's lines, cut at the headline, the story's ends and the notices. */
function parts(c: Case): Parts {
  const lines = read(c.lines).split('\n').map((l) => l.trim());
  const at = (line: string): number => {
    const i = lines.indexOf(line);
    if (i < 0) throw new Error(`${c.lines} has no line ${JSON.stringify(line)}`);
    return i;
  };
  const nonBlank = (ls: string[]) => ls.filter((l) => l !== '');
  const [title, start, share, notices] = [at(c.title), at(c.storyAfter), at(c.share), at(c.notices)];
  return {
    story: nonBlank(lines.slice(start + 1, share)).filter((l) => l !== c.subheading),
    menu: nonBlank(lines.slice(0, title)),
    share: [c.share],
    teasers: nonBlank(lines.slice(share + 1, notices)),
    notices: nonBlank(lines.slice(notices)),
  };
}

const results = new Map(CASES.map((c) => [c.file, extract(read(c.file), { source: c.file })]));

function result(c: Case) {
  return results.get(c.file)!;
}

/** The text's paragraphs (and headings), one per block. */
function paragraphs(c: Case): string[] {
  return result(c).text.split(/\n+/).map((l) => l.trim());
}

/** Short lines (`Suche`, `vor 3 Stunden`) could occur inside a sentence: they must not be a paragraph; longer ones must not occur at all. */
function expectAbsent(c: Case, lines: string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  const text = result(c).text;
  const own = paragraphs(c);
  for (const line of lines) {
    if (line.length < 20) expect(own, line).not.toContain(line);
    else expect(text, line).not.toContain(line);
  }
}

/** One check over every dump. */
function check(_what: Check, title: string, fn: (c: Case) => void): void {
  it.each(CASES)(`$name: ${title}`, fn);
}

describe('news-page dumps in four languages', () => {
  it.each(CASES)('$name: the fixture has 5–8 paragraphs, and no boilerplate line occurs in the story', (c) => {
    const p = parts(c);
    expect(p.story.length).toBeGreaterThanOrEqual(5);
    expect(p.story.length).toBeLessThanOrEqual(8);
    const story = p.story.join('\n');
    for (const line of [...p.menu, ...p.share, ...p.teasers, ...p.notices]) expect(story, line).not.toContain(line);
  });

  check('story', 'keeps every story paragraph whole, as its own paragraph', (c) => {
    const own = paragraphs(c);
    for (const paragraph of parts(c).story) expect(own, paragraph).toContain(paragraph);
  });

  check('title', 'takes the headline as the title', (c) => {
    expect(result(c).title).toBe(c.title);
  });

  check('lang', 'tells the language', (c) => {
    expect(result(c).lang).toBe(c.lang);
  });

  check('date', 'reads the date line as the date, in ISO 8601 beside the line as written', (c) => {
    expect(result(c).dateRaw).toBe(c.date);
    expect(result(c).date).toBe('2024-03-14');
  });

  check('menu', 'drops the navigation above the headline', (c) => expectAbsent(c, parts(c).menu));
  check('share', 'drops the share line', (c) => expectAbsent(c, parts(c).share));
  check('teasers', 'drops the related-articles heading, teaser headlines, summaries and times', (c) => expectAbsent(c, parts(c).teasers));
  check('notices', 'drops the newsletter and cookie notices and the footer', (c) => expectAbsent(c, parts(c).notices));

  it('lynx: leaves no link numbers, buttons or References list', () => {
    const text = result(CASES.find((c) => c.file === 'es-news-lynx.txt')!).text;
    expect(text).not.toMatch(/\[\d+\]/);
    expect(text).not.toContain('(BUTTON)');
    expect(text).not.toContain('https://');
    expect(text).not.toContain('References');
  });
});
