#!/usr/bin/env node
// The engine is TypeScript run without a build step: register tsx's loader, then run the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
