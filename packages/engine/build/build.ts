import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Browser ESM build: the engine code is one small module and the model a separate chunk that
// `loadEngine()` fetches on first use (esbuild code splitting on the dynamic import).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
function list(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? list(p) : [p];
  });
}
for (const file of list(outdir).sort()) {
  const bytes = readFileSync(file);
  console.log(
    `${file.slice(root.length + 1).padEnd(48)} ${kb(bytes.length).padStart(9)}  gzip ${kb(gzipSync(bytes).length)}`,
  );
}
