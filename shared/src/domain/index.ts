/**
 * Pure domain functions both sides need. No I/O: safe in the service worker, the popup and Node.
 */
export {};
