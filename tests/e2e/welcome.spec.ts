/**
 * The first-run guide: it opens by itself on install, shows the commands for this system, and
 * each step turns green as it is done (start → pair → connect) while the page asks the companion
 * every two seconds. The popup's "not running" state shows the same commands and the doctor.
 * And Chromium's gate on requests to local addresses: the extension's calls pass it with no prompt.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extensionWorker, launchWithExtension, setExtensionStorage, welcomePage } from '../support/browser.ts';
import { runAigenc, startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { artifact, expect, storeShot, test } from './fixtures.ts';

const CLOSED_PORT = 9;
const VERSION = (await import('../../package.json', { with: { type: 'json' } })).default.version;

test('on install the guide opens by itself; the steps turn green as they are done', async () => {
  const browser = await launchWithExtension('ko', undefined, { keepWelcome: true });
  const demo = await startCompanion({ command: 'demo' });
  try {
    const worker = await extensionWorker(browser.context);
    await setExtensionStorage(worker, { companionPort: CLOSED_PORT });
    const guide = await welcomePage(browser.context);
    await guide.setViewportSize({ width: 1280, height: 800 });
    await guide.reload();
    const step = (id: string) => guide.locator(`li[data-step="${id}"]`);

    // 1. Nothing answers: the start step, with the exact commands for this system (Linux here).
    await expect(step('start')).toHaveAttribute('data-state', 'current');
    await expect(step('pair')).toHaveAttribute('data-state', 'waiting');
    await expect(step('start')).toContainText('터미널을 열고');
    for (const command of [
      `npm install -g --allow-scripts=better-sqlite3 aigenc-lens-companion-${VERSION}.tgz`,
      'aigenc service install',
      'aigenc serve',
      'aigenc doctor',
    ])
      await expect(step('start').locator('code', { hasText: command })).toHaveCount(1);
    await guide.screenshot({ path: artifact('welcome-start-ko.png') });
    await guide.screenshot({ path: storeShot('4-welcome-ko.png') });

    // 2. The companion starts: the step turns green by itself, the pairing form is next.
    await setExtensionStorage(worker, { companionPort: demo.port });
    await expect(step('start')).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
    await expect(step('pair')).toHaveAttribute('data-state', 'current');
    const { code } = JSON.parse(runAigenc(['pair', '--json'], demo.home).stdout) as { code: string };
    await guide.getByLabel('페어링 코드').fill(code);
    await guide.screenshot({ path: artifact('welcome-pair-ko.png') });
    await guide.getByRole('button', { name: '페어링' }).click();

    // 3. Paired; the demo's Search Ad keys are there but not checked yet. Checked (as the setup
    //    page's button does), the last step turns green by itself.
    await expect(step('pair')).toHaveAttribute('data-state', 'done');
    await expect(step('connect')).toHaveAttribute('data-state', 'current');
    await expect(step('connect').locator('li[data-provider="naver-searchad"]')).toBeVisible();
    const checked = await call(demo.port, '/setup/api/connections/naver-searchad/validate', {
      method: 'POST',
      headers: await setupHeaders(demo.port),
      json: {},
    });
    expect(checked.status, checked.text).toBe(200);
    await expect(step('connect')).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
    await expect(guide.getByRole('status').filter({ hasText: '준비가 끝났습니다' })).toBeVisible();
    await guide.screenshot({ path: artifact('welcome-done-ko.png') });
  } finally {
    await demo.stop();
    demo.cleanup();
    await browser.close();
  }
});

test('the guide in English, dark, paired but with no keys: the connect step opens the setup page', async () => {
  const browser = await launchWithExtension('en', undefined, { keepWelcome: true });
  const companion = await startCompanion();
  try {
    const worker = await extensionWorker(browser.context);
    const { code } = JSON.parse(runAigenc(['pair', '--json'], companion.home).stdout) as { code: string };
    await setExtensionStorage(worker, { companionPort: companion.port, theme: 'dark' });
    const guide = await welcomePage(browser.context);
    await guide.setViewportSize({ width: 1280, height: 800 });
    await guide.reload();
    await guide.getByLabel('Pairing code').fill(code);
    await guide.getByRole('button', { name: 'Pair', exact: true }).click();
    const connect = guide.locator('li[data-step="connect"]');
    await expect(connect).toHaveAttribute('data-state', 'current');
    await expect(connect).toContainText('Naver Search Ad API keys');
    await guide.screenshot({ path: artifact('welcome-connect-en-dark.png') });
    const setup = browser.context.waitForEvent('page');
    await connect.getByRole('button', { name: 'Open the setup page' }).click();
    await expect(await setup).toHaveURL(`${companion.url}/setup`);
  } finally {
    await companion.stop();
    companion.cleanup();
    await browser.close();
  }
});

test('the popup, companion not running: the start commands, the doctor, and the guide', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await setExtensionStorage(serviceWorker, { companionPort: CLOSED_PORT });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const offline = popup.locator('section[aria-labelledby="offline-heading"]');
  await expect(offline.getByRole('heading')).toHaveText('컴패니언이 실행 중이 아닙니다');
  await expect(offline.locator('code', { hasText: 'aigenc service install' })).toBeVisible();
  await expect(offline.locator('code', { hasText: 'aigenc doctor' })).toBeVisible();
  await expect(offline).toContainText(`127.0.0.1:${CLOSED_PORT}`);
  await popup.locator('body').screenshot({ path: artifact('popup-offline-ko.png') });
  const guide = context.waitForEvent('page');
  await offline.getByRole('button', { name: '설치 안내 열기' }).click();
  await expect(await guide).toHaveURL(`chrome-extension://${extensionId}/welcome.html`);
});

test('Chromium gates a web page’s requests to 127.0.0.1, and the extension’s pass with no prompt', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const server = createServer((_request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.end('{"ok":true}');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const port = (server.address() as AddressInfo).port;
  try {
    const ask = `http://127.0.0.1:${port}/`;
    // The extension's page and its service worker: answered, and the permission was never asked for.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const fromExtension = await page.evaluate(async (url) => {
      const permission = await navigator.permissions.query({ name: 'local-network-access' as PermissionName });
      const status = await fetch(url).then((r) => r.status);
      return { status, permission: permission.state };
    }, ask);
    expect(fromExtension).toEqual({ status: 200, permission: 'prompt' });
    expect(await serviceWorker.evaluate(async (url) => (await fetch(url)).status, ask)).toBe(200);
    // A public web page asking the same address is refused: the gate is there, headless answers no.
    await context.route('https://shop.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>' }));
    const web = await context.newPage();
    await web.goto('https://shop.example/');
    const fromWeb = await web.evaluate(
      (url) =>
        fetch(url).then(
          () => 'answered',
          () => 'refused',
        ),
      ask,
    );
    expect(fromWeb).toBe('refused');
  } finally {
    server.close();
  }
});
