import type { Words } from './types.js';

/** German. */
export const de: Words = {
  ui: ['anzeige', 'werbung', 'weiterlesen', 'mehr lesen', 'abonnieren', 'anmelden'],
  share: ['teilen'],
  shareBar: ['artikel teilen'],
  widgetHeadings: ['weitere artikel', 'mehr zum thema', 'das könnte sie auch interessieren'],
  authorBoxOpeners: ['Über', 'ÜBER'],
  counterNouns: ['kommentar', 'kommentare'],
  readingTime: ['lesezeit'],
  publishedLabels: ['veröffentlicht'],
  dateLineLabels: ['aktualisiert'],
  dateLabelLinks: ['am'],
  stampLineWords: ['von', 'um', 'uhr', 'veröffentlicht', 'aktualisiert'],
  bylineLabels: ['von', 'autor', 'geschrieben von', 'verfasst von', 'autorin', 'autoren'],
  sourceLabels: ['quelle'],
  commentVerbs: ['schreibt', 'schrieb'],
  cookieVerbs: ['verwenden', 'nutzen', 'akzeptieren'],
  cookieOpeners: ['wir verwenden', 'wir nutzen'],
  signUpImperatives: ['jetzt abonnieren', 'hier abonnieren', 'kostenlos abonnieren'],
  newsletterOwners: ['unsere', 'unseren'],
  newsletterQualifiers: ['kostenlosen'],
  phoneWords: ['telefon'],
  pictureLabels: ['foto', 'bild'],
  pictureTags: ['foto', 'bild'],
  creditLineOpeners: ['foto', 'bild', 'quelle', 'teilen'],
  outOf: ['von'],
};
