#!/usr/bin/env node
// The `lodestone` command line (package bin): `npx lodestone --db W <command> ...`.
// Runs the TypeScript CLI (cli/main.ts) through tsx, so it works from a checkout after
// `npm install` with no build step. See `lodestone --help` and shared interfaces.md.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
