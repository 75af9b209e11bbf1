// Bundles the companion into dist/aigenc.mjs: one file, no TypeScript loader at run time, so it
// starts faster and uses less memory. The setup page's script and stylesheet are built into it.
// Packages from node_modules stay external; the workspace's own `@aigenc/shared` is bundled in.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const manifest = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@aigenc/'));

const client = await build({
  entryPoints: [new URL('./src/http/setup/client/main.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const setupStyle = await readFile(new URL('./src/http/setup/client/setup.css', import.meta.url), 'utf8');

await build({
  entryPoints: [new URL('./src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('./dist/aigenc.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    __AIGENC_BUNDLE__: JSON.stringify({ setupScript: client.outputFiles[0].text, setupStyle }),
  },
});
