#!/usr/bin/env node
// `tallsjekk` — the command line. The core is TypeScript; tsx loads it in place (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
