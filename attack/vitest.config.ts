import { defineConfig } from 'vitest/config';

// Each attack file starts its own real server process: run them one at a time on our two cores.
export default defineConfig({
  test: {
    name: 'attack',
    root: new URL('.', import.meta.url).pathname,
    include: ['attacks/**/*.attack.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
