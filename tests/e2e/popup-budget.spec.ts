/**
 * The popup's JavaScript stays within 60 KB gzipped, counting every script it loads while it
 * opens and shows a keyword: its entry, the chunks it preloads and the chunks it imports lazily on
 * the way (every script the page parsed, as its debugger reports them, not what popup.html names), each gzipped as a
 * browser would receive it. Opened by the toolbar button on a real tab, so the path is the user's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, setExtensionStorage } from '../support/browser.ts';
import { openToolbarPopup } from '../support/toolbar-popup.ts';
import { expect, test, useDemoCompanion } from './fixtures.ts';

const BUDGET = 60 * 1024;
const TOKEN = 'e2e-popup-budget-token-0123456789abcdefgh';
const demo = useDemoCompanion(TOKEN);

test('the popup loads at most 60 KB of gzipped JavaScript to show a keyword, lazy chunks included', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  await context.route(
    (address) => address.host === 'search.shopping.naver.com',
    (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>네이버쇼핑</title><h1>검색</h1>' }),
  );
  const tab = await context.newPage();
  await tab.goto(`https://search.shopping.naver.com/search/all?query=${encodeURIComponent('캠핑의자')}`);
  const popup = await openToolbarPopup(context, tab, extensionId);
  // Open means: the keyword's figures and its related keywords on screen.
  await popup.waitFor(`document.querySelector('section.metrics h2')`);
  await popup.waitFor(`document.querySelector('section.related tbody tr')`);
  const loaded = (await popup.scripts())
    .filter((url) => url.startsWith(`chrome-extension://${extensionId}/`) && url.endsWith('.js'))
    .map((url) => new URL(url).pathname);
  await popup.close();
  const entry = /<script[^>]+src="([^"]+\.js)"/.exec(readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8'))![1]!;
  expect(loaded).toContain(entry);
  const sizes = loaded.map((path) => [path, gzipSync(readFileSync(join(EXTENSION_DIR, path))).length] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  process.stdout.write(
    `popup scripts: ${sizes.map(([p, s]) => `${p} ${(s / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB (budget 60)\n`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test('the in-page script (the panel and the link button) stays under 25 KB gzipped', () => {
  const size = gzipSync(readFileSync(join(EXTENSION_DIR, 'overlay.js'))).length;
  process.stdout.write(`in-page script: overlay.js ${(size / 1024).toFixed(1)} KB gzipped (budget 25)\n`);
  expect(size).toBeLessThan(25 * 1024);
});
