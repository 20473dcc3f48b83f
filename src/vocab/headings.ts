import type { Words } from './words/index.js';
import { anyOf, compile } from './fragments.js';

/** Headings that open something other than a part of the story. */
export function headingPatterns(w: Words) {
  return {
    /** A heading that opens a widget: `Related`, `Weitere Artikel`, `Читайте также`. */
    WIDGET_HEADING: compile('iu', '^', anyOf(w.widgetHeadings), String.raw`(?![\p{L}\p{N}])`),
    /** The heading of an author box: `About Jane Doe`, `Über Moritz Bachmann`, `Sobre Carlos Nadalim`. */
    AUTHOR_BOX_HEADING: compile(
      'u',
      `^${anyOf(w.authorBoxOpeners)} `,
      String.raw`(?:${anyOf(w.authorBoxSubjects)}|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$`,
    ),
  };
}
