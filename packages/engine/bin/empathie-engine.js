#!/usr/bin/env node
// `analyze` runs prebuilt JavaScript when it can (`prebuilt.js`: bundled by esbuild, rebuilt when
// a source changed); everything else, and `analyze` where no bundle can be built, runs the
// TypeScript without a build step: register tsx's loader, then run the CLI.
const command = process.argv[2];
const prebuilt =
  command === 'analyze' ? await (await import('./prebuilt.js')).loadPrebuilt() : null;
if (prebuilt !== null) {
  process.exitCode = await prebuilt.analyzeCommand(process.argv.slice(3));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
