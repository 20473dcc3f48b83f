import { describe, expect, it } from 'vitest';
import * as vocab from '../../src/vocab/index.js';
import { composePatterns } from '../../src/vocab/compose.js';
import { stampLineWords } from '../../src/vocab/stamps.js';
import type { Words } from '../../src/vocab/words/index.js';
import { LANGUAGES, pooled } from '../../src/vocab/words/index.js';

type Name = keyof typeof vocab;

/** Lines each pattern takes, a few a language, and story lines close to them it must leave. */
const EXAMPLES: Partial<Record<Name, { takes: string[]; leaves: string[] }>> = {
  UI_LINE: {
    takes: ['Share', 'Share on Facebook', 'Read more »', 'Log in', 'Teilen', 'Weiterlesen', 'Lire la suite', "S'abonner",
      'Leer más', 'Condividi', 'Leia mais', 'Lees meer', 'Czytaj więcej', 'Читать далее', '分享', 'シェア', '関連記事'],
    leaves: ['Share prices fell sharply on Monday.', 'Read more books', 'Weiterlesen lohnt sich nicht immer.'],
  },
  SHARE_LINE: {
    takes: ['Share: Facebook Twitter', 'Share this article: Email', 'Artikel teilen: Facebook', 'Partager sur : Twitter', 'Compartir en: WhatsApp', '分享到：微信 微博'],
    leaves: ['Share prices: a record', 'Teilen macht Freude'],
  },
  COUNTER_LINE: {
    takes: ['12 comments', '3 min read', '23 hours ago', '1.2k views', 'Posted 2 days ago', 'an hour ago', 'yesterday at 6:46 pm', '4 Kommentare', '7 commentaires', '2 comentarios'],
    leaves: ['12 comments were removed by the moderators', 'We met 3 days ago in Paris'],
  },
  READING_TIME_LINE: {
    takes: ['Reading time: 3 minutes', 'Estimated read time: about 5 min', 'Lesezeit: 4 Min.', 'Temps de lecture : 2 minutes', 'Tiempo de lectura: 6 minutos', 'Tempo di lettura: 3 minuti', 'Tempo de leitura: 1 minuto', 'Leestijd: 4 minuten', 'Время чтения: 5 минут'],
    leaves: ['Reading time is precious to all of us', 'Lesezeit ist Lebenszeit'],
  },
  DATE_LINE: {
    takes: ['Nov 19, 2019', 'Published on 12/03/2020', 'Updated: Monday, March 2, 2020 at 6:46 pm ET', 'Veröffentlicht am 12.03.2020', 'Publié le 12/03/2020', 'Publicado el 12/03/2020', 'Atualizado em 12/03/2020', 'Pubblicato il 12/03/2020'],
    leaves: ['In 2019 the market grew', 'Published by Penguin in 2019'],
  },
  UPDATE_LABEL: {
    takes: ['Updated: Nov. 20, 2019', 'Last modified 12.03.2020', 'edited Jul 21, 2020 at 0:25', 'Aktualisiert am 3. März', 'Mis à jour le 3 mai', '更新日：2024年3月12日'],
    leaves: ['Published: Nov. 19, 2019', 'Posted on July 1, 2024', 'Unedited footage from 2019'],
  },
  MEMBER_SINCE: {
    takes: ['Joined: Mon Jul 24, 2017 9:28 am', 'Member since 2014', 'Mitglied seit: 3. März 2019', 'Inscrit le 5 mai 2020'],
    leaves: ['Post by changingtimes » Sat Feb 24, 2024', 'She joined the council in 2019', 'Joinery tips for 2024'],
  },
  QUESTION_STAMP: {
    takes: ['asked Feb 11, 2011 at 23:49', 'preguntada el 3 mar. 2015 a las 10:11', 'задан 5 мар 2015 в 10:11'],
    leaves: ['Asked 14 years, 10 months ago', 'She asked in 2019 whether', 'Tasked Feb 11, 2011'],
  },
  MEMBER_POSTS: {
    takes: ['Posts: 524', 'Beiträge: 1.204', 'Messages:', 'Mensajes: 12'],
    leaves: ['16 posts • Page 1 of 1', 'Posts: Recent activity', 'Posts'],
  },
  THREAD_STARTER: {
    takes: ['Thread starter Pippin06', 'JosephF Discussion starter', 'Original Poster', 'Themenstarter: Holzwurm', 'Auteur du sujet', 'autor del tema'],
    leaves: ['Jul 5, 2024 at 5:39 PM Thread Starter Post #1 of 7', 'The original poster asked about planes', 'Discussion starters'],
  },
  PUBLICATION_STAMP: {
    takes: ['Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 20', 'Veröffentlicht 12.03.2020', 'Publicado 12/03/2020', 'Publié 12/03/2020'],
    leaves: ['Publishers sold 3 million copies', 'The report was published in 2019'],
  },
  DATE_WORD: { takes: ['Nov', 'november', 'Tue', 'pm', 'GMT', '19th', 'published'], leaves: ['novel', 'pmt', 'newspaper'] },
  BYLINE_LINE: {
    takes: ['By Jane Doe', 'Written by: Jane Doe', 'Von Moritz Bachmann', 'Par Jean Dupont', 'Por Carlos Nadalim', 'Di Mario Rossi', 'Door Jan Jansen', 'Autor: Jan Kowalski', 'Автор: Иван Петров', '作者：张三'],
    leaves: ['Bypass surgery saved him', 'Byline'],
  },
  AUTHOR_PICTURE: {
    takes: ['Picture of Jane Doe', 'Jane Doe’s avatar', "Vader's user avatar", 'Jane Doe Avatar', 'Foto von Jana Maier', 'Photo de Jean Dupont', 'Foto di Mario Rossi'],
    leaves: ['Pictures of the week', 'Avatar: The Way of Water', 'A photo taken in Paris'],
  },
  SOURCE_LINE: {
    takes: ['Source: Reuters', 'Via The Verge', 'Quelle: dpa', 'Fuente: EFE', 'Fonte: ANSA', 'Источник: ТАСС', '来源：新华社', '出典：共同通信'],
    leaves: ['Sourced from local farms', 'Quellwasser'],
  },
  COMMENT_AUTHOR_LINE: {
    takes: ['jjackwagon says:', 'Milan on September 12, 2018 at 4:47 pm said:', 'Moritz schreibt:', 'Jean a écrit:', 'Carlos dijo:', 'Mario scrive:', 'Иван пишет:'],
    leaves: ['says', 'The minister says the plan will work.'],
  },
  COOKIE_NOTICE: {
    takes: ['This site uses cookies to improve your experience.', 'Wir verwenden Cookies, um …', 'Nous utilisons des cookies pour …', 'Utilizamos cookies propias', 'Utilizziamo i cookie per …', 'We gebruiken cookies om …', 'Używamy plików cookies', 'Мы используем файлы cookie'],
    leaves: ['She baked cookies for the neighbours.'],
  },
  NEWSLETTER_PITCH: {
    takes: ['Sign up for our free newsletter', 'Jetzt abonnieren', 'Abonnez-vous à notre infolettre', 'Suscríbete a nuestro boletín', 'Iscriviti alla nostra rassegna', 'Inscreva-se na nossa newsletter', 'Meld je aan voor onze nieuwsbrief', 'Подпишитесь на нашу рассылку', '订阅我们的新闻', 'The best stories delivered straight to your inbox'],
    leaves: ['The newsletter industry grew in 2020.'],
  },
  PITCH: {
    takes: ['Subscribe to our channel', 'Need more space? Subscribe now', 'Follow Jane on Twitter', "Don't miss our next issue"],
    leaves: ['They decided to subscribe later.', 'Subscribers grew by 3%.'],
  },
  CLICK_HERE: { takes: ['GET THE APP BY CLICKING HERE', 'Tap here for more'], leaves: ['Click to enlarge', 'Here we go'] },
  PHONE: {
    takes: ['Tel: +44 20 7946 0000', 'Phone number: 555-1234', 'Toll-free 1-800-555-0100', 'Telefon: 030 1234', 'Téléphone : 01 23', 'Teléfono: 91 123'],
    leaves: ['The telephone was invented in 1876', 'Telefonie 2020'],
  },
  PICTURE_CREDIT: {
    takes: ['Photo: Jane Doe/Reuters', 'Photo credit: Getty', 'Image caption The scene', '(Foto: dpa)', 'Bild: Keystone', 'Shot by John /AFP'],
    leaves: ['Photography is an art.', 'A photo of the scene'],
  },
  CREDIT_LINE: {
    takes: ['Photos: Jane Doe', 'Image courtesy of NASA', 'AP Photo/Jane Doe', 'Foto: dpa', 'Quelle: Reuters', 'Fuente: EFE', 'Partager cet article', 'Courtesy credit to the team'],
    leaves: ['Photosynthesis turns light into sugar', 'Sharing the load'],
  },
  CAPTION: { takes: ['In this Dec. 12, 2006, file photo, the senator speaks', '1of4The scene'], leaves: ['In this article we look at photos'] },
  POST_COUNTER_LINE: { takes: ['6 Likes', '1 Like', '2 replies', '14 votes', '3 Antworten'], leaves: ['5H ago', '12 comments', 'Likes', '2 replies to this post'] },
  POSITION_LINE: { takes: ['1 of 6', '3 von 7', '2 de 5', '4 di 9', '1 из 3', 'Wordcount: 717', 'Page 2 of 3'], leaves: ['1 of the best', 'Page one'] },
  BOILERPLATE_SENTENCE: {
    takes: ['Copyright 2020 Acme', '© 2021 Acme Inc.', 'All rights reserved.', 'Your email address will not be published.', 'Read more: the full story', 'Citation: Doe J (2020)'],
    leaves: ['The copyright holder sued in 2019', 'He reserved all his rights.'],
  },
  DISCLOSURE: { takes: ['We may earn a small commission', 'This post contains affiliate links', 'Sponsored by Acme'], leaves: ['They earn commissions on sales'] },
  LEGAL_NOTICE: {
    takes: ['Acme is a registered trademark of Acme Inc.', 'For informational purposes only.', 'Not intended to diagnose any disease', 'Results may vary.'],
    leaves: ['The results vary widely between schools, the study found'],
  },
  AUTHOR_BIO: { takes: ['Jane Doe is a staff writer at the Times.', 'John Smith (@js) covers energy for the magazine'], leaves: ['Jane Doe is a nurse in Ohio.'] },
  CONTACT_OR_CREDIT: { takes: ['Jane Doe contributed to this report.', '(Reporting by Jane Doe; Editing by John Smith)', 'Editing by John Smith'], leaves: ['The editing was done by hand'] },
  WIDGET_HEADING: {
    takes: ['Related', 'More Texas Politics stories', 'You might also like', 'Leave a Reply', 'Weitere Artikel', 'À lire aussi', 'Te puede interesar', 'Leggi anche', 'Leia também', 'Читайте также', '相关', '関連'],
    leaves: ['Relatedness in families', 'More than a game', 'Weiterhin offen'],
  },
  AUTHOR_BOX_HEADING: { takes: ['About the author', 'About Jane Doe', 'Über Moritz Bachmann', 'Sobre Carlos Nadalim', 'À propos de Jean Dupont', 'A proposito di Mario Rossi', 'Over Jan Jansen'], leaves: ['About the war', 'about jane doe'] },
};

