import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/vocab/words/index.js';
import { CONCEPTS, LANGUAGES } from '../../src/vocab/words/index.js';
import type { Phrase } from '../../src/vocab/fragments.js';

const key = (phrase: Phrase) => (typeof phrase === 'string' ? phrase : `/${phrase.source}/`);

/**
 * Phrases that may sit in more than one concept of a language, each with the concepts it is in:
 * the patterns that read those concepts differ in shape, so one list could not serve both.
 */
const SHARED: readonly { concepts: readonly Concept[]; phrases: readonly string[]; why: string }[] = [
  { concepts: ['ui', 'widgetHeadings'], phrases: ['read more', 'sponsored', 'related', 'trending', 'most read', 'most popular', 'most viewed', 'recommended', 'you may also like', 'leggi anche'], why: 'a control when alone on a line, the opening of a widget as a heading' },
  { concepts: ['pitchOpeners', 'ui', 'widgetHeadings'], phrases: ['subscribe', 'sign up'], why: 'a control, a widget heading, and the verb that opens a pitch' },
  { concepts: ['pitchOpeners', 'ui'], phrases: ['register'], why: 'a control alone, a pitch when it opens a sentence' },
  { concepts: ['boilerplateOpeners', 'ui', 'widgetHeadings'], phrases: ['advertisement'], why: 'an ad label alone, a heading, or the opening of a notice' },
  { concepts: ['boilerplateOpeners', 'pitchOpeners', 'ui', 'widgetHeadings'], phrases: ['follow us'], why: 'a control, a heading, a pitch and the opening of a notice' },
  { concepts: ['counterNouns', 'ui', 'widgetHeadings'], phrases: ['comment', 'comments'], why: 'a control, a heading, or what a count counts' },
  { concepts: ['counterNouns', 'postCounters', 'ui'], phrases: ['like'], why: 'a button, or what a count counts, by a widget or by a thread’s post' },
  { concepts: ['counterNouns', 'postCounters'], phrases: ['replies', 'likes', 'vote', 'votes', 'point', 'points'], why: 'what a count counts, by a widget or by a thread’s post' },
  { concepts: ['postCounters', 'ui'], phrases: ['reply'], why: 'a button, or what a thread counts by each post' },
  { concepts: ['counterNouns', 'creditLineOpeners', 'share'], phrases: ['share'], why: 'a button, what a count counts, and a line above a story that is no headline' },
  { concepts: ['creditLineOpeners', 'share'], phrases: ['teilen', 'partager', 'compartir'], why: 'a button, and a line above a story that is no headline' },
  { concepts: ['creditLineOpeners', 'sourceLabels'], phrases: ['source', 'quelle', 'fuente'], why: 'a source line, and a line above a story that is no headline' },
  { concepts: ['pitchOpeners', 'share', 'widgetHeadings'], phrases: ['share this'], why: 'a button, a heading, or a pitch opening a sentence' },
  { concepts: ['newsletterNames', 'ui', 'widgetHeadings'], phrases: ['newsletter'], why: 'a control, a heading, or the thing `our … newsletter` pitches' },
  { concepts: ['cookieVerbs', 'ui'], phrases: ['accept'], why: 'a consent button, or the verb that makes a cookie notice' },
  { concepts: ['boilerplatePhrases', 'ui'], phrases: ['privacy policy'], why: 'a footer link alone, a notice within a sentence' },
  { concepts: ['approximately', 'authorBoxOpeners', 'ui'], phrases: ['about'], why: '`about 3 minutes`, `about Jane Doe`, and the `About` link' },
  { concepts: ['agoLabels', 'dateWordLabels', 'publishedLabels', 'stampLineWords'], phrases: ['published', 'posted'], why: 'labels of a relative time and of a date line, and words of a stamp' },
  { concepts: ['agoLabels', 'dateWordLabels', 'publishedLabels', 'stampLineWords', 'updateLabels'], phrases: ['updated'], why: 'labels of a relative time and of a date line, words of a stamp, and the label that marks a later change' },
  { concepts: ['publishedLabels', 'updateLabels'], phrases: ['last updated'], why: 'a date line’s label, and the label that marks a later change' },
  { concepts: ['dateLineLabels', 'updateLabels'], phrases: ['last modified', 'mis à jour'], why: 'a date line’s label, and the label that marks a later change' },
  { concepts: ['dateLineLabels', 'stampLineWords', 'updateLabels'], phrases: ['modified', 'aktualisiert', 'actualizado', 'atualizado', 'aggiornato'], why: 'a date line’s label, a word of a stamp, and the label that marks a later change' },
  { concepts: ['bylineLabels', 'threadStarterLabels'], phrases: ['thread starter'], why: 'a byline’s label by a thread’s headline, and the mark of the starter’s posts anywhere in it' },
  { concepts: ['bioVerbs', 'memberSinceLabels'], phrases: ['joined'], why: 'a bio (`Jane joined …`), and a forum member’s join label (`Joined: …`)' },
  { concepts: ['dateLabelLinks', 'dateWordLabels', 'stampLineWords'], phrases: ['on'], why: '`Published on …`, and a word of a stamp' },
  // isStampLine looks a stamp's words up one at a time, so its list repeats the labels the line patterns read
  { concepts: ['dateWordLabels', 'stampLineWords'], phrases: ['at', 'first', 'last'], why: 'words of a stamp, for the publication stamp and for isStampLine' },
  { concepts: ['dateLineLabels', 'stampLineWords'], phrases: ['pubblicato'], why: 'a date line’s label, and a word of a stamp' },
  { concepts: ['publishedLabels', 'stampLineWords'], phrases: ['veröffentlicht', 'publicado'], why: 'a date line’s or stamp’s label, and a word of a stamp' },
  { concepts: ['publicationStampLabels', 'stampLineWords'], phrases: ['publié'], why: 'a publication stamp’s label, and a word of a stamp' },
  { concepts: ['bylineLabels', 'stampLineWords'], phrases: ['by', 'par', 'por', 'door'], why: 'a byline’s label, and a word of a stamp (`By HNN Staff | …`)' },
  { concepts: ['dateLabelLinks', 'stampLineWords'], phrases: ['le', 'el', 'il', 'em'], why: '`Publié le …`, and a word of a stamp' },
  { concepts: ['outOf', 'stampLineWords'], phrases: ['de'], why: '`2 de 5`, and a word of a stamp (`22 de outubro`)' },
  { concepts: ['bioRoles', 'bylineLabels'], phrases: ['author'], why: 'a byline label, and a role a bio names' },
  { concepts: ['bioVerbs', 'commentVerbs'], phrases: ['writes'], why: 'a comment head (`Jane writes:`) and a bio (`Jane writes for …`)' },
  { concepts: ['bioRoles', 'bioVerbs'], phrases: ['covers'], why: 'a bio both opens and goes on with it: `Jane covers …`, `… who covers`' },
  { concepts: ['boilerplateOpeners', 'pitchOpeners'], phrases: ['click here', 'get the latest'], why: 'a notice that opens a line, or a pitch after a short sentence' },
  // a picture is named in a caption, a credit (with a colon or in brackets) and the credit line above a story
  { concepts: ['captionSubjects', 'counterNouns', 'creditLineOpeners', 'pictureLabels', 'pictureTags'], phrases: ['photo'], why: 'a picture named, and what a count counts' },
  { concepts: ['captionSubjects', 'creditLineOpeners', 'pictureLabels', 'pictureTags'], phrases: ['image', 'picture'], why: 'a picture named' },
  { concepts: ['captionSubjects', 'creditLineOpeners', 'pictureLabels'], phrases: ['photograph'], why: 'a picture named, never bracketed' },
  { concepts: ['creditLineOpeners', 'pictureLabels', 'pictureTags'], phrases: ['foto', 'bild'], why: 'a picture named, in German' },
  { concepts: ['creditLineOpeners', 'creditWords', 'pictureLabels', 'pictureTags'], phrases: ['credit'], why: 'a credit labelled, bracketed, or anywhere in a credit line' },
  { concepts: ['bioRoles', 'creditRoles', 'openingCreditRoles'], phrases: ['reporting'], why: '`(Reporting by …)`, `Reporting by …`, and a bio' },
  { concepts: ['creditRoles', 'openingCreditRoles'], phrases: ['editing'], why: '`(Editing by …)` and `Editing by …`' },
  { concepts: ['bylineLabels', 'outOf', 'stampLineWords'], phrases: ['von', 'di'], why: '`von Jane Doe`, `3 von 7`, and a word of a stamp' },
  { concepts: ['signUpImperatives', 'ui'], phrases: ['suscríbete'], why: 'a button alone, a pitch within a sentence' },
  { concepts: ['cookieOpeners', 'cookieVerbs'], phrases: ['utilizamos', 'usamos', 'utilizziamo', 'używamy'], why: '`we use` is one word: it opens a cookie notice or follows `cookies`' },
];

