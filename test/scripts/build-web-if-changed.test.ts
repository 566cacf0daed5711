import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = new URL('../../scripts/build-web-if-changed.mjs', import.meta.url).pathname;

// `npm start` builds the web app only when what it is built from changed: played on a small tree
// of our own, with a "build" that only writes dist/index.html and counts how often it ran.
describe('npm start builds the web app only when its sources changed', () => {
  let root: string;
  const builds = () => Number(readFileSync(join(root, 'builds'), 'utf8') || '0');
  const start = () =>
    execFileSync('node', [script], {
      env: {
        ...process.env,
        EMPATHIE_BUILD_ROOT: root,
        EMPATHIE_WEB_BUILD_COMMAND:
          'mkdir -p packages/web/dist && echo app > packages/web/dist/index.html && echo $(( $(cat builds) + 1 )) > builds',
      },
      encoding: 'utf8',
    });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'empathie-start-'));
    mkdirSync(join(root, 'packages/web/src'), { recursive: true });
    mkdirSync(join(root, 'packages/engine/src'), { recursive: true });
    writeFileSync(join(root, 'packages/web/src/app.tsx'), 'export const a = 1;\n');
    writeFileSync(join(root, 'packages/engine/src/analyze.ts'), 'export const b = 2;\n');
    writeFileSync(join(root, 'packages/web/vite.config.ts'), 'export default {};\n');
    writeFileSync(join(root, 'builds'), '0');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds the first time, then starts without building', () => {
    expect(start()).toMatch(/no build yet/);
    expect(start()).toMatch(/up to date/);
    expect(builds()).toBe(1);
  });

  it('does not rebuild for a file only touched, nor for a test beside the code', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'packages/web/src/app.tsx'), later, later);
    writeFileSync(join(root, 'packages/web/src/app.test.tsx'), 'it("x", () => {});\n');
    expect(start()).toMatch(/up to date/);
    expect(builds()).toBe(1);
  });

  it('rebuilds once after a change in the web app, its configuration or the engine it bundles', () => {
    for (const file of [
      'packages/web/src/app.tsx',
      'packages/web/vite.config.ts',
      'packages/engine/src/analyze.ts',
    ]) {
      writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}// changed\n`);
      expect(start()).toMatch(/sources changed/);
      expect(start()).toMatch(/up to date/);
    }
    expect(builds()).toBe(4);
  });

  it('rebuilds when the build itself is gone', () => {
    rmSync(join(root, 'packages/web/dist'), { recursive: true });
    expect(start()).toMatch(/no build yet/);
    expect(builds()).toBe(5);
  });
});
