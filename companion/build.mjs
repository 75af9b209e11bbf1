// Bundles the companion into dist/aigenc.mjs: one file, no TypeScript loader at run time, so it
// starts faster and uses less memory. The setup page's script and stylesheet are built into it,
// by the same code that builds them when the sources run directly (run with tsx for that import).
// Packages from node_modules stay external; the workspace's own `@aigenc/shared` is bundled in.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { loadSetupAssets } from './src/http/setup/assets.ts';

const manifest = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
// Build tools (devDependencies) are never loaded by the bundle: the setup page comes built in.
const external = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)].filter(
  (name) => !name.startsWith('@aigenc/'),
);
const { script, style } = await loadSetupAssets();

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
  define: { __AIGENC_BUNDLE__: JSON.stringify({ setupScript: script, setupStyle: style }) },
});
