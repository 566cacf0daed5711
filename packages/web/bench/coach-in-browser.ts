// Measures, in Debian's Chromium, what the composer's coach costs after a pause in typing
// (analysis of the draft + mark segmentation) for 280- and 2,800-character drafts, the engine's
// load time in the page, and the gzip sizes of the built app's chunks. Prints figures, never
// passes or fails on time. Run: npm run bench -w @empathie/web (after npm run build -w @empathie/web).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist', 'assets');

function bundleSizes(): void {
  console.log('Built web app (packages/web/dist/assets), gzip:');
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(join(dist, file));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `  ${file.padEnd(36)} ${kb(bytes.length).padStart(11)} raw ${kb(gzipSync(bytes).length).padStart(11)} gzip`,
    );
  }
}

// Our own sentences: a hurtful draft with the words the coach marks, padded with calm text.
const hurtful =
  'Tu es vraiment nul, ferme-la 🤬 et arrête de raconter des idioties à tout le monde. ';
const calm = 'Je voulais juste dire que la réunion de jeudi m’a laissé un goût amer, voilà. ';
const draftOf = (length: number) => {
  let text = hurtful;
  while (text.length < length) text += calm;
  return text.slice(0, length);
};

const inPage = `async (texts) => {
  const started = performance.now();
  const module = await import('/entry.js');
  const engine = await module.loadEngine();
  const loadMs = performance.now() - started;
  const result = {};
  for (const [length, text] of Object.entries(texts)) {
    const once = () => module.segmentMarks(text, engine.analyze(text).spans);
    for (let i = 0; i < 30; i += 1) once();
    const times = [];
    let marks = 0;
    for (let i = 0; i < 200; i += 1) {
      const t0 = performance.now();
      marks = once().filter((s) => s.marked).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    result[length] = {
      median: times[Math.floor(times.length / 2)],
      p95: times[Math.floor(times.length * 0.95)],
      marks,
    };
  }
  return { loadMs, result };
}`;

async function main(): Promise<void> {
  bundleSizes();
  const out = await mkdtemp(join(tmpdir(), 'empathie-coach-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(here, 'coach-bench-entry.ts'), formats: ['es'], fileName: 'entry' },
    },
  });
  const server = createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>b</title>');
      return;
    }
    try {
      const body = await readFile(join(out, path.replace(/^\/+/, '')));
      const type = extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.EMPATHIE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const drafts = { 280: draftOf(280), 2800: draftOf(2800) };
    // Sent as source text: tsx would otherwise wrap functions with helpers the page lacks.
    const figures = (await page.evaluate(`(${inPage})(${JSON.stringify(drafts)})`)) as {
      loadMs: number;
      result: Record<string, { median: number; p95: number; marks: number }>;
    };
    console.log(`\nIn Chromium (headless, this machine):`);
    console.log(
      `  engine load (fetch + decode the model, loopback): ${figures.loadMs.toFixed(0)} ms`,
    );
    for (const [length, f] of Object.entries(figures.result)) {
      console.log(
        `  ${length.padStart(4)} chars: analysis + marks median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms (${f.marks} marks; frame budget 16 ms; the composer waits 250 ms of quiet first)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
    await rm(out, { recursive: true, force: true });
  }
}

await main();
