/**
 * The in-page panel and link button (issue 34), in Chromium with the built extension, each site at
 * its real address through `context.route()` and the companion on the official APIs' sandbox:
 * the first view of every search page kind, a query changed in place (history.pushState), the
 * panel folded and remembered, a family switched off, a look-alike host, the page's layout left as
 * it was, the Coupang link button, and what each costs the vendors.
 */
import { startSandbox, demoEnvironment, type RunningSandbox } from '@aigenc/companion';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { grantedExtension, overlayHost, registeredScripts, routeSites, setFamilies } from '../support/overlay.ts';
import { artifact } from './fixtures.ts';

const TOKEN = 'e2e-overlay-token-0123456789abcdefghijklmn';
const e = encodeURIComponent;

let sandbox: RunningSandbox;
let companion: CompanionProcess;
let extension: ReturnType<typeof grantedExtension>;

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  context: async ({}, use) => {
    const browser = await launchWithExtension('ko', extension.dir);
    await use(browser.context);
    await browser.close();
  },
  worker: async ({ context }, use) => {
    const worker = await extensionWorker(context);
    await setExtensionStorage(worker, { companionPort: companion.port, companionToken: TOKEN });
    await routeSites(context);
    await use(worker);
  },
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
});

test.beforeAll(async () => {
  extension = grantedExtension();
  sandbox = await startSandbox({ searchad: { minIntervalMs: 50 } });
  companion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
});
test.afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
  extension.remove();
});

