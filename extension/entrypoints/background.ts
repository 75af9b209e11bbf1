import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/features/entry-points/background.ts';
import { startOverlayWorker } from '../src/features/overlay/start-worker.ts';
import { loadCompanionState } from '../src/features/status/companion-state.ts';
import { uiLanguage } from '../src/platform/browser.ts';
import { browserCapabilities } from '../src/platform/extension-ui.ts';
import { companionPortItem, companionTokenItem } from '../src/platform/storage.ts';

// The service worker: the context menu, the badge kept in step with the companion's state, and the
// in-page panel's requests.
export default defineBackground(() => {
  startBackground(
    browserCapabilities(async () => {
      const [port, token] = await Promise.all([companionPortItem.getValue(), companionTokenItem.getValue()]);
      const state = await loadCompanionState({ port, token, language: uiLanguage(), timeoutMs: 3_000 });
      if (state.kind === 'ready') return { kind: 'ready' };
      if (state.kind === 'unpaired') return { kind: 'unpaired' };
      return { kind: 'offline' };
    }),
  );
  startOverlayWorker();
});
