/**
 * WXT build config (runs in Node at build time). The manifest `key` pins the extension id that
 * the companion allows; permissions stay minimal and loopback is the only host.
 *
 * AIGENC_STORE_BUILD=1 (set by the root `package` script) builds the Chrome Web Store upload
 * instead, into .output-store: the store assigns its own id and refuses a manifest with `key`, so
 * that build drops it; neither build has source maps.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { EXTENSION_PUBLIC_KEY } from '@aigenc/shared/identity';
import { SITE_FAMILIES, familyMatches } from '@aigenc/shared/domain';

const store = process.env['AIGENC_STORE_BUILD'] === '1';

/**
 * The pages' shared views (status, pairing, tabs, problems, formats) in one chunk: a chunk per
 * small shared module would cost the popup a
 * request and a compression of its own each, and the popup has a budget. The background script is
 * one file (its build inlines every import) and is left alone.
 */
function sharedViews(): Plugin {
  const shared = /[\\/]extension[\\/]src[\\/](ui|features[\\/](status|pairing))[\\/]/;
  // Not a view, and it imports the shared domain: in the chunk it would draw the domain's modules
  // (the bulk list's and the store's among them) into every page's first load.
  const notAView = /[\\/]ui[\\/]link-text\.ts$/;
  return {
    name: 'aigenc-shared-views',
    outputOptions(options) {
      if (options.inlineDynamicImports) return null;
      const chunk = (id: string) => (shared.test(id) && !notAView.test(id) ? 'common' : undefined);
      return { ...options, manualChunks: chunk };
    },
  };
}

export default defineConfig({
  vite: () => ({ plugins: [preact(), sharedViews()], build: { sourcemap: false } }),
  outDir: store ? '.output-store' : '.output',
  zip: { name: 'aigenc-lens', artifactTemplate: '{{name}}-{{version}}-chrome-webstore.zip', exclude: ['**/*.map'] },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (store) delete manifest.key;
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    key: EXTENSION_PUBLIC_KEY,
    // scripting only reads the selection of the tab activeTab grants; no host permission beyond loopback.
    // clipboardWrite: the Coupang link is copied as the popup opens (auto-copy), before any click.
    // contextMenus, sidePanel and alarms: the "look up" menu, the side panel, the badge's countdown.
    permissions: ['storage', 'activeTab', 'scripting', 'clipboardWrite', 'contextMenus', 'sidePanel', 'alarms'],
    host_permissions: ['http://127.0.0.1/*'],
    // The in-page panel's sites, each asked for only when the person switches its family on in the
    // options (and given back when switched off); the content script is registered at run time.
    optional_host_permissions: SITE_FAMILIES.flatMap(familyMatches),
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+K' }, description: '__MSG_commandOpen__' },
    },
  },
});
