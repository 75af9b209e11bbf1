/**
 * The ways in besides the toolbar button, against `aigenc demo`: the context menu (registered;
 * a pick waits in session storage for the side panel), the side panel itself following picks,
 * the Alt+K shortcut in the manifest, the badge, the options page's theme and pairing, and the
 * dark theme.
 */
import type { Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension, setExtensionStorage } from '../support/browser.ts';
import { runAigenc } from '../support/companion.ts';
import { artifact, expect, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-entry-token-0123456789abcdefghijklmnop';
const demo = useDemoCompanion(TOKEN);

const badgeText = (worker: Worker) =>
  worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

/** What the context menu's click leaves for the side panel (the native menu cannot be clicked here). */
const pick = (worker: Worker, text: string) =>
  worker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
      ).chrome.storage.session.set({
        pendingLookup: { text: value, at: Date.now() },
      }),
    text,
  );

test('the context menu, the shortcut and the side panel', async ({ context, serviceWorker, extensionId }) => {
  const manifest = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest['commands']).toMatchObject({ _execute_action: { suggested_key: { default: 'Alt+K' } } });
  expect(manifest['side_panel']).toMatchObject({ default_path: 'sidepanel.html' });
  // The menu item exists: updating an unknown id fails. It is made on install, which a loaded
  // machine may not have finished when the worker first answers: wait for it, a few seconds at most.
  const menuExists = () =>
    serviceWorker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }
        ).chrome.contextMenus.update('aigenc-lookup-selection', {}),
      )
      .then(
        () => true,
        () => false,
      );
  await expect.poll(menuExists, { timeout: 10_000 }).toBe(true);

  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  await pick(serviceWorker, '캠핑의자');
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 520, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('section.metrics h2')).toContainText('캠핑의자');
  await expect(panel.getByRole('searchbox', { name: '키워드' })).toHaveValue('캠핑의자');
  // Another pick while the panel is open replaces what it shows.
  await pick(serviceWorker, '무선 이어폰');
  await expect(panel.locator('section.metrics h2')).toContainText('무선 이어폰');
  await expect(panel.locator('section.related tbody tr').first()).toBeVisible();
  await panel.screenshot({ path: artifact('sidepanel-ko.png'), fullPage: true });
});

test('the badge says not paired, then ready', async ({ context, serviceWorker, extensionId }) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: null });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByLabel('페어링 코드')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('!');
  const { code } = JSON.parse(runAigenc(['pair', '--json'], demo().home).stdout) as { code: string };
  await popup.getByLabel('페어링 코드').fill(code);
  await popup.getByRole('button', { name: '페어링' }).click();
  await expect(popup.getByRole('searchbox', { name: '키워드' })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
});

test('the options page pairs, unpairs and switches to the dark theme', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: null });
  const options = await context.newPage();
  await options.setViewportSize({ width: 700, height: 1400 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const pairing = options.getByRole('region', { name: '컴패니언 페어링' });
  const { code } = JSON.parse(runAigenc(['pair', '--json'], demo().home).stdout) as { code: string };
  await pairing.getByLabel('페어링 코드').fill(code);
  await pairing.getByRole('button', { name: '페어링' }).click();
  await expect(pairing).toContainText('페어링되어 있습니다');
  // The rule the companion keeps loads once paired.
  await expect(options.getByLabel('문서 수')).toHaveValue('blog');

  await options.getByRole('radio', { name: '어둡게' }).check();
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  await options.screenshot({ path: artifact('options-dark.png'), fullPage: true });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?q=${encodeURIComponent('캠핑의자')}`);
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
  await popup.screenshot({ path: artifact('popup-dark.png'), fullPage: true });

  await options.reload();
  await expect(options.getByRole('radio', { name: '어둡게' })).toBeChecked();
  await options.getByRole('region', { name: '컴패니언 페어링' }).getByRole('button', { name: '페어링 해제' }).click();
  await expect(options.getByRole('region', { name: '컴패니언 페어링' }).getByLabel('페어링 코드')).toBeVisible();
});

test('the popup works from the keyboard alone, with a visible focus', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: demo().port, companionToken: TOKEN });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tab = popup.getByRole('tab', { name: '키워드' });
  await expect(tab).toBeVisible();
  // Tab reaches the tab list, arrows move between tabs, Tab again enters the panel.
  await tab.focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: '쿠팡 상품' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: '쿠팡 상품' })).toHaveAttribute('aria-selected', 'true');
  await popup.keyboard.press('Home');
  await expect(tab).toBeFocused();
  await popup.keyboard.press('Tab');
  const search = popup.getByRole('searchbox', { name: '키워드' });
  await expect(search).toBeFocused();
  const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await popup.keyboard.type('보온병');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('section.metrics h2')).toContainText('보온병');
  // The related list is reachable and its first keyword opens with Enter.
  const first = popup.locator('section.related tbody tr').first().getByRole('button').first();
  await first.focus();
  const picked = (await first.textContent())!;
  await popup.keyboard.press('Enter');
  await expect(popup.locator('section.metrics h2')).toContainText(picked);
});

test('in an English browser the whole popup is in English, numbers included', async () => {
  const browser = await launchWithExtension('en');
  try {
    const worker = await extensionWorker(browser.context);
    const id = new URL(worker.url()).host;
    await setExtensionStorage(worker, { companionPort: demo().port, companionToken: TOKEN });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${id}/popup.html?q=${encodeURIComponent('캠핑의자')}`);
    await expect(popup.getByRole('tab', { name: 'Keyword' })).toBeVisible();
    await expect(popup.locator('section.metrics')).toContainText('Monthly searches');
    await expect(popup.locator('section.metrics .big')).toContainText(/\d+(\.\d)?K/);
    await expect(popup.locator('section.related tbody tr').first()).toBeVisible();
    // Longer English words must not push anything out of the popup's width.
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: artifact('popup-en.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
