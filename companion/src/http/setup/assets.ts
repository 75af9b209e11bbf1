/**
 * The setup page's script and stylesheet. The built companion carries both; run from its sources,
 * the script is TypeScript bundled once per process with esbuild (it ships with the companion).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE } from '../../bundle.ts';

export interface SetupAssets {
  script: string;
  style: string;
}

let pending: Promise<SetupAssets> | null = null;

async function bundle(): Promise<SetupAssets> {
  if (BUNDLE) return { script: BUNDLE.setupScript, style: BUNDLE.setupStyle };
  const entry = fileURLToPath(new URL('./client/main.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const style = await readFile(new URL('./client/setup.css', import.meta.url), 'utf8');
  return { script, style };
}

export function loadSetupAssets(): Promise<SetupAssets> {
  pending ??= bundle().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
