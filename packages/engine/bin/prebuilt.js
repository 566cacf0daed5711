// `empathie-engine analyze` as prebuilt JavaScript: `cli/analyze.ts` and the engine bundled by
// esbuild into one module, which runs 3–7 % faster than the same code through tsx's loader.
// The bundle's first line records when its build started and the files it was built from; it is
// used only while none of them has changed since, and rebuilt otherwise (about 0.3 s), so an
// edited source is never answered by stale code. `npm install` builds it (`prepare`); where it
// cannot be built or written, the launcher runs the sources through tsx as before.
//
//   node bin/prebuilt.js     builds it now (what `npm run build:cli` and `prepare` run)
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'dist-cli', 'analyze.mjs');
const ENTRY = 'cli/analyze.ts';
const HEADER = '// empathie-engine analyze, built from ';
// Bumped when the way the bundle is built changes, so that older bundles are built again.
const FORMAT = 1;
// File times come from a coarse clock (a few milliseconds on Linux, seconds on some file
// systems): a file written up to this long before a build started counts as written after it.
const MARGIN_MS = 2000;

/**
 * The record on the bundle's first line, or null when there is no bundle or no record.
 * @returns {{ format: number, started: number, inputs: string[] } | null}
 */
function readStamp() {
  let fd;
  try {
    fd = openSync(OUT, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(1 << 20);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const head = buffer.toString('utf8', 0, length);
    const end = head.indexOf('\n');
    if (!head.startsWith(HEADER) || end < 0) return null;
    return JSON.parse(head.slice(HEADER.length, end));
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Whether the bundle was built, in this format, after every file it was built from last changed. */
function isFresh() {
  const stamp = readStamp();
  if (stamp === null || stamp.format !== FORMAT || !Array.isArray(stamp.inputs)) return false;
  const since = stamp.started - MARGIN_MS;
  for (const input of stamp.inputs) {
    let info;
    try {
      info = statSync(join(root, input));
    } catch {
      return false;
    }
    // The change time too: a file copied over with its old modification time (`cp -p`, an
    // archive) gets a new one, which no program can set back.
    if (info.mtimeMs >= since || info.ctimeMs >= since) return false;
  }
  return true;
}

/** Builds the bundle; false when esbuild is missing, the build fails or it cannot be written. */
export async function buildPrebuilt() {
  const started = Date.now();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const temporary = `${OUT}.${process.pid}.tmp`;
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      outfile: OUT,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    const stamp = JSON.stringify({ format: FORMAT, started, inputs });
    const code = result.outputFiles.find((f) => f.path === OUT);
    if (code === undefined) return false;
    mkdirSync(join(root, 'dist-cli'), { recursive: true });
    // Written aside, then renamed: a run started meanwhile reads the old bundle or the new one.
    writeFileSync(temporary, `${HEADER}${stamp}\n${code.text}`);
    renameSync(temporary, OUT);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/**
 * The prebuilt `analyzeCommand`, built first when missing or older than its sources; null when
 * it cannot be built (the caller then runs the sources through tsx).
 * @returns {Promise<null | { analyzeCommand: (argv: readonly string[]) => Promise<number> }>}
 */
export async function loadPrebuilt() {
  if (!isFresh() && !(await buildPrebuilt())) return null;
  return import(pathToFileURL(OUT).href);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (isFresh()) console.log(`${OUT} is up to date`);
  else if (await buildPrebuilt()) console.log(`built ${OUT}`);
  // Never a failed install: the launcher runs the sources through tsx without it.
  else console.warn(`could not build ${OUT}: empathie-engine analyze will run through tsx`);
}
