import type { Words } from './types.js';

/** Italian. */
export const it: Words = {
  ui: ['pubblicità', 'leggi anche'],
  share: ['condividi'],
  shareBar: ['condividi su'],
  widgetHeadings: ['leggi anche', 'potrebbe interessarti'],
  authorBoxOpeners: ['A proposito di'],
  readingTime: ['tempo di lettura'],
  dateLineLabels: ['pubblicato', 'aggiornato'],
  dateLabelLinks: ['il'],
  stampLineWords: ['di', 'il', 'pubblicato', 'aggiornato'],
  bylineLabels: ['di', 'scritto da', 'pubblicato da', 'autore', 'autrice', 'a cura di'],
  pictureWords: ['immagine', 'foto', 'avatar'],
  authorPictureOpeners: ['foto di', 'avatar di', 'immagine di'],
  sourceLabels: ['fonte'],
  commentVerbs: ['scrive', 'dice'],
  cookieVerbs: ['utilizziamo', 'accetta', 'navigazione'],
  cookieOpeners: ['utilizziamo'],
  signUpImperatives: ['iscriviti'],
  newsletterOwners: ['nostra'],
  newsletterNames: ['rassegna'],
  outOf: ['di'],
  updateLabels: ['aggiornato', 'aggiornata', 'modificato', 'ultimo aggiornamento'],
  memberSinceLabels: ['iscritto', 'iscritta', 'iscritto il', 'membro dal', 'registrato'],
  questionLabels: ['chiesto', 'chiesta'],
  threadStarterLabels: ['autore del topic', 'autore della discussione', 'autore del thread'],
};
