import type { Vocabulary } from './words/index.js';
import { anyOf, compile, either, opening } from './fragments.js';
import { PERSON_NAME, CLOCK_TIME } from './shapes.js';

/** The words of a dateline stamp that are neither a date nor a name (`Published`, `by`, `PM`, `HST`), for isStampLine. */
export function stampLineWords(w: Vocabulary): ReadonlySet<string> {
  const words = [...w.meridiem, ...w.timeZones, ...w.stampLineWords];
  // a stamp's tokens are looked up as they are, so each entry must be one plain word
  const odd = words.filter((word) => typeof word !== 'string' || /[^\p{L}]/u.test(word));
  if (odd.length) throw new Error(`stamp words must be plain words: ${odd.join(', ')}`);
  return new Set(words as string[]);
}

/**
 * A byline label anywhere in a line, not within a word (`… 2017 by`, `Posted by`), for the name
 * after it. Not a line's pattern: within a sentence the label is a preposition (`di dieci anni`),
 * and only the name that follows tells (see `metadata/name-runs.ts`).
 */
export function bylineWithin(w: Vocabulary): RegExp {
  return compile('giu', String.raw`(?<![\p{L}\p{N}])${anyOf(w.bylineLabels)}(?:\s*[:：]\s*|\s+)`);
}

/** Lines about who wrote a story and when: dates, stamps, bylines, sources, comment heads, bios. */
export function stampPatterns(w: Vocabulary) {
  const ordinal = `${anyOf(w.ordinalSuffixes)}?`;
  const numericDate = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)?`;
  const wordyDate = String.raw`(?:\d{1,2}${ordinal}\.?\s+)?${anyOf(w.monthAbbreviations)}[a-z]*\.?(?:\s+\d{1,2}${ordinal})?,?\s+\d{4}`;
  return {
    /** A line that is only a date or a time. */
    DATE_LINE: compile(
      'i',
      String.raw`^(?:${anyOf([...w.publishedLabels, ...w.dateLineLabels])}(?: ${anyOf(w.dateLabelLinks)})?[:\s]*)?`,
      String.raw`(?:${anyOf(w.weekdayAbbreviations)}[a-z]*\.?,?\s+)?`,
      `(?:${numericDate}|${wordyDate})`,
      String.raw`(?:,?\s*(?:at\s+)?${CLOCK_TIME}(?:\s*[a-z]{2,4})?)?\.?$`,
    ),
    /** Publication stamps with more than one date: `Published: Nov. 19, 2019, 6:18 p.m. Updated: …`. */
    PUBLICATION_STAMP: compile('iu', opening(anyOf([...w.publishedLabels, ...w.publicationStampLabels])), String.raw`[^\n]{0,100}\d`),
    /** A word that marks the date after it as a later change (`Updated`, `aktualisiert`, `mis à jour`), not the publication. */
    UPDATE_LABEL: compile('iu', String.raw`(?<![\p{L}\p{N}])${anyOf(w.updateLabels)}(?![\p{L}\p{N}])`),
    /** A line that opens with a forum member's join label (`Joined: Jul 24, 2017`, `Mitglied seit`): the date after it is the member's, not the post's. */
    MEMBER_SINCE: compile('iu', String.raw`^${anyOf(w.memberSinceLabels)}(?![\p{L}\p{N}])`),
    /** The count of a forum member's posts on the card by each of them: `Posts: 524`, `Beiträge: 1.204`, or its label alone over the count. */
    MEMBER_POSTS: compile('iu', String.raw`^${anyOf(w.memberPostLabels)}\s*[:：]\s*[\d.,\s]*$`),
    /** A question's stamp on a question-and-answer site: its label, then a date with its year (`asked Feb 11, 2011 at 23:49`, `preguntada el 3 mar. 2015`; not the page's `Asked 14 years ago`). */
    QUESTION_STAMP: compile('iu', opening(anyOf(w.questionLabels)), String.raw`[^\n]{0,40}(?<!\d)(?:19|20)\d{2}(?!\d)`),
    /**
     * A forum's mark of the thread's starter by their post: before the name (`Thread starter
     * Pippin06`), after it (`JosephF Discussion starter`), or alone under it (`Original Poster`);
     * the name is group 1 or 2, none where the mark is alone.
     */
    THREAD_STARTER: compile('iu', String.raw`^(?:${anyOf(w.threadStarterLabels)}(?:\s*[:：]\s*|\s+)(\S.{0,60})|(\S.{0,60}?)\s+${anyOf(w.threadStarterLabels)}|${anyOf(w.threadStarterLabels)})$`),
    /** The words a date or a time is made of: most of a stamp's words are these. */
    DATE_WORD: compile(
      'i',
      String.raw`^(?:\d{1,4}${ordinal}|`,
      anyOf([...w.monthAbbreviations, ...w.monthNames, ...w.weekdayAbbreviations, ...w.weekdayNames, ...w.meridiem, ...w.timeZones, ...w.dateWordLabels]),
      ')$',
    ),
    /** A byline or attribution line: `By Jane Doe`, `Author Jane Doe`, `Written by:Jane Doe`, `作者：…`; the name is group 1. */
    BYLINE_LINE: compile('i', String.raw`^(?:${anyOf(w.bylineLabels)}(?:\s*[:|]\s*|\s+)|${anyOf(w.bylineMarks)}\s*[:：]\s*)(\S.{0,80})$`),
    /** An author's picture by its alternative text: `Picture of Jane Doe`, `Jane Doe's avatar`, `Jane Doe's image`, `Foto von Jane Doe`; the name is group 1, 2 or 3. */
    AUTHOR_PICTURE: compile('iu', String.raw`^(?:${anyOf(w.authorPictureOpeners)}\s+(\S.{0,200})|(\S.{0,60}?)(?:['’]s)?\s+${anyOf(w.authorPictureNouns)}(?:\s.{0,60})?|(\S.{0,60}?)['’]s\s+${anyOf(w.pictureTags)})$`),
    /** A source line: `Source Reuters`, `Quelle: dpa`, `来源：新华社`; the source is group 1. */
    SOURCE_LINE: compile('i', String.raw`^(?:${anyOf(w.sourceLabels)}\s*[:|]?\s+|${anyOf(w.sourceMarks)}\s*[:：]\s*)(\S.{0,60})$`),
    /** The head of a comment: `jjackwagon says:`, `Milan on September 12, 2018 at 4:47 pm said:`. */
    COMMENT_AUTHOR_LINE: compile('i', String.raw`^\S[^\n]{0,80}\s${anyOf(w.commentVerbs)}:?$`),
    /** Closing lines of a story that are about the author or the publication, not the story. */
    AUTHOR_BIO: compile(
      'u',
      String.raw`^${PERSON_NAME}(?: \([^()]{0,80}\))? ${anyOf(w.bioVerbs)}\b[^\n]{0,300}\b${anyOf(w.bioRoles)}\b`,
    ),
    /** Credits of the people behind a wire story: `… contributed to this report`, `(Reporting by …)`. */
    CONTACT_OR_CREDIT: compile('i', either(
      anyOf(w.contributionNotes),
      String.raw`^\(${anyOf(w.creditRoles)} by\b`,
      String.raw`^${anyOf(w.openingCreditRoles)} by\b`,
    )),
  };
}
