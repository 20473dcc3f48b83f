/**
 * The author's picture by the story, as a dump prints it by its alternative text (`Picture of
 * Jane Doe`, `Jane Doe's avatar`): the byline's above the story, the author box's under it. Read
 * where no line by the headline names the author: a dump's headline is often no story's line
 * (a teaser's, a later section's), and the picture stands by the story wherever its headline is.
 */
import type { ScoredBlock } from '../model/index.js';
import { AUTHOR_PICTURE } from '../vocab/index.js';
import { BYLINE_LINE_MAX_CHARS, NAME_LINE_MAX_WORDS, STORY_PICTURE_REACH } from '../settings.js';
import { pictureName } from './dump-byline.js';
import { titleWords } from './title-evidence.js';

/** The name of the author's picture nearest the story's kept blocks, before them or after, or null where none stands by them. */
export function storyPictureName(blocks: readonly ScoredBlock[], stopwords: ReadonlySet<string>, headline: string | null): string | null {
  const said = new Set(headline === null ? [] : titleWords(headline));
  const first = blocks.findIndex((b) => b.label === 'keep');
  if (first < 0) return null;
  let last = blocks.length - 1;
  while (blocks[last]!.label !== 'keep') last--;
  const reach = Math.max(STORY_PICTURE_REACH.before, STORY_PICTURE_REACH.after);
  for (let d = 1; d <= reach; d++) {
    for (const i of [d <= STORY_PICTURE_REACH.before ? first - d : -1, d <= STORY_PICTURE_REACH.after ? last + d : -1]) {
      const text = blocks[i]?.text;
      if (text === undefined || (text.length > BYLINE_LINE_MAX_CHARS && !AUTHOR_PICTURE.test(text))) continue;
      const name = personPictured(text, stopwords);
      // a picture of what the headline names is the story's (`A picture of Air Fryer Chicken Breast`)
      if (name !== null && !titleWords(name).every((w) => said.has(w))) return name;
    }
  }
  return null;
}

/**
 * The person an author's picture shows, its text read past an article (`A headshot of Cara
 * Dumaplin`); none where what it shows opens with a stopword (`Picture of a Sea Slug`: a thing)
 * or is one letter.
 */
function personPictured(text: string, stopwords: ReadonlySet<string>): string | null {
  const [first, ...rest] = text.trim().split(/\s+/);
  let name = pictureName(text);
  // the article read as the name (`A` of `A headshot of …`): the text past it
  if ((name === null || name.length < 2) && stopwords.has(first!.toLowerCase())) name = pictureName(rest.join(' '));
  // a name opens with a capital or is a login, not an article (`a Sea Slug`)
  if (name === null || name.length < 2 || stopwords.has(name.split(' ')[0]!)) return null;
  // a person's name is a few words (`Laura / House Plant House`); more is a thing's (`Ridiculously Good Air Fryer Chicken Breast`)
  return titleWords(name).length <= NAME_LINE_MAX_WORDS ? name : null;
}
