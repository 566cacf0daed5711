#!/usr/bin/env node
// The verifier is TypeScript run without a build step: register tsx's loader, then run the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/dossiers/verify/dossier-cli.ts');
process.exitCode = await main(process.argv.slice(2));
