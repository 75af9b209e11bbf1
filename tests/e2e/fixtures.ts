/**
 * Test fixtures: a companion process, and Chromium with the built extension loaded, its id read
 * from the service worker and the companion's port written to the extension's storage.
 * Pages the tests need are served from loopback or `context.route()`; nothing reaches the internet.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';
import { REPO_ROOT, startCompanion, type CompanionProcess } from '../support/companion.ts';

export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');

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
    const browser = await launchWithExtension();
    await use(browser.context);
    await browser.close();
  },

  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPopup: async ({ context, serviceWorker, extensionId, companion }, use) => {
    await setExtensionStorage(serviceWorker, { companionPort: companion.port });
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

/** A Chrome Web Store screenshot (1280x800): `pnpm package` takes these over docs/store's copies. */
export function storeShot(name: string): string {
  mkdirSync(join(ARTIFACTS, 'store'), { recursive: true });
  return join(ARTIFACTS, 'store', name);
}

/**
 * A fresh `aigenc demo` for every test of a file, accepting `token` as its pre-shared API token.
 * Returns a getter: the process exists once the test's hook has run.
 */
export function useDemoCompanion(token: string): () => CompanionProcess {
  let demo: CompanionProcess | undefined;
  test.beforeEach(async () => {
    demo = await startCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: token } });
  });
  test.afterEach(async () => {
    await demo?.stop();
    demo?.cleanup();
  });
  return () => {
    if (!demo) throw new Error('the demo companion is not started yet');
    return demo;
  };
}

/**
 * Chromium in a language, with the extension paired to a companion and a theme chosen, and the
 * popup open at 420×900 on a page given as popup.html's query (`q=…`, or `url=…&title=…`).
 */
export async function openPopup(options: {
  port: number;
  token: string;
  language: 'ko' | 'en';
  theme: 'light' | 'dark';
  page: string;
  /** Another of the extension's pages (`bulk.html`), at another size. */
  path?: string;
  viewport?: { width: number; height: number };
}): Promise<{ browser: Awaited<ReturnType<typeof launchWithExtension>>; popup: Page }> {
  const browser = await launchWithExtension(options.language);
  const worker = await extensionWorker(browser.context);
  const id = new URL(worker.url()).host;
  await setExtensionStorage(worker, {
    companionPort: options.port,
    companionToken: options.token,
    theme: options.theme,
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize(options.viewport ?? { width: 420, height: 900 });
  await popup.goto(`chrome-extension://${id}/${options.path ?? 'popup.html'}?${options.page}`);
  return { browser, popup };
}
