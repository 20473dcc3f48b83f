import type { Words } from './types.js';

/** Portuguese. */
export const pt: Words = {
  ui: ['publicidade', 'leia mais'],
  share: ['compartilhar'],
  widgetHeadings: ['leia também', 'veja também'],
  authorBoxOpeners: ['Sobre', 'sobre'],
  readingTime: ['tempo de leitura'],
  publishedLabels: ['publicado'],
  dateLineLabels: ['atualizado'],
  dateLabelLinks: ['em'],
  stampLineWords: ['publicado', 'atualizado', 'por', 'em', 'às', 'de'],
  bylineLabels: ['por', 'autor', 'escrito por', 'publicado por', 'autora'],
  pictureWords: ['imagem', 'foto', 'avatar'],
  authorPictureOpeners: ['foto de', 'avatar de', 'imagem de'],
  sourceLabels: ['fonte'],
  commentVerbs: ['disse', 'escreveu'],
  signUpImperatives: ['inscreva-se'],
  newsletterOwners: ['nossa'],
  outOf: ['de'],
  updateLabels: ['atualizado', 'atualizada', 'modificado', 'última atualização'],
  memberSinceLabels: ['membro desde', 'registrado em', 'entrou', 'cadastro'],
  questionLabels: ['perguntada', 'perguntado'],
  threadStarterLabels: ['autor do tópico', 'criador do tópico'],
  memberPostLabels: ['mensagens'],
};