/** Vendor calls so far: Search Ad keyword tool answers and Naver Search document counts. */
function vendorCalls(): { searchAd: number; documents: number } {
  const searchAd = sandbox.states.searchad.stats['searchad:ok'] ?? 0;
  const documents = Object.entries(sandbox.states.search.stats)
    .filter(([key]) => key.startsWith('search:ok:'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { searchAd, documents };
}

async function panelFor(page: Page, keyword: string) {
  const host = overlayHost(page, 'keyword');
  await expect(host.locator('section.panel h2')).toHaveText(keyword, { timeout: 15_000 });
  return host;
}

/** Chromium in a language and theme, paired, with families switched on (granted in this copy) and their script registered. */
async function browserWith(language: 'ko' | 'en', theme: 'light' | 'dark', families: string[]) {
  const browser = await launchWithExtension(language, extension.dir);
  const worker = await extensionWorker(browser.context);
  await routeSites(browser.context);
  await setExtensionStorage(worker, {
    companionPort: companion.port,
    companionToken: TOKEN,
    theme,
    overlayFamilies: families,
  });
  await expect.poll(async () => (await registeredScripts(worker)).length).toBe(families.length);
  return { browser, context: browser.context, worker };
}

test('a switched-on family shows the keyword panel on its search pages, PC and mobile, at a vendor cost of one lookup', async ({
  context,
  worker,
  extensionId,
}) => {
  await setFamilies(context, worker, extensionId, { 'naver-search': true, 'naver-shopping': true, coupang: true });
  expect(await registeredScripts(worker)).toEqual([
    'aigenc-overlay-coupang',
    'aigenc-overlay-naver-search',
    'aigenc-overlay-naver-shopping',
  ]);
  // At document idle: after the page's own parsing and loading.
  expect(
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ runAt?: string }>> } };
      };
      return [...new Set((await chrome.scripting.getRegisteredContentScripts()).map((s) => s.runAt))];
    }),
  ).toEqual(['document_idle']);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const pages = [
    [
      `https://search.naver.com/search.naver?where=nexearch&sm=top_hty&fbm=0&ie=utf8&query=${e('캠핑의자')}`,
      '캠핑의자',
    ],
    [`https://m.search.naver.com/search.naver?sm=mtp_hty.top&where=m&query=${e('캠핑 의자')}`, '캠핑 의자'],
    [`https://search.shopping.naver.com/ns/search?query=${e('캠핑테이블')}`, '캠핑테이블'],
    [`https://search.shopping.naver.com/search/all?query=${e('텐트')}&cat_id=&frm=NVSHATC`, '텐트'],
    [`https://msearch.shopping.naver.com/search/all?query=${e('타프')}`, '타프'],
    [`https://www.coupang.com/np/search?component=&q=${e('캠핑의자')}&channel=user`, '캠핑의자'],
    [`https://m.coupang.com/nm/search?q=${e('캠핑 랜턴')}`, '캠핑 랜턴'],
  ] as const;
  for (const [url, keyword] of pages) {
    const spent = vendorCalls();
    await page.goto(url);
    const host = await panelFor(page, keyword);
    // A first view: one Search Ad answer (figures and related keywords) and the one document
    // count the default saturation rule needs (blog); a keyword seen before costs nothing.
    const seen = pages
      .slice(
        0,
        pages.findIndex(([u]) => u === url),
      )
      .some(([, k]) => k.replace(/ /g, '') === keyword.replace(/ /g, ''));
    const cost = vendorCalls();
    expect({ searchAd: cost.searchAd - spent.searchAd, documents: cost.documents - spent.documents }).toEqual(
      seen ? { searchAd: 0, documents: 0 } : { searchAd: 1, documents: 1 },
    );
    // Monthly searches with the exact figure, PC and mobile, competition, related keywords that search the same site.
    await expect(host.locator('.total strong')).not.toHaveText('');
    await expect(host.locator('dl.figures dd')).toHaveCount(3);
    const related = host.locator('ol.related a');
    expect(await related.count()).toBeGreaterThan(0);
    expect(await related.count()).toBeLessThanOrEqual(10);
    const href = new URL((await related.first().getAttribute('href'))!);
    expect(href.origin).toBe(new URL(url).origin);
    // An open shadow root on the marked host; nothing of ours in the page's own tree.
    expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    expect(await page.locator('body section.panel').count()).toBe(0);
  }
  await page.goto(pages[0][0]);
  await panelFor(page, '캠핑의자');
  await page.screenshot({ path: artifact('overlay-naver-search-ko-light.png') });

  // A repeat costs the vendors nothing: the same keywords again, in another tab.
  const before = vendorCalls();
  const again = await context.newPage();
  for (const [url, keyword] of pages.slice(0, 3)) {
    await again.goto(url);
    await panelFor(again, keyword);
  }
  expect(vendorCalls()).toEqual(before);
});

test('a query changed in place follows, the fold is remembered per site, and the page layout is untouched', async ({
  context,
  worker,
  extensionId,
}) => {
  await setFamilies(context, worker, extensionId, { 'naver-search': true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const url = `https://search.naver.com/search.naver?query=${e('캠핑의자')}`;
  await page.goto(url);
  const host = await panelFor(page, '캠핑의자');
  const layout = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('header, main, main li')).map((el) =>
        JSON.stringify(el.getBoundingClientRect()),
      ),
    );
  const withPanel = await layout();

  await page.evaluate(() => (window as unknown as { searchInPlace(q: string): void }).searchInPlace('텐트'));
  await panelFor(page, '텐트');
  await page.evaluate(() => (window as unknown as { searchInPlace(q: string): void }).searchInPlace('캠핑의자'));
  await panelFor(page, '캠핑의자');

  // Folded: a small pill with the keyword; on the next page of the site it stays folded.
  await host.getByRole('button', { name: '접기' }).click();
  await expect(host.locator('button.pill')).toContainText('캠핑의자');
  await page.screenshot({ path: artifact('overlay-naver-search-folded.png') });
  await page.goto(`https://search.naver.com/search.naver?query=${e('텐트')}`);
  await expect(overlayHost(page, 'keyword').locator('button.pill')).toContainText('텐트', { timeout: 15_000 });
  await overlayHost(page, 'keyword').locator('button.pill').click();
  await panelFor(page, '텐트');

  // Switched off: no script in those pages, and so no call; the layout is the page's own.
  await setFamilies(context, worker, extensionId, { 'naver-search': false });
  const plain = await context.newPage();
  await plain.setViewportSize({ width: 1280, height: 800 });
  await plain.goto(url);
  await plain.waitForTimeout(1_500);
  expect(await overlayHost(plain, 'keyword').count()).toBe(0);
  const without = await plain.evaluate(() =>
    Array.from(document.querySelectorAll('header, main, main li')).map((el) =>
      JSON.stringify(el.getBoundingClientRect()),
    ),
  );
  expect(withPanel).toEqual(without);
});

