import { defineConfig } from 'vitest/config';

// The bench's own helpers are tested apart from the packages: `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({
  test: {
    name: 'bench',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
  },
});
