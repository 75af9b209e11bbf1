#!/usr/bin/env node
// The `aigenc` command. Loads the TypeScript sources through tsx, so a checkout runs after
// `pnpm install` with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
