import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../src/detect/language.js';
import { measure } from '../src/score/features.js';
import { classify } from '../src/score/classify.js';
import { normaliseForRepeat, repeatCounts } from '../src/score/repeats.js';
import type { Block, Verdict } from '../src/model/index.js';
import { markTeaserRuns, numberedInTurn } from '../src/score/teasers.js';
import { elementHint } from '../src/rules/containers.js';
import { gapWeights, trailingListEnd } from '../src/select/region.js';
import { extract, extractTrace } from '../src/index.js';
import { makeBlock } from './helpers.js';

const EN = stopwordsFor('en');

const STORY = [
  'The harbour board agreed on Thursday to rebuild the north pier, which has been closed to heavy vehicles since a storm cracked its deck two winters ago.',
  'Engineers told the board that the work would take eighteen months and that the fishing fleet could keep landing its catch at the south quay in the meantime.',
  'The board will ask the regional government to pay for half of the cost, and hopes to hear back before the end of the year so that work can start in spring.',
];

function verdictOf(text: string): Verdict {
  const block = makeBlock(text);
  return classify(block, measure(block, EN), repeatCounts([block]));
}

describe('end-of-story boilerplate', () => {
  it.each([
    ['an author bio', 'Jane Doe is a freelance writer based in Toronto whose work has appeared in several magazines.'],
    ['a contact line', 'Write to Jane Doe at jane.doe@example.com'],
    ['a reporting credit', '(Reporting by Jane Doe; Editing by John Roe)'],
    ['a pitch after a question', 'Need more news? Subscribe to our weekly newsletter for the best stories.'],
    ['an affiliate disclosure', 'We may earn a commission when you buy through links on our site.'],
    ['a picture credit', 'The pier after the storm (Image: GETTY)'],
    ['a slide counter', '3 of 12'],
    ['a publication stamp', 'Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.'],
    ['a byline with a date', 'Chris Davies - Nov 19, 2019, 8:15 pm CST'],
    ['a reading-time note', 'Reading time: 4 minutes'],
    ['a comment-form line', 'Save my name, email, and website in this browser for the next time I comment.'],
    ['a trademark notice', 'Apple logo, Apple TV, App Store and iPad are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other countries, and all related logos are trademarks of their owners as well.'],
    ['a disclaimer of any advice', 'The contents of our website are for informational purposes only, and are not intended to diagnose any condition, replace the advice of a professional, or provide any other advice of any kind whatsoever to anyone who reads them here or elsewhere.'],
    ['a contact box, however long', `The Customer Service Center can be contacted with any questions or requests: Telephone: 2421 Extension 4 or 03-7619056 Fax: 03-5613699 E-mail: subs@example.com. ${'The center is staffed and answers on weekdays between seven and two, and on Fridays only handles distribution requests. '.repeat(3)}`],
    ['a wire-service caption', 'In this Dec. 12, 2006, file photo, made available by the space agency, two astronauts work on the station during a spacewalk above the Earth.'],
    ['a slideshow caption behind its counter', '2of4A shopper looks at extension cords at a hardware store on Tuesday in the town centre.'],
    ['a comment policy', 'As you comment, please be respectful of other commenters and other viewpoints, and keep the discussion on the topic of the article.'],
    ['an author bio of a few sentences', `Molly Wood (@mollywood) is an Ideas contributor and the host and senior editor of a daily radio show about technology. ${'She has covered the industry for many years and lives with her family in the city. '.repeat(2)}`],
    ['a date written in Portuguese', 'sexta-feira, 22 de outubro de 2010 às 20:13'],
    ['a date written in German', 'Mittwoch, 20. November 2019, 14:05 Uhr'],
    ['a date written in Russian', '20 ноября 2019, 14:05'],
    ['a byline stamp with a time', 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM'],
    ['a date and a name', 'November 20, 2019 Emiliano Bellini'],
    ['a Portuguese stamp with its category and tags', '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo'],
    ['a dateline with a bureau', 'New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM'],
    ['a button’s text', 'GET FOX BUSINESS ON THE GO BY CLICKING HERE'],
    ['a newsletter pitch', 'Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.'],
    ['a long membership pitch', `If you enjoyed this article, we have a proposition for you: join our club of members. ${'Members get every story, events with our writers and a magazine in the mail each month. '.repeat(3)}`],
  ])('drops %s', (_what, line) => {
    expect(verdictOf(line).grade).toBe('bad');
  });

  it('keeps a paragraph that ends by pointing to a review: only an opening call to act is a pitch', () => {
    const line = 'We traveled to the company offices in London to try the service for ourselves, and found that it worked well on a fast connection. Read our review here.';
    expect(verdictOf(line).grade).toBe('good');
  });

  it('keeps a sentence that tells of clicking here and there', () => {
    expect(verdictOf('Voters said they had to click here and there across a confusing form before the ballot would finally go through.').grade).not.toBe('bad');
  });

  it('keeps a sentence about e-mail that lands in your inbox', () => {
    expect(verdictOf('Phishing messages that land in your inbox often look like a bill from a company you already trust.').grade).not.toBe('bad');
  });

  it('keeps a short time of day and a sentence that names a month', () => {
    expect(verdictOf('10 p.m.').grade).not.toBe('bad');
    expect(verdictOf('Top 10 films to see in May 2019').grade).not.toBe('bad');
  });

  it('keeps an embedded post’s signature, opening hours and a heading that names a day', () => {
    expect(verdictOf('— Mike Beauvais (@MikeBeauvais) November 18, 2019').grade).not.toBe('bad');
    expect(verdictOf('Tue – Sat 4PM (Closed on Sun & Mon)').grade).not.toBe('bad');
    expect(verdictOf('What The Board Decided On November 18').grade).not.toBe('bad');
    expect(verdictOf('The board met on November 18, 2019 at 10:30 and agreed to rebuild the pier.').grade).not.toBe('bad');
  });

  it('keeps a sentence that merely starts like a publication stamp', () => {
    expect(verdictOf('Published in 1998, the book sold well for a decade.').grade).not.toBe('bad');
  });

  it('drops an author box and its heading after the story', () => {
    const dump = ['Pier to be rebuilt', ...STORY, 'About Jane Doe', 'Jane Doe covers the waterfront and its trades for the paper, and has done so for a decade.'].join('\n\n');
    const { text } = extract(dump);
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('About Jane Doe');
  });
});

describe('teasers and feeds', () => {
  it('finds a feed of linked headlines with summaries in HTML', () => {
    const teaser = (n: number) =>
      `<h3><a href="/t${n}">Another story number ${n} about the council</a></h3><p>A short summary of story ${n}, in one sentence that tells the gist of it.</p>`;
    const html = `<html><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article><div>${[1, 2, 3, 4].map(teaser).join('')}</div></body></html>`;
    const { result } = extractTrace(html);
    expect(result.text).toContain(STORY[0]);
    expect(result.text).not.toContain('A short summary of story');
  });

  it('a thread of comments does not swallow the article header and lead above it', () => {
    const comment = (name: string, text: string) => [`${name} on September 12, 2018 at 4:47 pm said:`, text];
    const lines = [
      'September 2018 open thread', 'September 10, 2018 | by Catherine', STORY[0]!, 'Comments',
      ...comment('Milan', 'Any update on how the follow-up paper will affect the recommendation?'),
      ...comment('Catherine', 'We have not yet reviewed it, but plan to consider it as part of our year-end review.'),
      ...comment('Alex', 'I skimmed your report and did not see any analysis of the slower buses at all.'),
    ];
    const blocks = lines.map((t, index) => makeBlock(t, { index }));
    const features = blocks.map((b) => measure(b, EN));
    const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
    markTeaserRuns(verdicts, features);
    expect(verdicts[2]!.grade).toBe('good');
    expect(verdicts[5]!.reason).toMatch(/comment or feed list/);
  });

  it('does not take a story’s byline, dateline and quoted release headline for the heads of a feed', () => {
    const lines = [
      'July 1, 2010, 8:36 AM', 'Harbour Board Chief Takes Over', 'By Jane Doe', STORY[0]!, 'This is the press release:',
      'Harbourtown, July 1 2010', 'Harbour Board Names New Chief', STORY[1]!, STORY[2]!,
    ];
    const blocks = lines.map((t, index) => makeBlock(t, { index }));
    const features = blocks.map((b) => measure(b, EN));
    const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
    expect([0, 2, 5].map((i) => verdicts[i]!.family)).toEqual(['date', 'byline', 'date']);
    markTeaserRuns(verdicts, features, blocks);
    expect([3, 7, 8].map((i) => verdicts[i]!.grade)).toEqual(['good', 'good', 'good']);
  });

  it('does not take a guide’s code examples of a sign-off line for the heads of a feed', () => {
    const example = (n: number) => `Signed-off-by: Random Developer${n} <random${n}@developer.example.org>`;
    const lines = [STORY[0]!, example(1), STORY[1]!, example(2), STORY[2]!, example(3), STORY[0]!.replace('Thursday', 'Friday')];
    const blocks = lines.map((t, index) => makeBlock(t, { index, kind: t.startsWith('Signed') ? 'code' : 'paragraph' }));
    const features = blocks.map((b) => measure(b, EN));
    const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
    markTeaserRuns(verdicts, features, blocks);
    expect(verdicts.filter((_, i) => i % 2 === 0).every((v) => v.grade === 'good')).toBe(true);
  });

  it('does not take an article’s lead, followed by more story, for a teaser’s summary', () => {
    const lines = ['Council votes on the pier', 'Harbour board meets again', 'Fleet lands record catch', STORY[0]!, STORY[1]!, STORY[2]!];
    const blocks = lines.map((t, index) => makeBlock(t, { index }));
    const features = blocks.map((b) => measure(b, EN));
    const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
    markTeaserRuns(verdicts, features);
    expect(verdicts.slice(3).every((v) => v.grade === 'good')).toBe(true);
  });

  it('takes a linked headline, its time and a summary of a short paragraph for a teaser, but not a listicle’s heading and paragraph', () => {
    const summary = (n: number) => `Story ${n} begins here with a long first sentence about the council and its plans for the harbour wall and the new quay. A second sentence adds a detail about the cost of the works. A third one names the engineer in charge of the works this year.`;
    const verdictsOf = (linked: boolean) => {
      const blocks = [1, 2, 3, 4].flatMap((n) => {
        const headline = `Another story number ${n} about the council`;
        // a page's teasers carry a time; a listicle's picks a shop label
        return [makeBlock(headline, { linkChars: linked ? headline.length : 0 }), makeBlock(linked ? `November ${n}, 2019 at 5:10 pm` : 'See it now'), makeBlock(summary(n))];
      }).map((b, index) => ({ ...b, index }));
      const features = blocks.map((b) => measure(b, EN));
      const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
      markTeaserRuns(verdicts, features);
      return verdicts;
    };
    expect(verdictsOf(true).filter((_, i) => i % 3 === 2).every((v) => v.grade === 'bad')).toBe(true);
    expect(verdictsOf(false).filter((_, i) => i % 3 === 2).every((v) => v.grade !== 'bad')).toBe(true);
  });

  it('keeps a listicle’s numbered sections, each with a date line and a paragraph, from the teaser list’s rhythm', () => {
    const section = (n: number) => [`${n}. Harbour festival number ${n}`, `November ${n}, 2019 at 5:10 pm`, `Festival ${n} fills the quay with boats and music for a whole weekend, with stalls along the pier and a fair on the green by the church.`];
    const verdictsOf = (numbered: boolean) => {
      const lines = [1, 2, 3, 4].flatMap(section).map((t) => (numbered ? t : t.replace(/^\d+\. /, '')));
      const blocks = lines.map((t, index) => makeBlock(t, { index }));
      const features = blocks.map((b) => measure(b, EN));
      const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
      markTeaserRuns(verdicts, features, blocks);
      return verdicts.filter((_, i) => i % 3 === 2);
    };
    expect(verdictsOf(false).every((v) => v.rule === 'teaser/teaser-list')).toBe(true);
    expect(verdictsOf(true).some((v) => v.rule === 'teaser/teaser-list')).toBe(false);
  });

  it('keeps a dump’s sections of a heading and a short paragraph between the story’s prose, and takes the same rhythm after the story for teasers', () => {
    const units = [1, 2, 3, 4].flatMap((n) => [`Harbour works in district ${n}`, `The quay in district ${n} gets a new crane and a wider road for the lorries.`]);
    const verdictsOf = (lines: string[]) => {
      const blocks = lines.map((t, index) => makeBlock(t, { index }));
      const features = blocks.map((b) => measure(b, EN));
      const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
      markTeaserRuns(verdicts, features, blocks);
      return verdicts;
    };
    const between = verdictsOf([STORY[0]!, STORY[1]!, ...units, STORY[2]!]);
    expect(between.some((v) => v.rule === 'teaser/teaser-list')).toBe(false);
    const after = verdictsOf([STORY[0]!, STORY[1]!, STORY[2]!, ...units, 'Privacy policy', 'Terms of use']);
    expect(after.slice(3, 3 + units.length).every((v) => v.rule === 'teaser/teaser-list')).toBe(true);
  });

  it('takes a widget’s numbered headlines, with no paragraph under them, and a dump’s list of headlines for teasers', () => {
    const verdictsOf = (lines: string[], kind: Block['kind'] = 'paragraph') => {
      const blocks = lines.map((t, index) => makeBlock(t, { index, kind: index >= 3 ? kind : 'paragraph' }));
      const features = blocks.map((b) => measure(b, EN));
      const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
      markTeaserRuns(verdicts, features, blocks);
      return verdicts.slice(3);
    };
    const mostRead = [1, 2, 3, 4].flatMap((n) => [`${n}. Council story number ${n} of the week`, `November ${n}, 2019 at 5:10 pm`, `The council met again this week to talk about story ${n}.`]);
    expect(verdictsOf([...STORY, ...mostRead]).filter((_, i) => i % 3 === 0).every((v) => v.rule === 'teaser/teaser-list')).toBe(true);
    const units = [1, 2, 3, 4].flatMap((n) => [`Harbour works in district ${n}`, `The quay in district ${n} gets a new crane and a wider road for the lorries.`]);
    expect(verdictsOf([...STORY, ...units, STORY[0]!], 'list-item').slice(0, units.length).every((v) => v.rule === 'teaser/teaser-list')).toBe(true);
  });

  it('counts headlines numbered in turn, up or down, as sections', () => {
    expect(numberedInTurn(['1. CES', 'Location: Las Vegas', '2. MWC', '3. GTC'])).toBe(true);
    expect(numberedInTurn(['10) Tokyo', '9) Osaka', '8) Kyoto'])).toBe(true);
    expect(numberedInTurn(['1. CES', '4. MWC', '2. GTC'])).toBe(false);
    expect(numberedInTurn(['1. CES', 'Location', 'Focus', 'Pricing', 'Registration', 'Photo', '2. MWC'])).toBe(false);
  });

  it('does not take a listicle’s heading-and-paragraph rhythm for a teaser list without more evidence', () => {
    const lines = ['First step to take', STORY[0]!, 'Second step to take', STORY[1]!, 'Third step to take', STORY[2]!];
    const blocks = lines.map((t, index) => makeBlock(t, { index }));
    const features = blocks.map((b) => measure(b, EN));
    const verdicts = blocks.map((b, i) => classify(b, features[i]!, repeatCounts(blocks)));
    markTeaserRuns(verdicts, features);
    expect(verdicts.every((v) => v.grade !== 'bad')).toBe(true);
  });
});

describe('a story of short lines', () => {
  it('keeps results and scores that have no prose to stand between, and drops the boilerplate around them', () => {
    const results = [
      'Palm Bay d. Rockledge 70-44', 'Rockledge 14 11 6 15 — 44', 'Palm Bay 18 22 13 17 — 70',
      'Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Bean-Laing 5 points. Smith 3 points.',
      'Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points. Jones 2 points. Lee 12 rebounds.',
      'Heritage d. Titusville 53-9', 'Heritage (1-0): Armani Sheffield 19 points and 3 steals. Kelli Howard 6 steals.', 'Titusville (0-1): Storm Filsaime 4 points.',
      'Melbourne d. Space Coast 69-54', 'Space Coast (0-1): Kairi Thomas 18 points. Adrianna Knight 12 points. Syniah Johnson 6 points. Mia Cole 4 points.',
    ];
    const html = `<html><body><nav><a href="/">Home</a> <a href="/sports">Sports</a></nav><article><h1>High school roundup</h1><h2>GIRLS BASKETBALL</h2>${results.map((r) => `<p>${r}</p>`).join('')}</article><footer><p>Privacy policy</p><p>Terms of use</p></footer></body></html>`;
    const { text } = extract(html);
    for (const line of results) expect(text).toContain(line);
    expect(text).not.toContain('Privacy policy');
  });
});

describe('links in the story', () => {
  it('keeps a sentence most of whose words are a link, and drops a line of links', () => {
    const linked = 'The suspect, <a href="/a">Michael Webb, was convicted and sentenced to life</a> in federal prison last Thursday.';
    const html = `<html><body><article><p>${STORY[0]}</p><p>${linked}</p><p>${STORY[1]}</p><p><a href="/x">More harbour news</a> <a href="/y">Weather and tides this week</a></p><p>${STORY[2]}</p></article></body></html>`;
    const { text } = extract(html);
    expect(text).toContain('Michael Webb, was convicted');
    expect(text).not.toContain('Weather and tides');
  });
});

describe('a declared language that is wrong', () => {
  it('reads an English story on a page declared German in English, by its stopwords', () => {
    const html = `<html lang="de"><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}<ul><li>${'Retirement savings plans, index funds, bonds, early retirees, dividend stocks, pensions'}</li></ul></article></body></html>`;
    const result = extract(html);
    expect(result.lang).toBe('en');
    for (const paragraph of STORY) expect(result.text).toContain(paragraph);
  });

  it('keeps a declaration that fits the text', () => {
    const html = `<html lang="de"><body><article><p>Der Stadtrat hat am Donnerstag beschlossen, die Brücke über den Fluss bis zum Herbst zu erneuern, weil sie seit dem Sturm im letzten Winter für Lastwagen gesperrt ist.</p></article></body></html>`;
    expect(extract(html).lang).toBe('de');
  });
});

describe('picture captions', () => {
  it('are dropped from the story: the picture they speak of is not in the output', () => {
    const caption = 'A cross-section through the module showing the individual quarters that would double as rooms for the crew on the long journey.';
    const html = `<html><body><article><p>${STORY[0]}</p><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${STORY[1]}</p><p>${STORY[2]}</p></article></body></html>`;
    const { text } = extract(html);
    expect(text).not.toContain('cross-section');
    for (const paragraph of STORY) expect(text).toContain(paragraph);
  });

  it('are known by their element’s name too (`<div class="image-caption">`), not by a story element that names one', () => {
    const caption = 'Engineers walk along the cracked deck of the north pier on Tuesday, two winters after the storm. (Photo by Jane Doe/Agency)';
    const html = `<html><body><article><div class="body has-captions"><p>${STORY[0]}</p><div class="image"><img src="a.jpg"><div class="image-caption"><p>${caption}</p></div></div><p>${STORY[1]}</p><p>${STORY[2]}</p></div></article></body></html>`;
    const { text } = extract(html);
    expect(text).not.toContain('cracked deck');
    for (const paragraph of STORY) expect(text).toContain(paragraph);
  });
});

describe('related links slipped between paragraphs', () => {
  it('are dropped, and the short paragraphs beside them stay', () => {
    const short = ['The suspect said he needed to get dressed.', 'Police used a ram to force open the door.', 'At first, there was no sign of her.'];
    const related = (n: number) => `<ul><li><h3><a href="/r${n}">Another headline about the city number ${n}</a></h3></li></ul>`;
    const html = `<html><body><article><p>${STORY[0]}</p><p>${short[0]}</p>${related(1)}<p>${short[1]}</p>${related(2)}<p>${short[2]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p></article></body></html>`;
    const { text } = extract(html);
    for (const line of short) expect(text).toContain(line);
    expect(text).not.toContain('Another headline');
  });

  it('do not make the story’s last paragraph, before the footer’s links, a teaser’s summary', () => {
    const last = 'Webb still faces nine state charges of aggravated kidnapping and sexual assault, and a trial date has not been set.';
    const related = (n: number) => `<ul><li><h3><a href="/r${n}">Another headline about the city number ${n}</a></h3></li></ul>`;
    const footer = ['News', 'Weather', 'Traffic', 'Contact Us'].map((w) => `<li><a href="/${w}">${w}</a></li>`).join('');
    const html = `<html><body><article><div><p>${STORY[0]}</p>${related(1)}<p>${STORY[1]}</p>${related(2)}<p>${STORY[2]}</p>${related(3)}<p>${last}</p></div></article><aside><a href="/c">Leave Comments</a></aside><footer><ul>${footer}</ul></footer></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(last);
    expect(text).not.toContain('Another headline');
  });
});

describe('lines the page repeats', () => {
  it('stay when every copy is in the story: an interview asks each guest the same questions', () => {
    const guests = ['Anna', 'Boris', 'Clara'];
    const answer = (name: string) => `— I have always loved to cook, said ${name}. My grandmother taught me everything I know about bread, soup and the patience both of them need, and when I moved to the city I started to write her recipes down so that I would not forget them. The page grew from that notebook, one dish at a time.`;
    const body = guests.map((g) => `<h2>${g} Example</h2><p>What inspired you to start a cooking page?</p><p>${answer(g)}</p><p>Which dish do you cook most often?</p><p>${answer(g).replace('bread', 'pies')}</p>`).join('');
    const html = `<html><body><article><div><p>${STORY[0]}</p>${body}<p>${STORY[1]}</p></div></article></body></html>`;
    const { text } = extract(html);
    expect(text.match(/What inspired you/g)).toHaveLength(3);
    expect(text.match(/Which dish/g)).toHaveLength(3);
  });
});

describe('a shopping list', () => {
  it('keeps its products: lines each product box repeats (seller, price note, returns) cost no more than short lines when choosing the story', () => {
    const intro = 'Black Friday is going to be huge for all sorts of products this year, and people tend to be particularly interested in deals on the devices they use every single day. Here are our picks for the best early deals, each checked by our team.';
    const features = (n: number) => ['a battery that lasts for a full day of music, calls and the trip back home', 'clear sound at any volume, with the bass you would expect from a bigger pair'].map((f) => `<li>Model ${n}: ${f}</li>`).join('');
    const box = '<div>Sold by the online store of the maker, shipped from its own warehouse</div><div>Price checked this morning by the team, and it may change later</div><div>Free returns within thirty days of the order, no questions asked</div>';
    const product = (n: number) => `<h2><a href="/p${n}">Headphones model ${n}</a></h2><ul>${features(n)}</ul>${box}`;
    const html = `<html><body><nav><a href="/">Home</a></nav><article><div><p>${intro}</p>${[1, 2, 3, 4, 5, 6].map(product).join('')}<p>${intro.replace('Black Friday', 'This sale')}</p></div></article><footer><a href="/about">About us</a></footer></body></html>`;
    const { text } = extract(html);
    for (const n of [1, 6]) expect(text).toContain(`Model ${n}: clear sound`);
    expect(text).toContain('Black Friday is going');
  });

  it('still drops a notice the page repeats inside the story', () => {
    const notice = '<p>We may receive a commission on orders placed through this page.</p>';
    const html = `<html><body><article><div><p>${STORY[0]}</p>${notice}<p>${STORY[1]}</p>${notice}<p>${STORY[2]}</p>${notice}</div></article></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('commission');
  });
});

describe('headings in the story', () => {
  it('head the prose after them past a link or a caption between', () => {
    const products = ['Harbour Lamp for $35', 'Deck Chair for $80', 'Rope Bag for $20'];
    const review = (n: number) => `The ${products[n]!.split(' for')[0]} is one of our picks this year. ${STORY[n]} ${STORY[(n + 1) % 3]}`;
    const body = products.map((p, n) => `<h3>${p}</h3><ul><li><a href="/buy${n}">See it now: Shop</a></li></ul><p>${review(n)}</p>`).join('');
    const html = `<html><body><article><div><p>Our team tried every one of these at home before picking them for this list.</p>${body}</div></article></body></html>`;
    const { markdown } = extract(html);
    for (const p of products) expect(markdown).toContain(`### ${p}`);
    expect(markdown).not.toContain('See it now');
  });
});

describe('lists in the story', () => {
  it('do not split the story when they run long: a short unlinked item costs little', () => {
    const changes = Array.from({ length: 20 }, (_, i) => `Change number ${i + 1} to the pier`);
    const html = `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><div><p>${STORY[0]}</p><ul>${changes.map((x) => `<li>${x}</li>`).join('')}</ul><p>${STORY[1]}</p></div></article><footer><a href="/a">About</a></footer></body></html>`;
    const { text } = extract(html);
    for (const x of [STORY[0], changes[11], STORY[1]]) expect(text).toContain(x);
    expect(text).not.toContain('About');
  });

  it('keep a recipe’s ingredients, short lines under a boxed title, before its steps', () => {
    const ingredients = ['8 ripe pears, cored and peeled', '1 lemon, or about a quarter cup of lemon juice', '6 tbsp fruit pectin', '1 tsp cinnamon', '1 tsp ground ginger'];
    const steps = ['Fill the canner with water and set it to simmer, then add the empty jars to warm them.', 'Core, peel and cube the pears and put them in a pot with the juice of the lemon.', 'Add the honey and boil until the jam is thick enough to coat the back of a spoon.'];
    const html = `<html><body><article><div>${STORY.map((p) => `<p>${p}</p>`).join('')}<div class="recipe"><header><h2>Honey Pear Jam</h2></header><h3>Ingredients</h3><ul>${ingredients.map((x) => `<li>${x}</li>`).join('')}</ul><h3>Instructions</h3><ol>${steps.map((x) => `<li>${x}</li>`).join('')}</ol></div></div></article></body></html>`;
    const { text } = extract(html);
    for (const x of [...ingredients, ...steps]) expect(text).toContain(x);
  });

  it('are items, not headlines and summaries of teasers', () => {
    const items = [
      'Hundreds of new tasks that make every evening different from the last', 'Dozens of tricky questions that will help you know each other better',
      'A large variety of settings for fine-tuning the game to your taste', 'Challenges that need to be done within a week, even after the game is over',
      'New quizzes, surprises and bonuses, so that each game is unique', 'Better support for older phones and tablets of every kind',
      'A new set of cards for the long winter evenings at home', 'Bugs fixed, and the game starts faster than it did before',
    ];
    const html = `<html><body><article><div><p>${STORY[0]}</p><p>${STORY[1]}</p><p>The new version of the game:</p><ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul><p>${STORY[2]}</p></div></article></body></html>`;
    const { text } = extract(html);
    for (const item of items) expect(text).toContain(item);
  });

  it('drops the list under a widget’s heading', () => {
    const related = ['The strange life of a virtuoso coder', 'How to opt out of the sites that sell your personal data', 'What the new fitness tracker means for the future of wearables'];
    const html = `<html><body><article><div>${STORY.map((p) => `<p>${p}</p>`).join('')}<div>More Great Harbour Stories</div><ul>${related.map((x) => `<li><a href="/x">${x.split(' ').slice(0, 3).join(' ')}</a> ${x.split(' ').slice(3).join(' ')}</li>`).join('')}</ul></div></article></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('personal data');
    expect(text).not.toContain('More Great');
  });
});

describe('a plan of short lines in the story’s element', () => {
  // a meal plan: an intro, then sections of a heading and short unlinked lines, some of them the
  // same at every step, one naming a product with a link; many more short lines than prose
  const meal = (n: number) => `<h3>Meal ${n}</h3><p>Eat every 2–3 hours</p><p>${n % 2 ? 'Oat porridge, 1 cup oats, ½ cup berries, 1 scoop <a href="/p">Harbour Shake</a>' : 'Egg salad, 2 eggs, 1 cup spinach, 1 tsp. olive oil'}</p><p>Portion containers: ${n} Green, 1 Red</p>`;
  const plan = Array.from({ length: 30 }, (_, n) => meal(n + 1)).join('');
  const html = `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><div>${STORY.map((p) => `<p>${p}</p>`).join('')}<p>Now get prepping!</p>${plan}</div></article><aside><p>${meal(1).split('<p>')[2]}</aside><footer><a href="/a">About</a></footer></body></html>`;

  it('is the story’s: its lines cost nothing beside the story’s paragraphs, so the plan is not cut off', () => {
    const { markdown, text } = extract(html);
    for (const x of [STORY[2], 'Now get prepping!', '### Meal 1', '### Meal 30', 'Portion containers: 30 Green', 'Egg salad, 2 eggs']) expect(markdown).toContain(x);
    expect(text.match(/Eat every 2–3 hours/g)).toHaveLength(30);
    expect(text).not.toContain('About');
  });

  it('is no feed of teasers: in HTML a teaser links somewhere, an unlinked heading and its line are a section', () => {
    const sections = Array.from({ length: 6 }, (_, n) => `<h3>Step number ${n + 1}</h3><p>Set the jars out on the table number ${n + 1}.</p>`).join('');
    const { markdown } = extract(`<html><body><article><div>${STORY.map((p) => `<p>${p}</p>`).join('')}${sections}</div></article></body></html>`);
    expect(markdown).toContain('### Step number 1');
    expect(markdown).toContain('Set the jars out on the table number 6.');
  });
});

describe('a line the page repeats', () => {
  const signature = '— Harbour Watch (@harbourwatch) <a href="/status">November 19, 2019</a>';

  it('is no template when only a small part of it is a link (a post’s signature with its linked date)', () => {
    const block = makeBlock(signature.replace(/<[^>]+>/g, ''), { linkChars: 'November 19, 2019'.length });
    const twice = new Map([[normaliseForRepeat(block.text), 2]]);
    expect(classify(block, measure(block, EN), twice).grade).toBe('short');
    const linked = makeBlock('Lighthouse keeper retires after forty years', { linkChars: 43 });
    expect(classify(linked, measure(linked, EN), new Map([[normaliseForRepeat(linked.text), 2]])).grade).toBe('bad');
  });

  it('is the story’s when every copy lies in it and is mostly not a link: three posts of one account on one day', () => {
    const tweets = ['The pier is finally getting fixed, and the whole fleet is relieved to hear it after two long winters.', 'Work on the north pier starts in spring, and the south quay stays open to the fleet until it is done.', 'The ferry timetable for the summer is out, and every crossing from the south quay runs as it did last year.'];
    const html = `<html><body><article>${STORY.map((p, n) => `<p>${p}</p><blockquote><p>${tweets[n]}</p><p>${signature}</p></blockquote>`).join('')}</article></body></html>`;
    const { text } = extract(html);
    expect(text.match(/Harbour Watch \(@harbourwatch\)/g)).toHaveLength(3);
  });
});


describe('the article’s header', () => {
  it('holds the headline and a standfirst set as a heading, not story; a standfirst paragraph stays', () => {
    const dek = 'A storm cracked the deck two winters ago, and the fleet has waited ever since for the board to act.';
    const standfirst = 'Engineers say the work will take eighteen months.';
    const html = `<html><head><title>Pier to be rebuilt | Harbour News</title></head><body><article><header><h1>Pier to be rebuilt after two winters</h1><h3>${dek}</h3><p>${standfirst}</p></header>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { text, title } = extract(html);
    expect(text).not.toContain('fleet has waited');
    expect(text).not.toContain('after two winters');
    expect(text).toContain(standfirst);
    expect(title).toContain('Pier to be rebuilt');
  });

  it('takes the level-1 heading that opens the story for the title, however the <title> words it', () => {
    const html = `<html><head><title>North pier rebuild approved: cost, timeline | Harbour News</title></head><body><article><h1>The harbour board will rebuild the north pier</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { text, title } = extract(html);
    expect(title).toBe('The harbour board will rebuild the north pier');
    expect(text).not.toContain('will rebuild the north pier');
  });
});

describe('articles inside the article', () => {
  it('are related items, dropped however long: HTML gives a nested <article> that meaning', () => {
    const quote = (n: number) => `<article><p>Quote number ${n}: ${STORY[n % 3]} It goes on for a while, as these quotes of the day tend to do, before it ends.</p></article>`;
    const html = `<html><body><div><article><h1>The pier</h1><p>${STORY.join(' ')}</p><h3>You may like</h3>${[1, 2, 3, 4, 5].map(quote).join('')}</article></div></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('Quote number');
  });

  it('are the story when every paragraph of it sits in one: the posts of a thread', () => {
    const post = (n: number) => `<article class="message"><div class="user">member${n}</div><article class="message-body"><p>Post ${n}: ${STORY[n % 3]}</p></article></article>`;
    const html = `<html><body><main><article class="thread"><h1>The pier</h1>${[0, 1, 2, 3].map(post).join('')}</article></main></body></html>`;
    const { text } = extract(html);
    for (const n of [0, 1, 2, 3]) expect(text).toContain(`Post ${n}:`);
  });

  it('are sections of the story when they hold long prose before its last paragraph: the products of a review', () => {
    const review = (n: number) => `<article class="product"><h2>Scooter ${n}</h2><p>Scooter ${n} in our tests: ${STORY[n % 3]} It held its charge through a week of commuting and folded away in seconds.</p></article>`;
    const html = `<html><body><div><article><h1>The best scooters</h1><p>${STORY[0]}</p>${[1, 2, 3].map(review).join('')}<p>${STORY[1]}</p><p>${STORY[2]}</p></article></div></body></html>`;
    const { text } = extract(html);
    for (const n of [1, 2, 3]) expect(text).toContain(`Scooter ${n} in our tests`);
    expect(text).toContain(STORY[2]);
  });

  it('keep the story when the story is itself an article inside a page-wide one', () => {
    const html = `<html><body><article class="page"><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>The pier</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></article></body></html>`;
    const { text } = extract(html);
    for (const p of STORY) expect(text).toContain(p);
  });
});

describe('embedded posts', () => {
  it('keeps a post embedded in the story (a social-media embed), and drops the share bar', () => {
    const tweet = 'The pier is finally getting fixed, and the whole fleet is relieved to hear it after two long winters.';
    const html = `<html><body><article><p>${STORY[0]}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>${tweet}</p>— Harbour Watch (@harbourwatch) November 19, 2019</blockquote></div><p>${STORY[1]}</p><p>${STORY[2]}</p><div class="social-share"><p>Share this story with your friends and family on Facebook and Twitter today</p></div></article></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(tweet);
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('Share this story');
  });

  it('keeps a post’s signature with the post, even when the story ends on it', () => {
    const tweet = 'The pier is finally getting fixed, and the whole fleet is relieved to hear it after two long winters.';
    const html = `<html><body><article><p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p><blockquote class="twitter-tweet"><p>${tweet}</p>— Harbour Watch (@harbourwatch) November 19, 2019</blockquote><p>Updated at 1:23 p.m.</p></article><footer><a href="/">Home</a></footer></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(tweet);
    expect(text).toContain('Harbour Watch (@harbourwatch)');
  });
});

describe('a widget inside the story', () => {
  const MORE = [
    'The board expects the pier to reopen to light traffic before the summer season, when the ferries return to their full timetable.',
    'Fishermen at the south quay said the temporary berths were crowded but that they were glad the work would finally begin.',
    'A public meeting on the plans will be held at the town hall next month, and the drawings can be seen at the library until then.',
  ];
  const box = ['Most read', 'Lighthouse keeper retires after forty years', '3 hours ago', 'Ferry fares to rise in spring', '5 hours ago', 'School wins national rowing title', '6 hours ago', 'Market hall to open on Sundays', '8 hours ago'];

  it('is dropped, and the story it interrupts comes back whole', () => {
    const { text } = extract([...STORY, ...box, ...MORE].join('\n'), { inputFormat: 'text' });
    for (const paragraph of [...STORY, ...MORE]) expect(text).toContain(paragraph);
    expect(text).not.toContain('Lighthouse keeper');
  });

  it('ends the story when no run of paragraphs follows it', () => {
    const { text } = extract([...STORY, ...box, MORE[0]!, 'Contact', 'Privacy policy', 'Terms of use'].join('\n'), { inputFormat: 'text' });
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain(MORE[0]);
  });
});

describe('region shape', () => {
  it('a gap costs more the longer it runs, and only prose closes it', () => {
    expect(gapWeights([10, -2, -2, -2, 10])).toEqual([10, -2, -4, -6, 10]);
    expect(gapWeights([10, -2, 5, -2, 10], (i) => i === 0 || i === 4)).toEqual([10, -2, 5, -4, 10]);
  });

  it('takes the list of short lines that closes a story, but not a menu of single words', () => {
    const words = [40, 40, 8, 9, 7, 1];
    const none = () => false;
    expect(trailingListEnd({ start: 0, end: 1, why: '' }, none, (i) => words[i]!, words.length)).toBe(4);
    expect(trailingListEnd({ start: 0, end: 1, why: '' }, none, (i) => [40, 40, 1, 2, 1][i]!, 5)).toBe(1);
  });
});

describe('class names of the layout the story sits in', () => {
  const more = [
    'Fishermen at the meeting said they had waited long enough, and asked the board to start with the part of the deck nearest the market hall.',
    'A decision on the contractor is expected next month, once the engineers have finished their survey of the old stone foundations under the pier.',
  ];
  const story = [...STORY, ...more].map((p) => `<p>${p}</p>`).join('');
  const sidebar = `<p>${STORY[0]} Our picks of the week, chosen by the editors for readers who want more.</p>`;

  it('do not call the story boilerplate when they hold most of the page prose', () => {
    const html = `<html><body class="page right-sidebar"><div class="page-width with-sidebar"><h1>The pier</h1>${story}</div><footer><p>© 2024 Example News</p></footer></body></html>`;
    const { text } = extract(html);
    for (const p of [...STORY, ...more]) expect(text).toContain(p);
  });

  it('do not call an element boilerplate where its layout’s class names the sidebar it arranges, but do where it names the sidebar of a layout', () => {
    const hint = (names: string) => elementHint({ tag: 'div', role: undefined, itemprop: undefined, names, namedByClass: true })[0];
    expect(hint('sidebar-sidecar-layout_main')).toBe(0);
    expect(hint('page with-sidebar-layout')).toBe(0);
    expect(hint('PageLayout_sidebar__x1')).toBeLessThan(0);
    expect(hint('sidebar')).toBeLessThan(0);
  });

  it("never call the page's own element boilerplate by its names (`navbar-fixed`, `popup-init` on <body>), as they would a <div>", () => {
    const hint = (tag: string, names: string) => elementHint({ tag, role: undefined, itemprop: undefined, names, namedByClass: true })[0];
    expect(hint('body', 'home navbar-main-transparent')).toBe(0);
    expect(hint('body', 'page show-tools-cta-button')).toBe(0);
    expect(hint('html', 'js popup-init')).toBe(0);
    expect(hint('div', 'home navbar-main-transparent')).toBeLessThan(0);
  });

  it('but a name that says what it holds (comments) stands, however much prose it holds', () => {
    const comment = (n: number) => `<div class="comment"><p>Comment ${n}: ${STORY[n % 3]} I have lived by that pier all my life and I have thoughts.</p></div>`;
    const html = `<html><body><main><article><h1>The pier</h1><p>${STORY[1]}</p></article><section>${[1, 2, 3, 4, 5].map(comment).join('')}</section></main></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('Comment 3:');
  });

  it('still drop an aside named a sidebar, however much prose it holds', () => {
    const html = `<html><body><main><h1>The pier</h1><p>${STORY[1]}</p></main><aside class="sidebar">${[1, 2, 3, 4].map(() => sidebar).join('')}</aside></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('Our picks of the week');
  });
});

describe('pages whose story the visible page does not show', () => {
  const posts = STORY.map((p) => `<div class="crawler-post"><p>${p}</p></div>`).join('');

  it('are read again with their <noscript> content: a forum that renders its posts for readers without scripts', () => {
    const html = `<html><body><div id="app"></div><noscript><div id="main-outlet"><h1>The pier</h1>${posts}</div></noscript></body></html>`;
    const { text } = extract(html);
    for (const p of STORY) expect(text).toContain(p);
  });

  it('are read again with their hidden elements: content streamed in for a script to swap into place', () => {
    const html = `<html><body><main><div>Loading…</div></main><div hidden id="S:0"><article><h1>The pier</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></div></body></html>`;
    const { text } = extract(html);
    for (const p of STORY) expect(text).toContain(p);
  });

  it('but a page with a visible story never gives its hidden text', () => {
    const html = `<html><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article><div hidden><p>A hidden note that no reader of the page ever sees, however long it runs on.</p></div><noscript><p>Please turn on scripts to see the comments below this story.</p></noscript></body></html>`;
    const { text } = extract(html);
    expect(text).not.toContain('hidden note');
    expect(text).not.toContain('turn on scripts');
  });

  it('lose nothing to a stray <![CDATA[, which a browser ends at the next >', () => {
    const html = `<html><body><![CDATA[ widget config > <article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html);
    for (const p of STORY) expect(text).toContain(p);
  });
});

describe('a story the page prints twice', () => {
  const copy = (cls: string) => `<div class="${cls}">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;

  it('keeps one copy, where both copies would otherwise go as repeats', () => {
    const html = `<html><body><main><h1>The pier</h1>${copy('d-none d-md-block')}${copy('d-md-none')}</main><footer><p>© 2024 Example News</p></footer></body></html>`;
    const { text } = extract(html);
    for (const p of STORY) expect(text).toContain(p);
  });

  it('but not a ticker that repeats its list of teasers to scroll them round', () => {
    const teaser = (n: number) => `<li><a href="/t${n}">Teaser headline number ${n}</a> The summary of teaser ${n} runs on for a sentence or two, as the summaries of a ticker do when they scroll.</li>`;
    const ticker = `<ul class="ticker">${[1, 2, 3].map(teaser).join('')}</ul>`;
    const html = `<html><body><div class="breaking">${ticker}${ticker}</div><article><h1>The pier</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('Teaser headline');
  });
});

describe('a story that is a table', () => {
  it('is kept when the story region holds no prose around it: a ranked list, a price table', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => `<tr><td>${n}</td><td>Title of book number ${n}</td><td>Author ${n}</td><td>${1990 + n}</td></tr>`).join('');
    const html = `<html><body><nav><a href="/">Home</a> <a href="/lists">Lists</a></nav><main><table><tr><th>Rank</th><th>Title</th><th>Author</th><th>Year</th></tr>${rows}</table></main></body></html>`;
    const { text } = extract(html);
    expect(text).toContain('Title of book number 6');
  });
});

describe('the lead of a story above its byline', () => {
  it('is the story’s, though a byline, a date and a share bar in other elements stand between', () => {
    const lead = 'The harbour town woke on Saturday to the news that its pier, shut for two winters after a storm, would open again by the summer, the board said.';
    const links = ['Facebook', 'Twitter', 'LinkedIn', 'WhatsApp', 'Email', 'Print', 'Copy link', 'Reddit'].map((n) => `<li><a href="/share/${n}">Share on ${n}</a></li>`).join('');
    const bar = `<div class="meta"><span>By Jane Doe</span><span>March 3, 2024</span><ul class="sharing">${links}</ul><p>Advertisement</p></div>`;
    const html = `<html><body><main><div class="top"><div class="intro"><section><p>${lead}</p></section></div></div>${bar}<div class="body"><div class="text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></main><aside class="related"><p>More from the harbour: a list of the week's other stories, told in a few words each.</p></aside></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(lead);
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('More from the harbour');
  });
});

describe('a story that is only its headline', () => {
  it('keeps the headline as its text, and prints it once in Markdown', () => {
    const headline = 'Harbour board votes to rebuild the north pier before the summer season begins';
    const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>${headline}</h1></main></body></html>`;
    const result = extract(html);
    expect(result.title).toBe(headline);
    expect(result.text).toBe(headline);
    expect(result.markdown.split(headline).length - 1).toBe(1);
  });
});

describe('a thread of posts, which has a feed’s rhythm', () => {
  const post = (n: number) => `<div class="post"><div>member${n}</div><div>March ${n}, 2024 at 10:0${n} am</div><p>${STORY[n % 3]} That is what I saw there, anyway, reply number ${n}.</p></div>`;

  it('is the story where its posts hold more prose than the rest of the page', () => {
    const html = `<html><body><main><h1>The pier</h1>${[1, 2, 3, 4, 5].map(post).join('')}</main></body></html>`;
    const { text } = extract(html);
    for (const n of [2, 3, 4, 5]) expect(text).toContain(`reply number ${n}`);
  });

  it('but comments under a longer story stay a feed, and go', () => {
    const more = ['Fishermen at the meeting said they had waited long enough, and asked the board to start with the part of the deck nearest the market hall, which they use every morning.', 'A decision on the contractor is expected next month, once the engineers have finished their survey of the old stone foundations under the pier and the harbour wall.', 'The board also agreed to look again at the parking on the quay, which residents say has been a problem since the pier closed to lorries and vans two winters ago.'];
    const html = `<html><body><main><article><h1>The pier</h1>${[...STORY, ...more, ...STORY.map((p) => p.replace('The', 'Then the'))].map((p) => `<p>${p}</p>`).join('')}</article><div class="responses">${[1, 2, 3, 4].map(post).join('')}</div></main></body></html>`;
    const { text } = extract(html);
    expect(text).toContain(more[2]);
    expect(text).not.toContain('reply number 3');
  });
});
