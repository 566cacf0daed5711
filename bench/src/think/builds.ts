import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_DIR = join(ROOT, 'packages', 'web');
export const ENGINE_DIR = join(ROOT, 'packages', 'engine');

/**
 * Builds the web app into `outDir`, a folder of the bench's own: the shared `packages/web/dist`
 * may be in use by a journey run, and the bench must measure the tree as it is now.
 */
export async function buildWebApp(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: WEB_DIR,
    logLevel: 'warn',
    // The model chunk is large on purpose (loaded on demand): its size is printed, not warned about.
    build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 8192 },
  });
}

/** The engine's browser build, with the options of `packages/engine/build/build.ts`. */
export async function buildEngine(outDir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ENGINE_DIR, 'src', 'index.ts')],
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Raw and gzip sizes of every `.js` file under `dir` (gzip at the default level, as servers do). */
export function jsSizes(dir: string): FileSize[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return walk(dir)
    .filter((p) => p.endsWith('.js'))
    .sort()
    .map((p) => {
      const bytes = readFileSync(p);
      return { file: relative(dir, p), raw: bytes.length, gzip: gzipSync(bytes).length };
    });
}
