import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';

describe('colour of the explain view', () => {
  it('on a terminal by default, not in a pipe or a file', () => {
    expect(useColor('auto', {}, true)).toBe(true);
    expect(useColor('auto', {}, false)).toBe(false);
  });

  it('NO_COLOR and TERM=dumb turn it off; FORCE_COLOR turns it on, unless 0 or false', () => {
    expect(useColor('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor('auto', { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor('auto', { TERM: 'dumb' }, true)).toBe(false);
    expect(useColor('auto', { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(useColor('auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
  });

  it('--color always and never override everything', () => {
    expect(useColor('always', { NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(useColor('never', { FORCE_COLOR: '3' }, true)).toBe(false);
  });
});
