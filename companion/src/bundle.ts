import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the build (build.mjs) puts into dist/aigenc.mjs. Undefined when the sources run directly
 * through the TypeScript loader.
 */
interface BundleInfo {
  /** The setup page's script, already bundled and minified. */
  setupScript: string;
  setupStyle: string;
}

declare const __AIGENC_BUNDLE__: BundleInfo | undefined;

export const BUNDLE: BundleInfo | undefined = typeof __AIGENC_BUNDLE__ === 'undefined' ? undefined : __AIGENC_BUNDLE__;

/**
 * A path in the repository as a URL. This module sits one level below the package in both forms
 * (src/bundle.ts and dist/aigenc.mjs), so the same relative path works for each.
 */
function repoUrl(path: string): URL {
  return new URL(`../../${path}`, import.meta.url);
}

/**
 * The unpacked extension to load: the copy the installable package carries beside dist/ (see the
 * root `package` script), else the checkout's build.
 */
export function extensionFolder(): string {
  const packaged = fileURLToPath(new URL('../extension', import.meta.url));
  return existsSync(join(packaged, 'manifest.json'))
    ? packaged
    : fileURLToPath(repoUrl('extension/.output/chrome-mv3'));
}
