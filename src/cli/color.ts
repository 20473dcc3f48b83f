export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * Whether to colour the explain view, by the conventions terminal tools share: `--color
 * always|never` first; then `FORCE_COLOR` (set and not empty: on, unless `0` or `false`), then `NO_COLOR` (any
 * non-empty value: off), `TERM=dumb` (off), and last whether stdout is a terminal. Output to a
 * file is coloured only when asked with `always`. Decided here once, since the worker threads
 * that render see no terminal.
 */
export function useColor(choice: ColorChoice, env: NodeJS.ProcessEnv, toTerminal: boolean): boolean {
  if (choice !== 'auto') return choice === 'always';
  const force = env.FORCE_COLOR;
  if (force) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return toTerminal;
}
