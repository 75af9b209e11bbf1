/**
 * Builds the setup page's script and stylesheet from client/ with Vite and Preact, the extension's
 * toolchain, in memory: one IIFE script and one stylesheet, both served same-origin. The
 * companion's build (build.mjs) calls it; run as a script, it is how assets.ts builds them when the
 * sources run directly.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';

export interface SetupAssets {
  script: string;
  style: string;
}

export async function buildSetupClient(): Promise<SetupAssets> {
  const root = fileURLToPath(new URL('./client/', import.meta.url));
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      cssCodeSplit: false,
      reportCompressedSize: false,
      lib: {
        entry: 'main.tsx',
        formats: ['iife'],
        name: 'aigencSetup',
        fileName: () => 'setup.js',
        cssFileName: 'setup',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((output) => output.output);
  const script = files.find((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const style = files.find(
    (file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'),
  );
  if (!script || !style) throw new Error('the setup page build made no script or no stylesheet');
  return { script: script.code, style: String(style.source) };
}

// Run as a script (by assets.ts, from the sources): the built assets as JSON on stdout.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(await buildSetupClient()));
}
