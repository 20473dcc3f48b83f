import type { Words } from './types.js';

/** Polish. */
export const pl: Words = {
  ui: ['reklama', 'czytaj więcej'],
  share: ['udostępnij'],
  bylineLabels: ['autor', 'autorka'],
  pictureWords: ['zdjęcie', 'obraz', 'awatar', 'avatar'],
  cookieVerbs: ['używamy', 'akceptuj'],
  cookieOpeners: ['używamy'],
  phoneWords: ['telefon'],
  updateLabels: ['zaktualizowano', 'aktualizacja', 'zmieniono'],
  memberSinceLabels: ['dołączył', 'dołączyła', 'rejestracja'],
  threadStarterLabels: ['autor wątku', 'autor tematu'],
  memberPostLabels: ['posty', 'postów'],
};