/** For each phrase of a language, the concepts it is in. */
function conceptsByPhrase(code: string): Map<string, Concept[]> {
  const found = new Map<string, Concept[]>();
  for (const concept of CONCEPTS) {
    for (const phrase of LANGUAGES[code]![concept] ?? []) found.set(key(phrase), [...(found.get(key(phrase)) ?? []), concept]);
  }
  return found;
}

/** The concepts read by patterns that heed case. */
const CASE_SENSITIVE: readonly Concept[] = ['authorBoxOpeners', 'authorBoxSubjects', 'bioVerbs', 'bioRoles'];

describe('vocabulary', () => {
  it('knows the languages of the patterns it replaced', () => {
    expect(Object.keys(LANGUAGES)).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ja']);
  });

  it.each(Object.keys(LANGUAGES))('%s names only known concepts, each with a list of phrases', (code) => {
    const words = LANGUAGES[code]!;
    expect(Object.keys(words).filter((c) => !(CONCEPTS as readonly string[]).includes(c))).toEqual([]);
    for (const [concept, phrases] of Object.entries(words)) {
      expect(Array.isArray(phrases), concept).toBe(true);
      expect(phrases.length, `${code}.${concept}: leave out a concept the language has no words for`).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(LANGUAGES))('%s lists no phrase twice in one concept, and none empty or padded', (code) => {
    for (const concept of CONCEPTS) {
      const phrases = (LANGUAGES[code]![concept] ?? []).map(key);
      expect(phrases.filter((p, i) => phrases.indexOf(p) !== i), `${code}.${concept}`).toEqual([]);
      expect(phrases.filter((p) => p === '' || p !== p.trim()), `${code}.${concept}`).toEqual([]);
    }
  });

  it.each(Object.keys(LANGUAGES))('%s has a phrase in two concepts only where the list of shared phrases says so', (code) => {
    const unexpected: string[] = [];
    for (const [phrase, concepts] of conceptsByPhrase(code)) {
      if (concepts.length < 2) continue;
      const entry = SHARED.find((e) => e.phrases.includes(phrase));
      if (!entry || [...entry.concepts].sort().join() !== [...concepts].sort().join()) unexpected.push(`${phrase}: ${concepts.join(', ')}`);
    }
    expect(unexpected).toEqual([]);
  });

  it('lists no shared phrase that is not shared in some language', () => {
    const stale = SHARED.flatMap(({ concepts, phrases }) =>
      phrases.filter((phrase) => !Object.keys(LANGUAGES).some((code) => {
        const found = conceptsByPhrase(code).get(phrase) ?? [];
        return concepts.every((c) => found.includes(c));
      })),
    );
    expect(stale).toEqual([]);
    for (const entry of SHARED) expect(entry.why.length).toBeGreaterThan(10);
  });

  it.each(Object.keys(LANGUAGES))('%s writes its phrases in lower case where the patterns ignore case', (code) => {
    const cased = CONCEPTS.filter((c) => !CASE_SENSITIVE.includes(c)).flatMap((concept) =>
      (LANGUAGES[code]![concept] ?? []).filter((p) => typeof p === 'string' && p !== p.toLowerCase()).map((p) => `${concept}: ${key(p)}`),
    );
    expect(cased).toEqual([]);
  });

  it('keeps phrases plain: a regex fragment only where a list of phrases cannot say it', () => {
    const fragments = Object.entries(LANGUAGES).flatMap(([code, words]) =>
      CONCEPTS.flatMap((concept) => (words[concept] ?? []).filter((p) => p instanceof RegExp).map(() => `${code}.${concept}`)),
    );
    // `share on \w+`, `follow \w+ on`, `more … stories`, and three combinations of optional words
    expect(fragments.sort()).toEqual(['en.disclosures', 'en.disclosures', 'en.legalNotices', 'en.legalNotices', 'en.pitchOpeners', 'en.ui', 'en.widgetHeadings']);
  });
});
