import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core CI
    // machine. The CLI tests mostly wait on child processes, so two workers overlap them with
    // the CPU-bound files.
    maxWorkers: 2,
    hookTimeout: 60_000,
  },
});
