/**
 * Chromium with the built extension loaded, as the e2e suite and the benchmark both need it: the
 * system browser (never a download), a fresh profile, the flags that keep it off the network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { REPO_ROOT } from './companion.ts';

export const EXTENSION_DIR = join(REPO_ROOT, 'extension', '.output', 'chrome-mv3');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium in Korean (the default) or English: the extension's UI language follows the browser's.
 * A fresh profile is a fresh install, so the extension opens its first-run guide; it is closed
 * here unless `keepWelcome` (the guide's own tests), so other tests start with no extra tab.
 */
export async function launchWithExtension(
  language: 'ko' | 'en' = 'ko',
  extensionDir = EXTENSION_DIR,
  { keepWelcome = false }: { keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH.`);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`Build the extension first (${extensionDir} is missing).`);
  const profile = mkdtempSync(join(tmpdir(), 'aigenc-browser-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: language === 'ko' ? 'ko-KR' : 'en-US',
    // On Linux Chromium's UI language (and so the extension's _locales) follows these, not --lang.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 420, height: 640 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  if (!keepWelcome) await (await welcomePage(context)).close();
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The first-run guide's tab, once the extension has opened it (a new tab's address comes a moment later). */
export async function welcomePage(context: BrowserContext, timeoutMs = 15_000): Promise<Page> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the extension did not open its first-run guide');
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Writes the extension's storage from inside its service worker. */
export async function setExtensionStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set(values);
  }, items);
}