test('a look-alike host gets nothing, and a family left off gets nothing', async ({ context, worker, extensionId }) => {
  await setFamilies(context, worker, extensionId, { 'naver-search': true });
  const page = await context.newPage();
  for (const url of [
    `https://search.naver.com.example.kr/search.naver?query=${e('캠핑의자')}`,
    `https://search.shopping.naver.com/ns/search?query=${e('캠핑의자')}`,
    `https://www.coupang.com/np/search?q=${e('캠핑의자')}`,
  ]) {
    await page.goto(url);
    await page.waitForTimeout(1_000);
    expect(await page.locator('aigenc-overlay').count(), url).toBe(0);
  }
});

test('the link button on a Coupang product page makes the Partners link, copies it and shows it', async ({
  context,
  worker,
  extensionId,
}) => {
  await setFamilies(context, worker, extensionId, { coupang: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.coupang.com' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906');
  const host = overlayHost(page, 'coupang-link');
  await host.getByRole('button', { name: /링크 만들고 복사/ }).click();
  const field = host.locator('input.link-field');
  await expect(field).toHaveValue(/^https:\/\/link\.coupang\.com\/a\//, { timeout: 15_000 });
  await expect(host.getByRole('status')).toContainText('복사했습니다');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(await field.inputValue())).toBe(true);
  // The person's format (link + disclosure by default).
  expect(copied).toContain('쿠팡 파트너스 활동의 일환으로');
  expect(await overlayHost(page, 'keyword').count()).toBe(0);
  await page.screenshot({ path: artifact('overlay-coupang-link-ko-light.png') });
});

test('in English and dark: the 12-month line on a click, the side panel on the keyword, a problem in words', async () => {
  const { browser, context, worker } = await browserWith('en', 'dark', ['naver-shopping']);
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`https://search.shopping.naver.com/ns/search?query=${e('캠핑의자')}`);
    const host = await panelFor(page, '캠핑의자');
    expect(await host.getAttribute('data-theme')).toBe('dark');
    await expect(host.locator('.total')).toContainText('Monthly searches');
    await host.getByRole('button', { name: 'Show the 12-month trend' }).click();
    await expect(host.locator('.trend-chart svg path.line')).toHaveCount(1, { timeout: 15_000 });
    await page.screenshot({ path: artifact('overlay-naver-shopping-en-dark.png') });

    // The next page of the same keyword shows the line at once (kept by the companion for a day).
    await page.goto(`https://search.shopping.naver.com/search/all?query=${e('캠핑의자')}&frm=NVSHATC`);
    await expect((await panelFor(page, '캠핑의자')).locator('.trend-chart svg path.line')).toHaveCount(1);

    // The side panel, on the page's keyword.
    await overlayHost(page, 'keyword').getByRole('button', { name: 'Open the full view in the side panel' }).click();
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              storage: { session: { get(key: string): Promise<Record<string, { text: string } | undefined>> } };
            };
          };
          return (await chrome.storage.session.get('pendingLookup'))['pendingLookup']?.text;
        }),
      )
      .toBe('캠핑의자');

    // Not paired: the panel says so, and nothing reaches the vendors.
    await setExtensionStorage(worker, { companionToken: null });
    const before = vendorCalls();
    await page.goto(`https://search.shopping.naver.com/ns/search?query=${e('접이식 테이블')}`);
    const unpaired = await panelFor(page, '접이식 테이블');
    await expect(unpaired.locator('.problem')).toContainText(/pair/i);
    expect(vendorCalls()).toEqual(before);
    await page.screenshot({ path: artifact('overlay-unpaired-en-dark.png') });
  } finally {
    await browser.close();
  }
});

