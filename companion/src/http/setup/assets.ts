/**
 * The setup page's script and stylesheet. The built companion carries both. Run from its sources,
 * they are built once per process by build-client.ts in a child process: Vite is a build tool, and
 * the companion should not carry its few hundred megabytes for the rest of its life.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BUNDLE } from '../../bundle.ts';
import type { SetupAssets } from './build-client.ts';

export type { SetupAssets };

const run = promisify(execFile);
let pending: Promise<SetupAssets> | null = null;

async function bundle(): Promise<SetupAssets> {
  if (BUNDLE) return { script: BUNDLE.setupScript, style: BUNDLE.setupStyle };
  const builder = fileURLToPath(new URL('./build-client.ts', import.meta.url));
  const { stdout } = await run(process.execPath, ['--import', import.meta.resolve('tsx'), builder], {
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as SetupAssets;
}

export function loadSetupAssets(): Promise<SetupAssets> {
  pending ??= bundle().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
