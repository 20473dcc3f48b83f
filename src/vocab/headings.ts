import type { Vocabulary } from './words/index.js';
import { anyOf, compile, opening } from './fragments.js';

/** Headings that open something other than a part of the story. */
export function headingPatterns(w: Vocabulary) {
  return {
    /** A heading that opens a widget: `Related`, `Weitere Artikel`, `Читайте также`. */
    WIDGET_HEADING: compile('iu', opening(anyOf(w.widgetHeadings))),
    /** The heading of an author box: `About Jane Doe`, `Über Moritz Bachmann`, `Sobre Carlos Nadalim`. */
    AUTHOR_BOX_HEADING: compile(
      'u',
      `^${anyOf(w.authorBoxOpeners)} `,
      String.raw`(?:${anyOf(w.authorBoxSubjects)}|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$`,
    ),
  };
}
