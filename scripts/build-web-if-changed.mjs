#!/usr/bin/env node
// Builds the web app only when what it is built from changed since the last build, so that
// `npm start` starts in a second instead of rebuilding (about 9 s) every time. The fingerprint
// is a hash of the contents of every input file (the web app's sources and configuration, the
// engine it bundles with its model, and the lock file), kept next to the build in dist/.
//
//   node scripts/build-web-if-changed.mjs           build if needed
//   node scripts/build-web-if-changed.mjs --check   exit 1 when a build is needed, build nothing
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Both overridable so a test can play the script on a small tree of its own.
const root = process.env.EMPATHIE_BUILD_ROOT || fileURLToPath(new URL('..', import.meta.url));
const buildCommand = process.env.EMPATHIE_WEB_BUILD_COMMAND;
const dist = join(root, 'packages/web/dist');
const stampFile = join(dist, '.build-stamp');

/** What the build reads: a file, or a folder taken whole (tests and benches do not count). */
const inputs = [
  'packages/web/index.html',
  'packages/web/package.json',
  'packages/web/tsconfig.json',
  'packages/web/vite.config.ts',
  'packages/web/public',
  'packages/web/src',
  'packages/engine/package.json',
  'packages/engine/src',
  'packages/engine/models',
  'package-lock.json',
];
const skipped = /\.test\.tsx?$/;

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (skipped.test(entry.name) ? [] : filesUnder(join(path, entry.name))));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesUnder(join(root, input))) {
      hash.update(relative(root, file).split(sep).join('/'));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built =
  existsSync(join(dist, 'index.html')) && existsSync(stampFile)
    ? readFileSync(stampFile, 'utf8').trim()
    : null;

if (built === current) {
  console.log('web app: up to date, not rebuilt');
  process.exit(0);
}
if (process.argv.includes('--check')) {
  console.log('web app: sources changed since the last build');
  process.exit(1);
}
console.log(built ? 'web app: sources changed, building' : 'web app: no build yet, building');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = buildCommand
  ? spawnSync(buildCommand, { cwd: root, stdio: 'inherit', shell: true })
  : spawnSync(npm, ['run', 'build', '-w', '@empathie/web'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// Written after the build, from the fingerprint taken before it: a file saved during the build
// makes the next start build again rather than serve a stale app.
writeFileSync(stampFile, `${current}\n`);
