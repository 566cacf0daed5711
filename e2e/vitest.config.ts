import { defineConfig } from 'vitest/config';

// Journeys drive one real browser against one real server: run them one file at a time so two
// browsers never fight over two cores, and give each step the time a real page needs.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('.', import.meta.url).pathname,
    include: ['journeys/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