/** Story sentences in several languages that no pattern of words may take. */
const PROSE = [
  'The council voted on Tuesday to expand the harbour, a plan first proposed a decade ago.',
  'Der Stadtrat stimmte am Dienstag für den Ausbau des Hafens, einen lange geplanten Schritt.',
  'Le conseil municipal a voté mardi pour agrandir le port, un projet proposé il y a dix ans.',
  'El ayuntamiento votó el martes a favor de ampliar el puerto, un plan propuesto hace una década.',
  'Il consiglio comunale ha votato martedì per ampliare il porto, un progetto di dieci anni fa.',
  'Городской совет во вторник проголосовал за расширение порта, план десятилетней давности.',
  '市议会周二投票决定扩建港口，这一计划十年前首次提出。',
];

const WORD_PATTERNS = Object.keys(EXAMPLES) as Name[];

describe('the patterns of words', () => {
  it('each has examples here', () => {
    expect(WORD_PATTERNS.sort()).toEqual(Object.keys(composePatterns(Object.values(LANGUAGES))).sort());
  });

  it.each(WORD_PATTERNS)('%s takes its examples and leaves the lines next to them', (name) => {
    const pattern = vocab[name] as RegExp;
    const { takes, leaves } = EXAMPLES[name]!;
    for (const line of takes) expect(new RegExp(pattern).test(line), line).toBe(true);
    for (const line of leaves) expect(new RegExp(pattern).test(line), line).toBe(false);
  });

  it.each(PROSE)('none takes the story sentence %s', (line) => {
    const taken = WORD_PATTERNS.filter((name) => new RegExp(vocab[name] as RegExp).test(line));
    expect(taken).toEqual([]);
  });

  it('gives the byline and the source as the first group', () => {
    expect(vocab.BYLINE_LINE.exec('By: Jane Doe')?.[1]).toBe('Jane Doe');
    expect(vocab.SOURCE_LINE.exec('来源：新华社')?.[1]).toBe('新华社');
  });
});

