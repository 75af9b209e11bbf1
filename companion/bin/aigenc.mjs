#!/usr/bin/env node
// The `aigenc` command. Runs the built companion (dist/aigenc.mjs, made by `pnpm build`) when it
// is newer than every source file; otherwise loads the TypeScript sources through tsx, so a
// checkout runs with no build step and an edited source is never shadowed by an old build.
import { readdirSync, statSync } from 'node:fs';

const here = new URL('../', import.meta.url);
const built = new URL('dist/aigenc.mjs', here);
const sources = [new URL('src/', here), new URL('../shared/src/', here), new URL('package.json', here)];

function newestChange(url) {
  const stat = statSync(url, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(url, { recursive: true })) {
    newest = Math.max(newest, statSync(new URL(entry, url)).mtimeMs);
  }
  return newest;
}

const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
let main;
if (builtAt > 0 && sources.every((url) => newestChange(url) <= builtAt)) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('src/cli/main.ts', here).href));
}
process.exitCode = await main(process.argv.slice(2));