test('the page’s own scripts have no way to the extension, and the injected script carries no token', async ({
  context,
  worker,
  extensionId,
}) => {
  await setFamilies(context, worker, extensionId, { 'naver-search': true });
  const page = await context.newPage();
  await page.goto(`https://search.naver.com/search.naver?query=${e('캠핑의자')}`);
  await panelFor(page, '캠핑의자');
  // No externally_connectable: the page's world has no runtime to send with, and posting to the window reaches no one.
  expect(await page.evaluate(() => typeof (window as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe(
    'undefined',
  );
  const calls = vendorCalls();
  await page.evaluate(() => {
    for (let i = 0; i < 20; i++)
      window.postMessage({ type: 'overlay.view', url: location.href.replace('%EC%BA%A0', 'x') }, '*');
  });
  await page.waitForTimeout(500);
  expect(vendorCalls()).toEqual(calls);
  // Even our own script's world in the page (as a compromised page process would reach it) reads
  // nothing of the extension's storage: the worker keeps `storage.local` to trusted contexts.
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const isolated = worlds.find((world) => world.auxData?.type === 'isolated');
  expect(isolated, 'the content script world').toBeDefined();
  const read = await cdp.send('Runtime.evaluate', {
    contextId: isolated!.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.storage.local.get(null).then((items) => JSON.stringify(items), (error) => 'refused: ' + error.message)`,
  });
  expect(String(read.result.value)).not.toContain(TOKEN);
  expect(String(read.result.value)).toMatch(/^refused/);
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest['externally_connectable']).toBeUndefined();
  expect(manifest['content_scripts']).toBeUndefined();
  expect(manifest['web_accessible_resources']).toBeUndefined();
  const script = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
  for (const absent of ['companionToken', 'companionPort', 'storage.local', '127.0.0.1', 'Authorization'])
    expect(script, absent).not.toContain(absent);
});

test('every page kind, in Korean and light and in English and dark, for the eye', async () => {
  for (const [language, theme] of [
    ['ko', 'light'],
    ['en', 'dark'],
  ] as const) {
    const families = ['naver-search', 'naver-shopping', 'coupang'];
    const { browser, context, worker } = await browserWith(language, theme, families);
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const [name, url, keyword] of [
        ['naver-search-mobile', `https://m.search.naver.com/search.naver?where=m&query=${e('텐트')}`, '텐트'],
        ['naver-shopping', `https://search.shopping.naver.com/search/all?query=${e('캠핑테이블')}`, '캠핑테이블'],
        ['coupang-search', `https://www.coupang.com/np/search?component=&q=${e('캠핑의자')}`, '캠핑의자'],
      ] as const) {
        await page.goto(url);
        await panelFor(page, keyword);
        await page.screenshot({ path: artifact(`overlay-${name}-${language}-${theme}.png`) });
      }
      await page.goto('https://www.coupang.com/vp/products/7335597976?itemId=18738765443');
      await expect(overlayHost(page, 'coupang-link').locator('button.primary')).toBeVisible();
      await page.screenshot({ path: artifact(`overlay-coupang-product-${language}-${theme}.png`) });
      const options = await context.newPage();
      await options.setViewportSize({ width: 800, height: 1400 });
      await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      await expect(options.locator('#overlay-heading')).toBeVisible();
      await options.locator('#overlay-heading').scrollIntoViewIfNeeded();
      await options.screenshot({ path: artifact(`overlay-options-${language}-${theme}.png`) });
    } finally {
      await browser.close();
    }
  }
});
