import type { Words } from './types.js';

/** French. */
export const fr: Words = {
  ui: ['publicité', 'lire la suite', "s'abonner", 'connexion'],
  share: ['partager'],
  shareBar: ['partager sur'],
  widgetHeadings: ['à lire aussi', 'lire aussi', 'sur le même sujet'],
  authorBoxOpeners: ['À propos de'],
  counterNouns: ['commentaire', 'commentaires'],
  readingTime: ['temps de lecture'],
  dateLineLabels: ['mis à jour', 'publié le'],
  publicationStampLabels: ['publié'],
  dateLabelLinks: ['le'],
  stampLineWords: ['par', 'le', 'publié', 'mis', 'à', 'jour', 'de'],
  bylineLabels: ['par', 'auteur', 'écrit par', 'publié par', 'rédigé par', 'autrice'],
  authorPictureOpeners: ['photo de', 'avatar de', 'portrait de'],
  commentVerbs: ['dit', 'a écrit'],
  cookieVerbs: ['utilisons', 'accepter', 'navigation'],
  cookieOpeners: ['nous utilisons'],
  signUpImperatives: ['abonnez-vous'],
  newsletterOwners: ['notre'],
  newsletterNames: ['infolettre'],
  phoneWords: ['téléphone'],
  creditLineOpeners: ['partager'],
  outOf: ['de'],
  updateLabels: ['mis à jour', 'mise à jour', 'modifié', 'modifié le'],
  memberSinceLabels: ['inscrit le', 'inscrit', 'inscrite', 'membre depuis', 'inscription'],
};
