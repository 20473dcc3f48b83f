import type { Words } from './types.js';

/** Russian. */
export const ru: Words = {
  ui: ['реклама', 'читать далее', 'подписаться'],
  share: ['поделиться'],
  widgetHeadings: ['читайте также'],
  readingTime: ['время чтения'],
  bylineLabels: ['автор'],
  pictureWords: ['фото', 'изображение', 'аватар'],
  sourceLabels: ['источник'],
  commentVerbs: ['пишет'],
  cookieOpeners: ['мы используем', 'используем'],
  cookieNames: ['файлы cookie', 'cookie-файлы'],
  signUpImperatives: ['подпишитесь'],
  newsletterOwners: ['наш', 'нашу'],
  newsletterNames: ['рассылку'],
  phoneWords: ['телефон'],
  outOf: ['из'],
  updateLabels: ['обновлено', 'изменено', 'обновлён', 'обновлена'],
  memberSinceLabels: ['регистрация', 'зарегистрирован', 'на форуме с'],
  questionLabels: ['задан', 'задан вопрос'],
  threadStarterLabels: ['автор темы', 'топикстартер'],
  memberPostLabels: ['сообщений', 'сообщения'],
};
