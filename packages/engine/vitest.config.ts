import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'train/**/*.test.ts'],
    // The model module is a 5 MB string: give the first import time on a busy machine.
    testTimeout: 30000,
  },
});
