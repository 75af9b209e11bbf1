/**
 * The setup page's script and stylesheet. The built companion carries both; run from its sources,
 * they are built once per process (build-client.ts, loaded only then: Vite is a build tool).
 */
import { BUNDLE } from '../../bundle.ts';

import type { SetupAssets } from './build-client.ts';

export type { SetupAssets };

let pending: Promise<SetupAssets> | null = null;

async function bundle(): Promise<SetupAssets> {
  if (BUNDLE) return { script: BUNDLE.setupScript, style: BUNDLE.setupStyle };
  const { buildSetupClient } = await import('./build-client.ts');
  return buildSetupClient();
}

export function loadSetupAssets(): Promise<SetupAssets> {
  pending ??= bundle().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
