import type { Words } from './types.js';

/** Spanish. */
export const es: Words = {
  ui: ['publicidad', 'leer más', 'suscríbete'],
  share: ['compartir'],
  shareBar: ['compartir en'],
  widgetHeadings: ['te puede interesar', 'más noticias'],
  authorBoxOpeners: ['Sobre', 'sobre'],
  counterNouns: ['comentario', 'comentarios'],
  readingTime: ['tiempo de lectura'],
  publishedLabels: ['publicado'],
  dateLineLabels: ['actualizado'],
  dateLabelLinks: ['el'],
  stampLineWords: ['publicado', 'actualizado', 'por', 'el', 'de'],
  bylineLabels: ['por', 'autor'],
  sourceLabels: ['fuente'],
  commentVerbs: ['dice', 'dijo'],
  cookieVerbs: ['utilizamos', 'usamos', 'aceptar', 'navegación'],
  cookieOpeners: ['utilizamos', 'usamos'],
  signUpImperatives: ['suscríbete', 'suscribete'],
  newsletterOwners: ['nuestro'],
  newsletterNames: ['boletín'],
  phoneWords: ['teléfono'],
  creditLineOpeners: ['fuente', 'compartir'],
  outOf: ['de'],
  updateLabels: ['actualizado', 'actualizada', 'modificado', 'última actualización'],
  memberSinceLabels: ['registrado', 'miembro desde', 'se unió', 'fecha de registro'],
};