describe('a language added as one file', () => {
  const toy: Words = { share: ['zorpen'], widgetHeadings: ['mehr zorp'], bylineLabels: ['fram'] };
  const withToy = composePatterns([...Object.values(LANGUAGES), toy]);

  it('changes the verdict on lines written in it', () => {
    expect(vocab.UI_LINE.test('Zorpen »')).toBe(false);
    expect(withToy.UI_LINE.test('Zorpen »')).toBe(true);
    expect(withToy.SHARE_LINE.test('Zorpen: Facebook')).toBe(true);
    expect(withToy.WIDGET_HEADING.test('Mehr zorp')).toBe(true);
    expect(withToy.BYLINE_LINE.exec('Fram Jane Doe')?.[1]).toBe('Jane Doe');
  });

  it('leaves the verdicts on other lines as they were', () => {
    for (const [name, { takes, leaves }] of Object.entries(EXAMPLES)) {
      const pattern = withToy[name as keyof typeof withToy];
      for (const line of takes) expect(new RegExp(pattern).test(line), `${name}: ${line}`).toBe(true);
      for (const line of leaves) expect(new RegExp(pattern).test(line), `${name}: ${line}`).toBe(false);
    }
  });

  it('refuses languages that leave a concept empty everywhere, which would match nothing', () => {
    expect(() => composePatterns([{}])).toThrow(/empty list/);
  });
});

describe('the words of a stamp', () => {
  it('are the labels, meridiems and time zones of every language, one plain word each', () => {
    for (const word of ['published', 'by', 'pm', 'hst', 'cest', 'veröffentlicht', 'às', 'gepubliceerd']) expect(vocab.STAMP_LINE_WORDS.has(word), word).toBe(true);
    for (const word of ['the', 'author', 'last updated']) expect(vocab.STAMP_LINE_WORDS.has(word), word).toBe(false);
  });

  it('refuses a phrase or a fragment, which a lookup of one token never finds', () => {
    const en = pooled([LANGUAGES.en!]);
    expect(() => stampLineWords({ ...en, stampLineWords: ['last updated'] })).toThrow(/plain words/);
    expect(() => stampLineWords({ ...en, stampLineWords: [/publ\w+/] })).toThrow(/plain words/);
  });
});
