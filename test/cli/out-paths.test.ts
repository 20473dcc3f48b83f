import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/cli/expand.js';
import { planOutputs } from '../../src/cli/out-paths.js';

const file = (root: string, relative: string): InputFile => ({ path: `${root}/${relative}`, relative, root });

/** Each input's planned stem, or `clash:` and the input it collides with. */
function stems(files: InputFile[]): string[] {
  const plan = planOutputs(files);
  return files.map((f) => {
    const planned = plan.get(f)!;
    return 'stem' in planned ? planned.stem : `clash:${planned.clashesWith.path}`;
  });
}

describe('output paths below --out-dir', () => {
  it('mirror the input tree, without .gz and the extension, when nothing collides', () => {
    expect(stems([file('scraped', 'a.html'), file('scraped', 'sub/b.html.gz'), file('scraped', 'c.txt'), file('scraped', 'noext')])).toEqual(['a', 'sub/b', 'c', 'noext']);
  });

  it('x.html beside x.html.gz, and story.html beside story.txt, keep their whole names', () => {
    expect(stems([file('d', 'x.html'), file('d', 'x.html.gz'), file('d', 'story.html'), file('d', 'story.txt'), file('d', 'other.html')])).toEqual([
      'x.html', 'x.html.gz', 'story.html', 'story.txt', 'other',
    ]);
  });

  it('one name below two input folders goes below each folder’s path', () => {
    expect(stems([file('a', 'page.html'), file('b', 'page.html'), file('../x/c', 'page.html')])).toEqual(['a/page.html', 'b/page.html', 'x/c/page.html']);
  });

  it('a whole name that meets another input’s mirrored name is resolved too', () => {
    const planned = stems([file('d', 'x.html'), file('d', 'x.txt'), file('d', 'x.html.md')]);
    expect(new Set(planned).size).toBe(3);
  });

  it('the same file given twice: the first keeps the name, the second fails naming it', () => {
    expect(stems([file('a', 'page.html'), file('a', 'page.html')])).toEqual(['page', 'clash:a/page.html']);
  });

  it('is deterministic: the same inputs give the same paths, whatever else the run holds', () => {
    const inputs = [file('a', 'page.html'), file('b', 'page.html'), file('a', 'x.html'), file('a', 'x.html.gz')];
    expect(stems(inputs)).toEqual(stems(inputs.map((f) => ({ ...f }))));
  });
});
