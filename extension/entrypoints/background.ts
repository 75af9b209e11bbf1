import { defineBackground } from 'wxt/utils/define-background';

// The service worker. It has no work of its own yet: the popup talks to the companion directly.
// Context menus, the badge and the side panel arrive here as thin wiring to src/features.
export default defineBackground(() => undefined);
