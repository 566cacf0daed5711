import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One Vitest run covers every package. A package that has its own vitest.config.ts (or a Vite
// config, for the web app's plugins) keeps it; one that has none gets the house defaults:
// `*.test.ts` beside the code.
//
// Test files of a worker share one module graph (`isolate: false`): loading the server's graph
// (Hono, Kysely, Fedify, the engine's model) again for every file took most of the suite's time,
// about three times what the tests themselves take. It is safe here because no test file
// replaces a module (`vi.mock`), one that stubs a global restores it in its own `afterAll`, and
// in-process HTTP servers keep the global Request and Response (`overrideGlobalObjects: false`);
// state a test file leaves behind lives in its own app and database, never in a module.
function project(name: string, dir: string, environment: 'node' | 'jsdom' = 'node') {
  const own = [`${dir}/vitest.config.ts`, `${dir}/vite.config.ts`].find((file) => existsSync(file));
  if (own) return { extends: own, test: { name, root: dir, isolate: false } };
  return {
    test: {
      name,
      root: dir,
      isolate: false,
      environment,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'train/**/*.test.ts'],
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      project('engine', './packages/engine'),
      project('server', './packages/server'),
      project('web', './packages/web'),
      // Rules about the code base as a whole (e.g. no plain-object lookup tables).
      { test: { name: 'repo', root: '.', include: ['test/**/*.test.ts'] } },
    ],
  },
});
