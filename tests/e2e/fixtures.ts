/**
 * Test fixtures: a companion process, and Chromium with the built extension loaded, its id read
 * from the service worker and the companion's port written to the extension's storage.
 * Pages the tests need are served from loopback or `context.route()`; nothing reaches the internet.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { REPO_ROOT, startCompanion, type CompanionProcess } from '../support/companion.ts';

export const EXTENSION_DIR = join(REPO_ROOT, 'extension', '.output', 'chrome-mv3');
export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Fixtures {
  companion: CompanionProcess;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  openPopup: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  companion: async ({}, use) => {
    const companion = await startCompanion({
      env: {
        // Credentials that only show up as connections, aimed at a closed loopback port: nothing in
        // these tests may reach the internet, even by accident.
        NAVER_SEARCHAD_BASE_URL: 'http://127.0.0.1:9',
        COUPANG_PARTNERS_BASE_URL: 'http://127.0.0.1:9',
        NAVER_SEARCHAD_API_KEY: 'e2e-api-key',
        NAVER_SEARCHAD_SECRET_KEY: 'e2e-secret-key',
        NAVER_SEARCHAD_CUSTOMER_ID: '1234567',
        COUPANG_PARTNERS_ACCESS_KEY: 'e2e-access',
        COUPANG_PARTNERS_SECRET_KEY: 'e2e-secret',
      },
    });
    await use(companion);
    await companion.stop();
    companion.cleanup();
  },

  // eslint-disable-next-line no-empty-pattern -- as above.
  context: async ({}, use) => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH.`);
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
      throw new Error(`Build the extension first (${EXTENSION_DIR} is missing).`);
    const profile = mkdtempSync(join(tmpdir(), 'aigenc-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'ko-KR',
      // On Linux Chromium's UI language (and so the extension's _locales) follows these, not --lang.
      env: { ...process.env, LANGUAGE: 'ko', LANG: 'ko_KR.UTF-8' },
      viewport: { width: 420, height: 640 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPopup: async ({ context, serviceWorker, extensionId, companion }, use) => {
    await serviceWorker.evaluate(async (port) => {
      // Runs inside the extension's service worker, where `chrome` exists.
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ companionPort: port });
    }, companion.port);
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

export const expect = test.expect;

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
