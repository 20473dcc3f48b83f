import type { Phrase } from '../fragments.js';

/**
 * The concepts a language file fills, grouped by the pattern that reads them. A language lists
 * the concepts it has words for; a concept name the list does not know is a compile error. Phrases are written in lower case, as the patterns ignore case, but
 * where case tells something: the author box's heading (`About Jane Doe`, not `about the war`) and
 * a bio's verbs and roles, which sit inside a sentence.
 */
export const CONCEPTS = [
  // UI_LINE: a short line that is a control
  'ui', 'share',
  // SHARE_LINE: a share bar flattened to one line, `Share on: Facebook Twitter` (with `share`)
  'shareBar',
  // WIDGET_HEADING, AUTHOR_BOX_HEADING
  'widgetHeadings', 'authorBoxOpeners', 'authorBoxSubjects',
  // COUNTER_LINE: `12 comments`, `3 hours ago`, `Posted 2 days ago`, `yesterday`
  'counterNouns', 'timeUnits', 'agoLabels', 'relativeDays',
  // POST_COUNTER_LINE: what a thread counts by each post, `6 Likes`, `2 replies`
  'postCounters',
  // READING_TIME_LINE: `Reading time: about 3 minutes`
  'readingTime', 'approximately',
  // DATE_LINE and PUBLICATION_STAMP: their labels, and the word that may link a label to its date
  'publishedLabels', 'dateLineLabels', 'publicationStampLabels', 'dateLabelLinks',
  // UPDATE_LABEL: the words that mark a date as a later change of the story, not its publication
  'updateLabels',
  // MEMBER_SINCE: a forum member's join date, printed by each post (`Joined: Jul 24, 2017`), never the post's
  'memberSinceLabels',
  // MEMBER_POSTS: the count of a forum member's posts on the card by each post (`Posts: 524`, `Beiträge: 12`)
  'memberPostLabels',
  // QUESTION_STAMP: a question-and-answer site's stamp of the question (`asked Feb 11, 2011 at 23:49`), over the asker's name
  'questionLabels',
  // THREAD_STARTER: the mark a forum prints by each post of the member who started the thread (`Thread starter`, `Discussion starter`, `Original Poster`)
  'threadStarterLabels',
  // DATE_LINE and DATE_WORD: names in dates and times
  'monthAbbreviations', 'monthNames', 'weekdayAbbreviations', 'weekdayNames', 'ordinalSuffixes', 'meridiem', 'timeZones', 'dateWordLabels',
  // isStampLine (dates.ts): the words of a dateline stamp that are neither a date nor a name (with meridiem, timeZones)
  'stampLineWords',
  // BYLINE_LINE and SOURCE_LINE: labels followed by space, and marks that take a colon (`作者：`)
  'bylineLabels', 'bylineMarks', 'sourceLabels', 'sourceMarks',
  // AUTHOR_PICTURE: an author's picture by its alternative text, `Picture of Jane Doe`, `Jane Doe's avatar`
  'authorPictureOpeners', 'authorPictureNouns',
  // PICTURE_WORDS (with authorPictureNouns and pictureTags): the words of a picture's alternative text, which lynx prints where an author's picture is (`author image`, `avatar`)
  'pictureWords',
  // COMMENT_AUTHOR_LINE: `jjackwagon says:`
  'commentVerbs',
  // COOKIE_NOTICE: `cookies … accept`, `we use … cookies`, and names of cookies that are not `cookie`
  'cookieVerbs', 'cookieOpeners', 'cookieNames',
  // NEWSLETTER_PITCH: `abonnez-vous`, `our free newsletter`, `delivered to your inbox`
  'signUpImperatives', 'newsletterOwners', 'newsletterQualifiers', 'newsletterNames', 'inboxVerbs',
  // PITCH, CLICK_HERE
  'pitchOpeners', 'tapVerbs',
  // PHONE
  'phoneWords',
  // PICTURE_CREDIT: `Photo: …`, `Image caption …`, `(Foto: …)`; CAPTION: `In this file photo, …`
  'pictureLabels', 'pictureCaptions', 'pictureTags', 'captionSubjects',
  // CREDIT_LINE: a line right above a story that says who took a picture or where it is from (`Photos: …`, `Quelle …`)
  'creditLineOpeners', 'creditWords',
  // POSITION_LINE: `1 of 6`, `Wordcount: 717`
  'outOf', 'wordCountLabels',
  // BOILERPLATE_SENTENCE: notices that open a line, and those that may sit anywhere in it
  'boilerplateOpeners', 'boilerplatePhrases',
  // DISCLOSURE, LEGAL_NOTICE
  'disclosures', 'legalNotices', 'legalOpeners',
  // AUTHOR_BIO: `Jane Doe is a reporter …`
  'bioVerbs', 'bioRoles',
  // CONTACT_OR_CREDIT: `… contributed to this report`, `(Reporting by …)`, `Editing by …`
  'contributionNotes', 'creditRoles', 'openingCreditRoles',
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** One language's vocabulary: for each concept it has words for, its phrases, one an entry (a misspelt concept is a compile error). */
export type Words = { readonly [C in Concept]?: readonly Phrase[] };

/** Every concept's phrases, pooled over the languages: what the patterns are composed from. */
export type Vocabulary = Readonly<Record<Concept, readonly Phrase[]>>;
