import type { Vocabulary } from './words/index.js';
import { anyOf, compile, either } from './fragments.js';
import { CREDITED_AGENCIES, PICTURE_AGENCIES } from './agencies.js';

/** Sentences a site adds to every page: cookie and newsletter pitches, calls to act, small print, credits. */
export function noticePatterns(w: Vocabulary) {
  return {
    /** Cookie banners in many languages: the word is the same everywhere, the verb says it is a notice. */
    COOKIE_NOTICE: compile('i', either(
      String.raw`\bcookies?\b[^\n]{0,200}\b${anyOf(w.cookieVerbs)}`,
      String.raw`${anyOf(w.cookieOpeners)}[^\n]{0,40}\bcookies?\b`,
      anyOf(w.cookieNames),
    )),
    /** Newsletter pitches in many languages: an imperative to sign up, or `our newsletter`. */
    NEWSLETTER_PITCH: compile('i', either(
      anyOf(w.signUpImperatives),
      String.raw`${anyOf(w.newsletterOwners)}\s+(?:${anyOf(w.newsletterQualifiers)}\s+)?${anyOf(w.newsletterNames)}`,
      // the English `delivered straight to your inbox`
      String.raw`\b${anyOf(w.inboxVerbs)}\s+(?:\w+\s+){0,2}(?:to\s+|in\s+)?your inbox\b`,
    )),
    /**
     * A call to act (subscribe, follow, share, sign up) that opens a line, maybe after one short
     * question or sentence (`Need more space? Subscribe…`): a pitch. At the end of a paragraph
     * (`…Read our review here.`) it is the story's own.
     */
    PITCH: compile('i', String.raw`^(?:[^.?!:\n]{0,60}[.?!:]\s+)?${anyOf(w.pitchOpeners)}\b`),
    /** Boilerplate sentences: disclaimers, rights notices, cookie and newsletter pitches. */
    BOILERPLATE_SENTENCE: compile('i', either(
      `^${anyOf(w.boilerplateOpeners)}`,
      anyOf(w.boilerplatePhrases),
      String.raw`(?:^|\s)©\s?\d{4}`,
    )),
    /** Disclosures of affiliate links and sponsorship. */
    DISCLOSURE: compile('i', String.raw`\b${anyOf(w.disclosures)}\b`),
    /** The legal small print of a site's footer: trademark notices, medical and informational disclaimers. */
    LEGAL_NOTICE: compile('i', either(String.raw`\b${anyOf(w.legalNotices)}\b`, String.raw`^\W?${anyOf(w.legalOpeners)}\b`)),
    /** Telephone and fax numbers; with e-mail addresses, several in a paragraph make a contact box, however long. */
    PHONE: compile('giu', String.raw`\b${anyOf(w.phoneWords)}(?![\p{L}\p{N}])\s{0,3}(?:number\s{0,3})?[:.]?\s{0,3}[+*(]?\d`),
    /** Picture credits: `(Image: GETTY)`, `Photo: Jane Doe/Reuters`, `Image caption …`, `… /Getty Images`. */
    PICTURE_CREDIT: compile('i', either(
      String.raw`^${anyOf(w.pictureLabels)}s?\s*(?:credit)?\s*:`,
      String.raw`^${anyOf(w.pictureCaptions)}\b`,
      String.raw`\(${anyOf(w.pictureTags)}s?:[^()]{1,60}\)$`,
      String.raw`\bgetty images$`,
      String.raw`\/${anyOf(PICTURE_AGENCIES)}$`,
    )),
    /** Lines that say what a picture shows or who took it, which sit right above stories too. */
    CREDIT_LINE: compile('i', either(
      String.raw`^${anyOf(w.creditLineOpeners)}s?\b`,
      String.raw`\b${anyOf([...CREDITED_AGENCIES, ...w.creditWords])}\b`,
    )),
    /**
     * Captions a dump keeps in the flow of text: the wire services' `In this Dec. 12, 2006, file
     * photo, …`, and a slideshow's `1of4` counter glued to the caption.
     */
    CAPTION: compile(
      'iu',
      String.raw`^(?:in this (?:[^\n]{0,60}? )?(?:file |handout )?${anyOf(w.captionSubjects)}\b|\d{1,3} ?of ?\d{1,3}(?=\p{Lu}))`,
    ),
  };
}
