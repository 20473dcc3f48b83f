import type { Words } from './types.js';

/** Dutch. */
export const nl: Words = {
  ui: ['advertentie', 'lees meer'],
  share: ['delen'],
  authorBoxOpeners: ['Over'],
  readingTime: ['leestijd'],
  stampLineWords: ['door', 'op', 'gepubliceerd'],
  bylineLabels: ['door', 'geschreven door', 'auteur'],
  pictureWords: ['afbeelding', 'foto', 'avatar', 'profielfoto'],
  authorPictureOpeners: ['foto van', 'avatar van', 'profielfoto van'],
  cookieVerbs: ['gebruiken', 'accepteren'],
  cookieOpeners: ['we gebruiken'],
  newsletterOwners: ['onze'],
  newsletterNames: ['nieuwsbrief'],
  updateLabels: ['bijgewerkt', 'gewijzigd', 'laatst bijgewerkt'],
  memberSinceLabels: ['lid sinds', 'geregistreerd'],
  threadStarterLabels: ['topicstarter', 'draadstarter'],
  memberPostLabels: ['berichten'],
};
